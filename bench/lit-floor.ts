// The floor under the cold first-stage figure for any widget built on Lit, which the project is
// (DEVELOPERS.md): Lit itself (lit-html, ReactiveElement, LitElement, `css`), minified as the
// widget is and with the same compile hint, plus one element that draws the identification
// stage's form (heading, label, input, button, links) in its shadow root with a small stylesheet
// and focuses its input. Served from its own local HTTP server, the script once the page is idle;
// measured as the widget's first stage is: from the script's last byte (resource timing's
// responseEnd) to the form rendered and focused. What a Lit element needs on this machine, cold,
// before anything of the widget's own runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import type { Browser } from 'playwright-core';

/** Inside node_modules, so that the entry resolves `lit` like the widget's sources do. */
const DIR = join('node_modules', '.cache', 'ak-bench-lit-floor');

const ENTRY = `
import { LitElement, css, html } from 'lit';
class FloorForm extends LitElement {
  static properties = { uid: { state: true } };
  static styles = css\`
    :host { display: block; font-family: system-ui, sans-serif; max-width: 28rem; padding: 2rem; }
    form { display: grid; gap: 1rem; }
    label { font-weight: 600; }
    input { font: inherit; padding: 0.6rem 0.75rem; border: 1px solid #8a8d90; border-radius: 6px; }
    button { font: inherit; padding: 0.65rem 1rem; border: 0; border-radius: 6px; background: #0b5cad; color: #fff; }
    .links { display: flex; gap: 1rem; font-size: 0.9rem; }
  \`;
  constructor() {
    super();
    this.uid = '';
  }
  render() {
    return html\`<form @submit=\${(e) => e.preventDefault()}>
      <h1>Welcome to authentik!</h1>
      <label for="u">Email or Username</label>
      <input id="u" name="uid_field" autocomplete="username" placeholder="Email or Username"
        .value=\${this.uid} @input=\${(e) => (this.uid = e.target.value)}>
      <button type="submit">Log in</button>
      <div class="links"><a href="#">Sign up.</a><a href="#">Forgot username or password?</a></div>
    </form>\`;
  }
  firstUpdated() {
    this.renderRoot.querySelector('input').focus();
    performance.mark('floor-rendered');
  }
}
customElements.define('floor-form', FloorForm);
`;

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>' +
  '<script type="module" src="/floor.js"></script></head><body><floor-form></floor-form></body></html>';

/** How long the script is held back (see the server below). */
const HOLD_MS = 150;

/** Builds the floor's script (as the widget's: terser, three passes, the compile hint). */
async function build(): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const entry = join(DIR, 'entry.js');
  writeFileSync(entry, ENTRY);
  const bundle = await rollup({
    input: entry,
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.write({ dir: DIR, format: 'es', entryFileNames: 'floor.js' });
  await bundle.close();
  return '//# allFunctionsCalledOnLoad\n' + output[0].code;
}

export interface LitFloor {
  url: string;
  /** The script's size, as built (bytes). */
  bytes: number;
  close(): Promise<void>;
}

/** Builds the floor and serves it; `url` is its page. */
export async function serveLitFloor(): Promise<LitFloor> {
  const script = await build();
  const server = createServer((req, res) => {
    if (req.url === '/floor.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      // Held back until the page is parsed, laid out and idle, as the widget's script comes
      // after the page (and the API's answers) on the reference server: the figure is the
      // script's own cost, not the page's start-up.
      setTimeout(() => res.end(script), HOLD_MS);
    } else {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(PAGE);
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bytes: Buffer.byteLength(script),
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

/** One cold load of the floor's page: script in → form rendered and focused, in ms. */
export async function litFloor(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('floor-rendered').length > 0);
  const ms = await page.evaluate(() => {
    const rendered = performance.getEntriesByName('floor-rendered')[0].startTime;
    const script = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/floor.js')) as PerformanceResourceTiming;
    return rendered - script.responseEnd;
  });
  await context.close();
  return ms;
}

/** `npx tsx bench/lit-floor.ts [runs]`: the floor alone, median of `runs` (15). */
if (process.argv[1]?.endsWith('lit-floor.ts')) {
  const { launch } = await import('../test/e2e/harness.js');
  const floor = await serveLitFloor();
  const browser = await launch();
  const runs = Number(process.argv[2] ?? 15);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await litFloor(browser, floor.url));
  times.sort((a, b) => a - b);
  const gz = (await import('node:zlib')).gzipSync(readFileSync(join(DIR, 'floor.js')), {
    level: 9,
  }).length;
  console.log(
    `Lit floor: median ${times[Math.floor(runs / 2)].toFixed(1)} ms of ${runs} ` +
      `[${times.map((t) => t.toFixed(1)).join(' ')}]; script ${floor.bytes} B (${gz} B gzip)`,
  );
  await browser.close();
  await floor.close();
}
