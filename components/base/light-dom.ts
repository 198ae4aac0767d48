// compatibility_mode: render into light DOM so password managers see the form, while keeping the
// shadow-DOM look and isolation. Each element's own `static styles` are rewritten once into a
// document-level sheet nested under `:is(<tag>[light-dom], #ak-light-dom)`: the id in `:is()` lifts
// every rule above ordinary host-page selectors, the nesting keeps the rules inside our elements,
// and a reset at the same weight drops host-page styles (`input { ... }`) from our descendants
// (except the host page's own header/footer elements, moved into the executor's `[data-slot]` boxes,
// and not inside our SVGs: `d`, `cx`, `r`... are CSS properties there, and reverting them erases
// the icon and the QR code).
import type { CSSResultGroup, CSSResultOrNative } from 'lit';

const converted = new Map<string, CSSStyleSheet>();
const adopted = new WeakMap<Document | ShadowRoot, Set<CSSStyleSheet>>();

function flatten(styles: CSSResultGroup | undefined): CSSResultOrNative[] {
  if (!styles) return [];
  return Array.isArray(styles) ? styles.flatMap((s) => flatten(s as CSSResultGroup)) : [styles];
}

function cssTextOf(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) {
    return Array.from(style.cssRules, (r) => r.cssText).join('\n');
  }
  return style.cssText;
}

/** Splits out `@keyframes` blocks, which cannot be nested inside a style rule. */
function splitKeyframes(text: string): { rules: string; keyframes: string } {
  let rules = '';
  let keyframes = '';
  let i = 0;
  for (let at = text.indexOf('@keyframes'); at !== -1; at = text.indexOf('@keyframes', i)) {
    rules += text.slice(i, at);
    let depth = 0;
    let end = text.indexOf('{', at);
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    keyframes += text.slice(at, end + 1) + '\n';
    i = end + 1;
  }
  return { rules: rules + text.slice(i), keyframes };
}

/** `:host` → `&`, `:host(x)` → `&x`, all under one nesting parent with a reset first. */
export function lightDomCss(tag: string, styles: CSSResultGroup | undefined): string {
  const { rules, keyframes } = splitKeyframes(flatten(styles).map(cssTextOf).join('\n'));
  const text = rules.replace(/:host\(([^)]*)\)/g, '&$1').replace(/:host\b/g, '&');
  return `${keyframes}:is(${tag}[light-dom], #ak-light-dom) {
  & :where(:not([data-slot] *, svg, svg *)), & :where(:not([data-slot] *))::before,
  & :where(:not([data-slot] *))::after { all: revert; box-sizing: border-box; }
  & [hidden] { display: none; }
  ${text}
}`;
}

/** Adopts the element's light-DOM sheet into the document or shadow root it lives in (once). */
export function adoptLightDomStyles(
  element: HTMLElement,
  styles: CSSResultGroup | undefined,
): void {
  const tag = element.localName;
  let sheet = converted.get(tag);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(lightDomCss(tag, styles));
    converted.set(tag, sheet);
  }
  const root = element.getRootNode();
  const target = root instanceof Document || root instanceof ShadowRoot ? root : document;
  let set = adopted.get(target);
  if (!set) adopted.set(target, (set = new Set()));
  if (set.has(sheet)) return;
  set.add(sheet);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
