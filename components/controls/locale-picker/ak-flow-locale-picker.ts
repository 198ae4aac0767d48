// The language menu of the card (`locale-picker` on <ak-flow-executor>), as authentik's flow page
// has: a native <select> of every shipped language, each named in its own language
// (Intl.DisplayNames) and marked with its `lang` so screen readers voice it right. Choosing one
// sets the executor's `locale`: the stage re-renders in place (what was typed stays), the
// challenge is re-read in the new language and the page hears `ak-flow-locale`. A lazy chunk of its
// own: the executor imports it only when the attribute is set.
import { css, html } from 'lit';
import { msg } from '@lit/localize';
import { AkElement } from '../../base/ak-element.js';
import { define } from '../../stages/kit/define.js';
import { PSEUDO_LOCALE, getLocale } from '../../locales/locale.js';
import { allLocales } from '../../locales/generated/locale-codes.js';
import { tokens } from '../../styles/theme.js';

/** A language's name in that language ("Deutsch", "español", "中文（简体）"), capitalised as a menu item. */
export function nativeName(locale: string): string {
  let name = locale;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    // An engine without DisplayNames (or without this locale) shows the code.
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The languages offered: every shipped locale, English first; the pseudo-locale only when on. */
function offered(current: string): string[] {
  const real = allLocales.filter((l) => l !== PSEUDO_LOCALE && l !== 'en');
  return ['en', ...real, ...(current === PSEUDO_LOCALE ? [PSEUDO_LOCALE] : [])];
}

export class AkFlowLocalePicker extends AkElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: flex;
        justify-content: flex-end;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-block-start: var(--_space);
        font: 0.875rem var(--_font);
        color: var(--_muted);
      }
      select {
        font: inherit;
        color: var(--_text);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding-block: 0.25em;
        padding-inline: 0.5em;
        max-inline-size: 100%;
      }
      select:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
    `,
  ];

  /** The executor this menu belongs to: its shadow host, or its light-DOM ancestor. */
  private get executor(): (Element & { locale?: string }) | null {
    const root = this.getRootNode();
    return this.closest('ak-flow-executor') ?? (root instanceof ShadowRoot ? root.host : null);
  }

  /**
   * The arrow keys on a closed menu change its value (and fire \`change\`) at every press: the
   * language so chosen waits until the user leaves the menu or presses Enter, instead of the whole
   * card switching language under each key. A pick from the opened list applies at once.
   */
  private arrowing = false;
  private pending?: string;

  private apply(locale: string | undefined): void {
    this.pending = undefined;
    const executor = this.executor;
    if (executor && locale && executor.locale !== locale) executor.locale = locale;
  }

  private readonly onChange = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    if (this.arrowing) this.pending = value;
    else this.apply(value);
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    // Enter, Space, F4 and Alt+arrow open the list or pick from it: no longer arrowing.
    const picks = e.key === 'Enter' || e.key === ' ' || e.key === 'F4' || e.altKey;
    // A closed menu's arrow key fires `change` within this key's own default action: the flag
    // lasts until the next task, so a later pick (from a list the key opened, as on macOS)
    // applies at once.
    this.arrowing = !picks && e.key !== 'Tab' && e.key !== 'Escape';
    if (this.arrowing) setTimeout(() => (this.arrowing = false));
    if (e.key === 'Enter' && this.pending) this.apply(this.pending);
  };

  private readonly onPointerDown = (): void => {
    this.arrowing = false;
  };

  private readonly onBlur = (): void => {
    this.arrowing = false;
    if (this.pending) this.apply(this.pending);
  };

  override render() {
    const current = getLocale();
    return html`<label for="locale">${msg('Language')}</label>
      <select
        id="locale"
        part="select"
        @change=${this.onChange}
        @keydown=${this.onKeydown}
        @pointerdown=${this.onPointerDown}
        @blur=${this.onBlur}
      >
        ${offered(current).map(
          (l) =>
            html`<option value=${l} lang=${l} .selected=${l === current}>${nativeName(l)}</option>`,
        )}
      </select>`;
  }
}

define('ak-flow-locale-picker', AkFlowLocalePicker);

declare global {
  interface HTMLElementTagNameMap {
    'ak-flow-locale-picker': AkFlowLocalePicker;
  }
}
