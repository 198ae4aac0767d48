// The strength meter's advice in the widget's locale: zxcvbn-ts's own language pack where one
// exists (src/policy/zxcvbn-feedback.ts, loaded with the first verdict), else the widget's texts
// below, translated like every other string. The score never depends on the locale.
import { msg } from '@lit/localize';
import type { ZxcvbnTranslations } from '../../../src/policy/zxcvbn.js';
import { zxcvbnPackLocale, zxcvbnTranslations } from '../../../src/policy/zxcvbn-feedback.js';
import { PSEUDO_LOCALE } from '../../locales/locale.js';

/** The pack for `locale`; none for the pseudo-locale, which must show our (accented) texts. */
const packFor = (locale: string) =>
  locale === PSEUDO_LOCALE ? undefined : zxcvbnPackLocale(locale);

const warning = (key: string): string => {
  switch (key) {
    case 'straightRow':
    case 'keyPattern':
      return msg('Keyboard patterns are easy to guess.');
    case 'simpleRepeat':
    case 'extendedRepeat':
      return msg('Repeated characters are easy to guess.');
    case 'sequences':
      return msg('Sequences like abc or 6543 are easy to guess.');
    case 'recentYears':
    case 'dates':
      return msg('Dates and recent years are easy to guess.');
    case 'similarToCommon':
      return msg('This is similar to a commonly used password.');
    case 'wordByItself':
      return msg('Single words are easy to guess.');
    case 'namesByThemselves':
    case 'commonNames':
      return msg('Names and surnames are easy to guess.');
    case 'userInputs':
      return msg('Avoid your own name, username or email address.');
    default: // topTen, topHundred, common, pwned
      return msg('This is a commonly used password.');
  }
};

const suggestion = (key: string): string => {
  switch (key) {
    case 'l33t':
      return msg('Predictable substitutions like @ for a do not help much.');
    case 'reverseWords':
      return msg('Words spelled backwards are not much harder to guess.');
    case 'allUppercase':
    case 'capitalization':
      return msg('Capitalize some letters inside words, not only the first or all of them.');
    case 'dates':
    case 'recentYears':
    case 'associatedYears':
      return msg('Avoid dates and years that are associated with you.');
    case 'sequences':
    case 'repeated':
    case 'longerKeyboardPattern':
      return msg('Avoid repeats, sequences and keyboard patterns.');
    case 'useWords':
      return msg('Use several words, but avoid common phrases.');
    case 'noNeed':
      return msg('You can create strong passwords without symbols, numbers or capital letters.');
    default: // anotherWord, pwned
      return msg('Add more words that are less common.');
  }
};

const packs = new Map<string, ZxcvbnTranslations>();

/** Loads the pack for `locale` (if it has one), so that `feedbackTexts` can use it. */
export async function loadFeedback(locale: string): Promise<void> {
  const pack = packFor(locale);
  if (!pack || packs.has(pack)) return;
  const t = await zxcvbnTranslations(locale);
  if (t) packs.set(pack, t);
}

/** The warning then the suggestions, in `locale`: the pack's words if loaded, else ours. */
export function feedbackTexts(
  locale: string,
  warningKey: string | undefined,
  suggestionKeys: string[],
): string[] {
  const pack = packs.get(packFor(locale) ?? '');
  // A set: several keys share one of our texts.
  return [
    ...new Set([
      ...(warningKey ? [pack?.warnings[warningKey] ?? warning(warningKey)] : []),
      ...suggestionKeys.map((k) => pack?.suggestions[k] ?? suggestion(k)),
    ]),
  ];
}
