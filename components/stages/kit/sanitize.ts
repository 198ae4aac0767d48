// Server-provided HTML (prompt static text, sub_text, alerts, the shell stage's body) goes
// through DOMPurify before it reaches the DOM. Only lazy stages import this module, so DOMPurify
// stays out of the main bundle.
import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * An allow-list: the text markup an admin writes in a prompt or a shell body, nothing else. No
 * `<style>` or `style=` (in compatibility mode they would restyle the host page), no form controls
 * (they would land inside the stage's own form), no `class` (it would borrow the widget's styles),
 * no event handlers. `id`/`name` are prefixed (SANITIZE_NAMED_PROPS) so that server HTML cannot
 * define `window.<id>` globals or clobber `document.<name>` on the host page.
 */
const CONFIG = {
  ALLOWED_TAGS:
    'a abbr b blockquote br caption cite code dd del div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub sup table tbody td tfoot th thead tr u ul'.split(
      ' ',
    ),
  ALLOWED_ATTR:
    'href src alt title width height colspan rowspan scope lang dir id name target rel'.split(' '),
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
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

/** Whether sanitized markup shows anything: text, or an image. */
export function htmlHasContent(markup: string | null | undefined): boolean {
  if (!markup) return false;
  const fragment = DOMPurify.sanitize(markup, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  return (fragment.textContent ?? '').trim() !== '' || fragment.querySelector('img') !== null;
}
