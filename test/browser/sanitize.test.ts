// The two sanitizer paths apply one allow-list: the browser's HTML Sanitizer API (with the
// allow-list walk) and DOMPurify give the same DOM for the same markup.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { hasSanitizerApi, safeHtml } from '../../components/stages/kit/sanitize.js';

const MARKUP = [
  '<p id="akClobber" class="button" style="color:red" onclick="alert(1)" data-x="1">Hello</p>',
  '<img name="akClobberImg" src="x.png" onerror="alert(2)" alt="">',
  '<form name="akForm"><input name="akInput"></form><svg><circle r="1"></circle></svg>',
  '<iframe src="https://example.com">inside</iframe><math><mi>x</mi></math>',
  '<a href="javascript:alert(3)">link</a><a href=" JaVaScRiPt:alert(1)">2</a><a href="vbscript:x">3</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a><img src="data:image/png;base64,AAAA">',
  '<a href="https://example.com/?a=1&b=2" target="_blank" rel="noopener" title="t">ok</a>',
  '<a href="mailto:a@b.c">m</a><a href="/relative">r</a><a href="#frag">f</a><a href="foo:bar">u</a>',
  '<details open><summary>s</summary>body</details><b>bold</b>',
  '<x-foo a="1">custom <b>kept</b></x-foo><!-- a comment --><i>it</i>',
  '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2" rowspan="x">c</td></tr></tbody></table>',
  '<div lang="de" dir="rtl" width="10" height="20">attrs</div><span aria-label="x" role="y">aria</span>',
  '<p title="--&gt;<img src=x onerror=alert(1)>">breakout</p><p title="a/>b">self</p>',
  // (Not first: DOMPurify parses a whole document, where a leading <template> or <noscript> opens
  // <head> and its content may end up in <body>; the Sanitizer API parses in the box's context.)
  '<p>x</p><template><b>t</b></template><noscript><b>n</b></noscript><style>p{}</style><script>x</script>',
  '<video src="v.mp4">v</video><audio>a</audio><embed src="y">',
  '<p id="user-content-already" name="x">named</p><img src="x" id=" padded ">',
  '<ul><li>1<li>2</ul><ol><li>3</ol><dl><dt>t<dd>d</dl><hr><br><pre>  pre  </pre>',
  '<select><option>o</option></select><textarea>t</textarea><button>b</button>',
  '<h1>h</h1><blockquote cite="javascript:x">q</blockquote><q>q</q><mark>m</mark><kbd>k</kbd>',
  '<svg><a href="javascript:alert(1)"><text>svg link</text></a></svg><p>after</p>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0"><link rel="x">',
  'plain text &amp; entities &lt;b&gt;',
  '<img src="https://example.com/a.png" srcset="x 1x" width="5">',
  '<p>unclosed <b>bold <i>both</p> after',
];

/**
 * Stricter on the native path: the Sanitizer API's safe baseline removes these elements with
 * their content, where DOMPurify keeps the fallback text of an element outside the allow-list.
 */
const STRICTER = ['<object data="x">fallback</object>'];

function rendered(markup: string): string {
  const box = document.createElement('div');
  render(safeHtml(markup), box);
  return box.innerHTML.replace(/<!--[^>]*-->/g, ''); // lit's part markers
}

describe('sanitizer paths', () => {
  it('the Sanitizer API path gives what DOMPurify gives, for every sample', async function () {
    if (!hasSanitizerApi()) {
      console.warn('This browser has no HTML Sanitizer API: nothing to compare.');
      this.skip();
    }
    const native = MARKUP.map(rendered);
    const nativeStricter = STRICTER.map(rendered);
    const saved = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML')!;
    Object.defineProperty(Element.prototype, 'setHTML', { value: undefined, configurable: true });
    try {
      expect(hasSanitizerApi()).to.equal(false);
      const { sanitizerReady } = await import('../../components/stages/kit/sanitize.js');
      await sanitizerReady();
      const purified = MARKUP.map(rendered);
      const purifiedStricter = STRICTER.map(rendered);
      expect(purifiedStricter[0]).to.equal('fallback');
      expect(nativeStricter[0]).to.equal('');
      for (let i = 0; i < MARKUP.length; i++) {
        expect(native[i], MARKUP[i]).to.equal(purified[i]);
      }
    } finally {
      Object.defineProperty(Element.prototype, 'setHTML', saved);
    }
    expect(hasSanitizerApi()).to.equal(true);
    // Nothing dangerous survived, on either path.
    const all = native.join('');
    for (const bad of ['<script', 'onerror', 'onclick', 'javascript:', '<svg', '<form', 'style=']) {
      expect(all, bad).to.not.contain(bad);
    }
  });
});
