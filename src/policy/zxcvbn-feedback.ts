// zxcvbn-ts's own feedback translations, by widget locale: only the language packs' translations
// module is imported, never their dictionaries (authentik scores with English lists only, so the
// verdict must not depend on the user's language). Each pack is a lazy chunk of ~1 KB.
import type { ZxcvbnTranslations } from './zxcvbn.js';

type Loader = () => Promise<{ default: ZxcvbnTranslations }>;

/** Widget locale → the zxcvbn-ts 3.x pack that speaks it (those published on npm). */
const PACKS: Record<string, Loader> = {
  en: () => import('@zxcvbn-ts/language-en/dist/translations.esm.js'),
  ar: () => import('@zxcvbn-ts/language-ar/dist/translations.esm.js'),
  cs: () => import('@zxcvbn-ts/language-cs/dist/translations.esm.js'),
  de: () => import('@zxcvbn-ts/language-de/dist/translations.esm.js'),
  es: () => import('@zxcvbn-ts/language-es-es/dist/translations.esm.js'),
  fi: () => import('@zxcvbn-ts/language-fi/dist/translations.esm.js'),
  fr: () => import('@zxcvbn-ts/language-fr/dist/translations.esm.js'),
  id: () => import('@zxcvbn-ts/language-id/dist/translations.esm.js'),
  it: () => import('@zxcvbn-ts/language-it/dist/translations.esm.js'),
  ja: () => import('@zxcvbn-ts/language-ja/dist/translations.esm.js'),
  nl: () => import('@zxcvbn-ts/language-nl-be/dist/translations.esm.js'),
  pl: () => import('@zxcvbn-ts/language-pl/dist/translations.esm.js'),
  // Brazilian only: European Portuguese (pt) words it differently ("senha"), so it takes the
  // widget's own texts.
  'pt-BR': () => import('@zxcvbn-ts/language-pt-br/dist/translations.esm.js'),
};

/** The pack for `locale` (`de-AT` → de), or undefined: the caller then uses its own texts. */
export function zxcvbnPackLocale(locale: string): string | undefined {
  if (PACKS[locale]) return locale;
  const base = locale.split('-')[0]!;
  return base !== 'pt' && PACKS[base] ? base : undefined;
}

const loaded = new Map<string, Promise<ZxcvbnTranslations | undefined>>();

/** zxcvbn-ts's translations for `locale`, loaded once; undefined without a pack or on failure. */
export function zxcvbnTranslations(locale: string): Promise<ZxcvbnTranslations | undefined> {
  const pack = zxcvbnPackLocale(locale);
  if (!pack) return Promise.resolve(undefined);
  let p = loaded.get(pack);
  if (!p) {
    p = PACKS[pack]!().then(
      (m) => m.default,
      () => {
        loaded.delete(pack); // a failed chunk load may succeed next time
        return undefined;
      },
    );
    loaded.set(pack, p);
  }
  return p;
}
