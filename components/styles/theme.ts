// Design tokens: public `--ak-*` custom properties with fallbacks, resolved into private `--_*`
// variables on every element so a stage looks right inside the executor and on its own.
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--ak-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--ak-radius, 6px);
    --_space: var(--ak-spacing, 1rem);
    --_bg: var(--ak-color-background, #ffffff);
    --_surface: var(--ak-color-surface, #f4f5f7);
    --_text: var(--ak-color-text, #1f2328);
    --_muted: var(--ak-color-muted, #57606a);
    --_border: var(--ak-color-border, #8c959f);
    --_primary: var(--ak-color-primary, #0b5cad);
    --_on-primary: var(--ak-color-on-primary, #ffffff);
    --_danger: var(--ak-color-danger, #b42318);
    --_success: var(--ak-color-success, #1a7f37);
    --_warning: var(--ak-color-warning, #8a5a00);
    --_focus: var(--ak-color-focus, #0969da);
    font-family: var(--_font);
    color: var(--_text);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: dark;
      --_bg: var(--ak-color-background, #1c1f24);
      --_surface: var(--ak-color-surface, #262a31);
      --_text: var(--ak-color-text, #e6edf3);
      --_muted: var(--ak-color-muted, #9da7b3);
      --_border: var(--ak-color-border, #6e7681);
      --_primary: var(--ak-color-primary, #4493f8);
      --_on-primary: var(--ak-color-on-primary, #0d1117);
      --_danger: var(--ak-color-danger, #ff7b72);
      --_success: var(--ak-color-success, #3fb950);
      --_warning: var(--ak-color-warning, #d29922);
      --_focus: var(--ak-color-focus, #79c0ff);
    }
  }
`;

/**
 * Fields, buttons, alerts and links shared by the stages. (No comments inside the CSS: they would
 * ship in the bundle.) Notes: focus the widget moves to what is not operable (a heading, an
 * alert, `tabindex=-1`) draws no ring; a password field's show/hide icon button sits inside the
 * field, at its end; in forced colours backgrounds are dropped, so the primary button keeps its
 * own (Highlight) to stay distinct from secondary ones; the spinner stands still under
 * prefers-reduced-motion; links in server HTML take the theme's colour; a live region (`.live`)
 * stays in the page from the stage's first render, so what appears in it is announced (one
 * inserted already holding its text often is not); what it says is an element, and while it has
 * none it takes no room in the form.
 */
export const formStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .live:not(:has(*)) {
    position: absolute;
  }
  form,
  .stage {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* Server text (a traceback, an admin's <pre> or sized <img>) wraps and shrinks at 320 px. */
  :where(.stage pre) {
    white-space: pre-wrap;
  }
  :where(.stage img) {
    max-width: 100%;
    height: auto;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  .input {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6rem 0.75rem;
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .input:focus-visible,
  .button:focus-visible,
  .link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .row {
    position: relative;
  }
  .row .input {
    padding-inline-end: 2.75rem;
  }
  .toggle {
    position: absolute;
    inset-block: 1px;
    inset-inline-end: 1px;
    width: 2.6rem;
    display: grid;
    place-items: center;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    color: var(--_muted);
    cursor: pointer;
  }
  .toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -3px;
  }
  .toggle[aria-pressed='false'] .slash {
    display: none;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .help {
    color: var(--_muted);
    font-size: 0.85rem;
    margin: 0;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.85rem;
    margin: 0;
  }
  .button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.65rem 1rem;
    border: 1px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    animation: ak-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .button:not(.secondary) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  .alert {
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    border: 1px solid currentColor;
    margin: 0;
  }
  .alert.danger {
    color: var(--_danger);
  }
  .alert.warning {
    color: var(--_warning);
  }
  .alert.info {
    color: var(--_text);
    background: var(--_surface);
  }
  .alert ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  :where(a) {
    color: var(--_primary);
  }
  .link {
    color: var(--_primary);
    text-decoration: underline;
    background: none;
    border: none;
    padding: 0;
    font: inherit;
    cursor: pointer;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    font-size: 0.9rem;
  }
  .heading {
    font-size: 1.1rem;
    margin: 0;
  }
  .user {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .user > .link {
    margin-inline-start: auto;
  }
  .avatar {
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
  }
`;

export const spin = css`
  @keyframes ak-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
