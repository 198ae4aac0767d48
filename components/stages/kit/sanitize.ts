// Server-provided HTML (prompt static text, sub_text, alerts, the shell stage's body) goes
// through DOMPurify before it reaches the DOM. Only lazy stages import this module, so DOMPurify
// stays out of the main bundle.
import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Beyond DOMPurify's defaults (scripts, handlers, `javascript:` URLs): no `<style>` or `style=`,
 * which in compatibility mode would restyle the host page, and no form controls, which would
 * land inside the stage's own form and be submitted with it.
 */
const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'option'],
  FORBID_ATTR: ['style'],
};

// Templates re-render on every keystroke; the same markup is sanitized once.
const cache = new Map<string, ReturnType<typeof unsafeHTML>>();

/** Sanitized markup, ready for a template. */
export function safeHtml(markup: string | null | undefined) {
  const key = markup ?? '';
  let result = cache.get(key);
  if (!result) {
    if (cache.size > 200) cache.clear();
    result = unsafeHTML(DOMPurify.sanitize(key, CONFIG));
    cache.set(key, result);
  }
  return result;
}
