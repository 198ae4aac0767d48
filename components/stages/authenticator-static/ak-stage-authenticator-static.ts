import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles, stageHeading } from '../kit/mfa-styles.js';
import type { AuthenticatorStaticChallenge, AuthenticatorStaticResponse } from './types.js';

/**
 * Recovery codes: shows the single-use codes with "Copy" (navigator.clipboard) and "Download"
 * (a .txt file from a Blob URL); continuing confirms the codes were saved.
 *
 * @fires ak-stage-submit - `{component}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart codes - the list of codes
 * @csspart copy - the copy button
 * @csspart download - the download button
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageAuthenticatorStatic extends StageElement<
  AuthenticatorStaticChallenge,
  AuthenticatorStaticResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  /**
   * What the last copy or download did, in the language on screen; a new object each time, so
   * copying twice is said twice.
   */
  @state() private notice?: { say: () => string };

  /** The file name of the download. */
  static fileName = 'recovery-codes.txt';

  protected override response(): AuthenticatorStaticResponse {
    return { component: 'ak-stage-authenticator-static' };
  }

  private get text(): string {
    return (this.challenge?.codes ?? []).join('\n') + '\n';
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text);
      this.notice = { say: () => msg('Codes copied to the clipboard.') };
    } catch {
      this.notice = { say: () => msg('Could not copy. Select the codes and copy them yourself.') };
    }
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = AkStageAuthenticatorStatic.fileName;
    a.rel = 'noopener';
    a.style.display = 'none';
    this.contentRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.notice = { say: () => msg('Codes downloaded.') };
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this, { notYou: true })}
      ${stageHeading(this.challenge, msg('Save your recovery codes'))}
      <p class="intro">
        ${msg(
          'Keep these codes somewhere safe. Each one signs you in once if you lose your other methods.',
        )}
      </p>
      <ul class="codes" part="codes" aria-label=${msg('Recovery codes')}>
        ${(c.codes ?? []).map((code) => html`<li><code dir="ltr">${code}</code></li>`)}
      </ul>
      <div class="actions">
        <button class="button secondary" part="copy" type="button" @click=${this.copy}>
          ${msg('Copy codes')}
        </button>
        <button class="button secondary" part="download" type="button" @click=${this.download}>
          ${msg('Download codes')}
        </button>
      </div>
      <p class="help live" role="status">
        ${
          this.notice
            ? keyed(this.notice, html`<span part="notice">${this.notice.say()}</span>`)
            : nothing
        }
      </p>
      ${this.renderNonFieldErrors()} ${this.renderSubmit(msg('I have saved my codes'))}
    </form>`;
  }
}
define('ak-stage-authenticator-static', AkStageAuthenticatorStatic);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-static': AkStageAuthenticatorStatic;
  }
}
