// The "passwords match" line under a repeated password: one implementation for the prompt stage
// and the password-policy control, so a mismatch is shown and announced once, in one wording.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** Nothing until the repeat has a value; then whether it matches, as a status line with `id`. */
export function matchHint(
  id: string,
  password: string,
  repeat: string,
): TemplateResult | typeof nothing {
  if (!repeat) return nothing;
  const match = repeat === password;
  return html`<p class="hint ${match ? 'ok' : 'warning'}" id=${id} role="status" part="match">
    ${match ? msg('Passwords match.') : msg('Passwords do not match.')}
  </p>`;
}
