// Helpers several stage views share: the inbuilt backend's name, stages without a challenge,
// and DRF's CharField validation.
import { errors, type ResponseErrors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { _ } from '../../i18n/index.js';

export const INBUILT_BACKEND = 'authentik.core.auth.InbuiltBackend';

/** A stage that does its work on any request and shows no challenge. */
export const action = (run: (ctx: StageContext) => Promise<Response>): StageView => ({
  get: run,
  post: run,
});

/** DRF CharField validation: required / null / blank, returning the string or an error. */
export function charField(
  body: Record<string, unknown>,
  key: string,
  required: boolean,
  allowBlank = !required,
): { value?: string; error?: ResponseErrors } {
  const raw = Object.hasOwn(body, key) ? body[key] : undefined;
  if (raw === undefined) {
    return required ? { error: errors(key, _('This field is required.'), 'required') } : {};
  }
  if (raw === null) return { error: errors(key, _('This field may not be null.'), 'null') };
  // CharField.to_internal_value: a string or a number, nothing else (no bool, list or object).
  if (typeof raw !== 'string' && typeof raw !== 'number')
    return { error: errors(key, 'Not a valid string.') };
  const value = typeof raw === 'string' ? raw : String(raw);
  if (value === '' && !allowBlank)
    return { error: errors(key, _('This field may not be blank.'), 'blank') };
  return { value };
}

/** DRF BooleanField's TRUE_VALUES and FALSE_VALUES. */
const TRUE_VALUES: unknown[] = [
  true,
  't',
  'T',
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'true',
  'True',
  'TRUE',
  'on',
  'On',
  'ON',
  '1',
  1,
];
const FALSE_VALUES: unknown[] = [
  false,
  'f',
  'F',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
  '0',
  0,
];

/** DRF BooleanField validation of a present, non-null value: the boolean, or undefined if none. */
export function drfBoolean(value: unknown): boolean | undefined {
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  return undefined;
}
