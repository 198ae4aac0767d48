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
  if (!(key in body) || body[key] === undefined) {
    return required ? { error: errors(key, _('This field is required.'), 'required') } : {};
  }
  const raw = body[key];
  if (raw === null) return { error: errors(key, _('This field may not be null.'), 'null') };
  const value = typeof raw === 'string' ? raw : String(raw);
  if (value === '' && !allowBlank)
    return { error: errors(key, _('This field may not be blank.'), 'blank') };
  return { value };
}
