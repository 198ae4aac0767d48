// Plural messages: Intl.PluralRules picks the variant for the current locale (Polish, Russian and
// Arabic have more than two forms), and Intl.NumberFormat writes the number in its digits.
import { getLocale } from './locale.js';

export type PluralForms = Record<Intl.LDMLPluralRule, (count: string) => string>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: (l: string) => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make(locale)));
  return value;
}

/** The variant of `forms` for `n` in the current locale, with `n` formatted for it. */
export function plural(n: number, forms: PluralForms): string {
  const locale = getLocale();
  const rule = cached(rules, locale, (l) => new Intl.PluralRules(l)).select(n);
  const count = cached(numbers, locale, (l) => new Intl.NumberFormat(l)).format(n);
  return forms[rule](count);
}

/** A number in the current locale's digits and grouping. */
export function formatNumber(n: number): string {
  return cached(numbers, getLocale(), (l) => new Intl.NumberFormat(l)).format(n);
}
