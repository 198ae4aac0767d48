// The widget's language: @lit/localize in runtime mode, English built in, every other locale a
// lazy chunk (one dynamic import per locale, so bundlers split them). A locale's chunk holds what
// the main bundle shows; the messages of each lazy stage are a chunk of their own (`parts`, made
// by scripts/split-locales.mjs), loaded with the stage: see `stageMessages`. The locale is page-wide:
// @lit/localize holds one current locale, so several widgets on a page share the last one chosen.
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { direction, negotiateLocale } from '../../src/i18n/negotiate.js';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];
type Templates = LocaleModule['templates'];
/** A generated locale module: its main messages, and a loader per lazy stage's messages. */
interface SplitModule {
  templates: Templates | null;
  parts?: Record<string, () => Promise<{ templates: Templates }>>;
}

const loaders: Record<TargetLocale, () => Promise<SplitModule>> = {
  ar: () => import('./generated/ar.js'),
  cs: () => import('./generated/cs.js'),
  da: () => import('./generated/da.js'),
  de: () => import('./generated/de.js'),
  el: () => import('./generated/el.js'),
  'en-XA': () => import('./generated/en-XA.js'),
  es: () => import('./generated/es.js'),
  fa: () => import('./generated/fa.js'),
  fi: () => import('./generated/fi.js'),
  fr: () => import('./generated/fr.js'),
  he: () => import('./generated/he.js'),
  hu: () => import('./generated/hu.js'),
  id: () => import('./generated/id.js'),
  it: () => import('./generated/it.js'),
  ja: () => import('./generated/ja.js'),
  ko: () => import('./generated/ko.js'),
  nb: () => import('./generated/nb.js'),
  nl: () => import('./generated/nl.js'),
  pl: () => import('./generated/pl.js'),
  pt: () => import('./generated/pt.js'),
  'pt-BR': () => import('./generated/pt-BR.js'),
  ro: () => import('./generated/ro.js'),
  ru: () => import('./generated/ru.js'),
  sv: () => import('./generated/sv.js'),
  tr: () => import('./generated/tr.js'),
  uk: () => import('./generated/uk.js'),
  vi: () => import('./generated/vi.js'),
  'zh-Hans': () => import('./generated/zh-Hans.js'),
  'zh-Hant': () => import('./generated/zh-Hant.js'),
};

/** The stages whose messages are wanted: every locale loaded from now on brings them too. */
const wantedParts = new Set<string>();

/**
 * Merges a lazy stage's messages into its locale's `templates`: the very object @lit/localize
 * reads (a module is evaluated once, so every import() answers the same one).
 */
async function loadPart(locale: string, key: string): Promise<void> {
  const module = await loaders[locale as TargetLocale]();
  Object.assign(module.templates!, (await module.parts?.[key]?.())?.templates);
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  // The loaders' keys, which are the target locales (the type above checks it): the generated
  // list itself would be a second copy of the codes in the bundle.
  targetLocales: Object.keys(loaders),
  loadLocale: async (locale) => {
    const module = await loaders[locale as TargetLocale]();
    // The classic (IIFE) bundle carries English only: its locale modules are empty.
    if (!module.templates) throw new Error(`the ${locale} strings are not in this bundle`);
    await Promise.all([...wantedParts].map((key) => loadPart(locale, key)));
    return module as LocaleModule;
  },
});

export { allLocales, direction, getLocale, sourceLocale };

/** The pseudo-locale (accented, longer): never negotiated, only chosen by name. */
export const PSEUDO_LOCALE = 'en-XA';

/** The shipped locale serving `requested` (in order of preference), else English. */
export function pickLocale(requested: readonly (string | null | undefined)[]): string {
  const tags = requested.filter((t): t is string => !!t);
  const exactPseudo = tags[0]?.toLowerCase() === PSEUDO_LOCALE.toLowerCase();
  if (exactPseudo) return PSEUDO_LOCALE;
  const real = allLocales.filter((l) => l !== PSEUDO_LOCALE);
  return negotiateLocale(tags, real, sourceLocale);
}

let wanted = getLocale();

/**
 * Loads the messages of the lazy stage `component` in the current locale (and in every locale
 * chosen later); resolves when they are in place, so the stage never paints in English first.
 * A part that fails to load leaves its messages in English rather than failing the stage.
 */
export async function stageMessages(component: string): Promise<void> {
  wantedParts.add(component);
  const locale = wanted;
  if (locale === sourceLocale) return;
  try {
    await loadPart(locale, component);
  } catch (err) {
    // (No warning when the locale itself is missing: useLocale has said so.)
    if (getLocale() === locale) console.warn(`ak-flow: ${locale} strings of ${component}`, err);
  }
}

/**
 * Makes `locale` current (loading its chunk once). Resolves when its strings are in place; a
 * later call wins over an earlier one still loading. A chunk that fails to load leaves the
 * previous language on screen.
 */
export async function useLocale(locale: string): Promise<void> {
  wanted = locale;
  if (getLocale() === locale) return;
  try {
    await setLocale(locale);
  } catch (err) {
    if (wanted === locale) console.warn(`ak-flow: could not load the ${locale} strings`, err);
  }
}
