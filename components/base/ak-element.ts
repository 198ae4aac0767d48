import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { property } from 'lit/decorators.js';
import { adoptLightDomStyles } from './light-dom.js';

/**
 * Base of every widget element: shadow DOM normally, light DOM when the `light-dom` attribute is
 * present at first connection (compatibility mode). The executor sets it before inserting a stage
 * and replaces the stage element when the mode changes, since a render root cannot change later.
 */
export class AkElement extends LitElement {
  constructor() {
    super();
    // Re-render in the new language when the locale changes; the element (and what was typed in
    // it) stays.
    updateWhenLocaleChanges(this);
  }

  /** Render into light DOM (compatibility mode). Read once, when first connected. */
  @property({ type: Boolean, reflect: true, attribute: 'light-dom' }) lightDom = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // The attribute (set before insertion) or the property (bound by a parent's template).
    if (this.lightDom || this.hasAttribute('light-dom')) {
      this.toggleAttribute('light-dom', true); // the light-DOM sheet is keyed on the attribute
      adoptLightDomStyles(this, (this.constructor as typeof LitElement).styles);
      return this;
    }
    return super.createRenderRoot();
  }

  /** Where this element's content lives: its shadow root or, in compatibility mode, itself. */
  get contentRoot(): HTMLElement | ShadowRoot {
    return this.renderRoot as HTMLElement | ShadowRoot;
  }
}
