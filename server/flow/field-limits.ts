// Field lengths where authentik has them. authentik's flow serializers (identification, password,
// prompt fields) set no max_length; the limits are its database columns: the user's `username` is
// Django's AbstractUser column (varchar 150) and `email` Django's EmailField (varchar 254). On
// authentik a longer value fails only when the user write stage saves it; this server says it at
// the prompt field, in DRF's words for a CharField(max_length=…), before anything is written, and
// refuses it in the user write stage as authentik refuses a save that fails. Form bodies are
// capped as Django caps them (DATA_UPLOAD_MAX_NUMBER_FIELDS: 1,000 fields, else HTTP 400).
import { errors, type ResponseErrors } from './challenge.js';

/** User columns with a length, by the prompt `field_key` that writes them (user_write.ts). */
export const USER_FIELD_MAX_LENGTH: Readonly<Record<string, number>> = {
  username: 150,
  email: 254,
};

/** Django's DATA_UPLOAD_MAX_NUMBER_FIELDS. */
export const MAX_FORM_FIELDS = 1000;

/** DRF's `max_length` error for `key` when `value` is longer than its user column allows. */
export function tooLong(key: string, value: unknown): ResponseErrors | undefined {
  const max = Object.hasOwn(USER_FIELD_MAX_LENGTH, key) ? USER_FIELD_MAX_LENGTH[key] : undefined;
  if (max === undefined || typeof value !== 'string' || value.length <= max) return undefined;
  return errors(key, `Ensure this field has no more than ${max} characters.`, 'max_length');
}

/** The first user field in `data` too long for its column, if any. */
export function firstTooLong(data: Record<string, unknown>): string | undefined {
  return Object.keys(USER_FIELD_MAX_LENGTH).find((key) => tooLong(key, data[key]));
}
