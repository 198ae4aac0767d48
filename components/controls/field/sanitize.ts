// Server-provided HTML (prompt static text, sub_text, alerts, the shell stage's body) goes
// through DOMPurify before it reaches the DOM. Only lazy stages import this module, so DOMPurify
// stays out of the main bundle.
import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/** Sanitized markup, ready for a template. Scripts, handlers and `javascript:` URLs are dropped. */
export function safeHtml(markup: string | null | undefined) {
  return unsafeHTML(DOMPurify.sanitize(markup ?? ''));
}
