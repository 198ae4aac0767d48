// Server-provided HTML (prompt static text, sub_text, alerts, the shell stage's body) is sanitized
// before it reaches the DOM. Where the browser has the HTML Sanitizer API (`Element.setHTML`), it
// parses the markup and removes everything that can run script (its safe baseline: `<script>`,
// frames, event handlers, `javascript:` URLs); the allow-list below is then applied to that tree
// with DOMPurify's rules, and the nodes themselves are rendered (no string is parsed twice).
// Elsewhere DOMPurify (a lazy chunk of its own, loaded only there) does both with the same
// allow-list. Only lazy stages import this module; the registry has it ready before they render.
import { noChange } from 'lit';
import type { ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type DOMPurify from 'dompurify';

/**
 * An allow-list: the text markup an admin writes in a prompt or a shell body, nothing else. No
 * `<style>` or `style=` (in compatibility mode they would restyle the host page), no form controls
 * (they would land inside the stage's own form), no `class` (it would borrow the widget's styles),
 * no event handlers. `id`/`name` are prefixed (DOMPurify's SANITIZE_NAMED_PROPS) so that server
 * HTML cannot define `window.<id>` globals or clobber `document.<name>` on the host page.
 */
const TAGS = new Set(
  'a abbr b blockquote br caption cite code dd del div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub sup table tbody td tfoot th thead tr u ul'.split(
    ' ',
  ),
);
const ATTRS = new Set(
  'href src alt title width height colspan rowspan scope lang dir id name target rel'.split(' '),
);
const CONFIG = {
  ALLOWED_TAGS: [...TAGS],
  ALLOWED_ATTR: [...ATTRS],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
};

// DOMPurify's rules (dompurify 3.x: FORBID_CONTENTS, URI_SAFE_ATTRIBUTES, IS_ALLOWED_URI,
// ATTR_WHITESPACE, ATTR_VALUE_BREAKOUT), for the native path.
/** Elements removed with their content; any other element outside the list leaves its content. */
const DROP_CONTENT = new Set(
  'annotation-xml audio colgroup desc foreignobject head iframe math mi mn mo ms mtext noembed noframes noscript plaintext script selectedcontent style svg template thead title video xmp'.split(
    ' ',
  ),
);
const URI_SAFE = new Set(['alt', 'id', 'name', 'title']);
const ALLOWED_URI =
  /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// eslint-disable-next-line no-control-regex
const WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const BREAKOUT =
  /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const NAMED_PREFIX = 'user-content-';

/** Whether this browser has the HTML Sanitizer API's `setHTML` (checked at each use). */
export function hasSanitizerApi(): boolean {
  // (No `Element` at all where the package is imported on a server.)
  return (
    typeof Element !== 'undefined' &&
    typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function'
  );
}

let purify: typeof DOMPurify | undefined;
let purifyLoading: Promise<void> | undefined;

/**
 * Settles when server HTML can be sanitized: at once with the Sanitizer API, once DOMPurify's
 * chunk is in otherwise. The stage registry awaits it before a stage that shows server HTML renders.
 */
export function sanitizerReady(): Promise<void> {
  if (hasSanitizerApi() || purify) return Promise.resolve();
  return (purifyLoading ??= import('dompurify').then(
    (m) => void (purify = m.default),
    (err: unknown) => {
      purifyLoading = undefined;
      throw err;
    },
  ));
}

function allowedAttribute(tag: string, name: string, value: string): boolean {
  if (URI_SAFE.has(name) || ALLOWED_URI.test(value.replace(WHITESPACE, ''))) return true;
  if ((name === 'src' || name === 'href') && tag === 'img' && value.startsWith('data:'))
    return true;
  return !value;
}

/** Applies the allow-list to a tree the Sanitizer API built, as DOMPurify would. */
function applyAllowList(parent: ParentNode): void {
  for (let node = parent.firstChild; node;) {
    const next = node.nextSibling;
    if (node instanceof Element) {
      const tag = node.localName;
      if (node.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !TAGS.has(tag)) {
        if (DROP_CONTENT.has(tag)) {
          node.remove();
        } else {
          // Its content takes its place and is checked in turn.
          const first = node.firstChild;
          node.replaceWith(...node.childNodes);
          if (first) {
            node = first;
            continue;
          }
        }
      } else {
        // Last to first, and a prefixed name set anew, as DOMPurify does (same attribute order).
        for (const { name, value: raw } of [...node.attributes].reverse()) {
          let value = raw.trim();
          const named = (name === 'id' || name === 'name') && !value.startsWith(NAMED_PREFIX);
          if (named) value = NAMED_PREFIX + value;
          const keep =
            ATTRS.has(name) && !BREAKOUT.test(value) && allowedAttribute(tag, name, value);
          if (named || !keep) node.removeAttribute(name);
          if (keep && value !== raw) node.setAttribute(name, value);
        }
        applyAllowList(node);
      }
    } else if (node.nodeType !== Node.TEXT_NODE) {
      node.remove(); // comments, processing instructions
    }
    node = next;
  }
}

let inertDocument: Document | undefined;

/** The sanitized nodes for markup (a template: render a copy). Empty until the sanitizer is ready. */
function sanitize(markup: string): DocumentFragment {
  if (hasSanitizerApi()) {
    // An inert document: nothing in the markup loads or runs while it is checked.
    const inert = (inertDocument ??= document.implementation.createHTMLDocument(''));
    const box = inert.createElement('div');
    (box as unknown as { setHTML(html: string, options: object): void }).setHTML(markup, {
      sanitizer: {},
    });
    applyAllowList(box);
    const fragment = inert.createDocumentFragment();
    fragment.append(...box.childNodes);
    return fragment;
  }
  if (!purify) {
    void sanitizerReady().catch(() => undefined);
    return document.createDocumentFragment();
  }
  return purify.sanitize(markup, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

// Templates re-render on every keystroke; the same markup is sanitized once (per path).
const cache = new Map<string, DocumentFragment>();

function sanitized(markup: string | null | undefined): DocumentFragment {
  const key = (hasSanitizerApi() ? 'n' : 'p') + (markup ?? '');
  let result = cache.get(key);
  if (!result) {
    if (cache.size > 200) cache.clear();
    result = sanitize(markup ?? '');
    if (result.hasChildNodes() || !markup || hasSanitizerApi() || purify) cache.set(key, result);
  }
  return result;
}

/** Renders a copy of sanitized nodes; the same template again renders nothing new. */
class SanitizedNodes extends Directive {
  private last?: DocumentFragment;

  render(template: DocumentFragment) {
    return document.importNode(template, true);
  }

  override update(_part: ChildPart, [template]: [DocumentFragment]) {
    if (template === this.last) return noChange;
    this.last = template;
    return this.render(template);
  }
}
const sanitizedNodes = directive(SanitizedNodes);

/** Sanitized markup, ready for a template. */
export function safeHtml(markup: string | null | undefined) {
  return sanitizedNodes(sanitized(markup));
}

/** Whether sanitized markup shows anything: text, or an image. */
export function htmlHasContent(markup: string | null | undefined): boolean {
  if (!markup) return false;
  const fragment = sanitized(markup);
  return (fragment.textContent ?? '').trim() !== '' || fragment.querySelector('img') !== null;
}
