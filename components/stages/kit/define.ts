/**
 * Defines a custom element once: a second copy of the bundle on the page (or a stage module that
 * is both in the main bundle and imported again) must not throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
