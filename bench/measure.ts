// The measures `npm run bench` (bench/run.ts) takes and bench/ab.ts compares between two builds:
// each loads pages of the reference server at `origin` in fresh contexts of `browser`, and waits
// for the states it times (a stage shown, said on the page's console), never for time.
import { DEMO } from '../test/e2e/harness.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * Counts the `ak-flow-challenge` events of every page of `context`, for `stagesShown`, and says each
 * on the page's console once every listener of the event has run. Waiting for that line runs
 * nothing in the page. (Playwright's waitForFunction polls on every animation frame, frames the page
 * would not draw otherwise: about 2 ms of each stage change here. And the first page.evaluate of a
 * page sets up Playwright's utility script, 1-2 ms of the page's main thread: while the first
 * stage renders, it was counted against the widget.)
 */
export async function countStages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    let seen = 0;
    addEventListener('ak-flow-challenge', () => {
      const n = ++seen;
      queueMicrotask(() => console.debug(`ak-bench: stage ${n}`));
    });
  });
  context.on('console', (message) => {
    const n = /^ak-bench: stage (\d+)$/.exec(message.text())?.[1];
    const page = message.page();
    if (!n || !page) return;
    const state = shown.get(page) ?? { n: 0, waiting: [] };
    state.n = Number(n);
    shown.set(page, state);
    for (const wake of state.waiting.splice(0)) wake();
  });
}
/** Each page's count of stages shown, and who waits for the next. */
const shown = new WeakMap<Page, { n: number; waiting: (() => void)[] }>();

/** Resolves once the page has shown `n` stages. */
export function stagesShown(page: Page, n: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const state = shown.get(page) ?? { n: 0, waiting: [] };
      shown.set(page, state);
      if (state.n >= n) resolve();
      else state.waiting.push(check);
    };
    check();
  });
}

export interface PaintResult {
  requestsBeforePaint: string[];
  /** With `initiators` only. */
  roundTrips?: number;
  apiStartSpreadMs: number;
  firstRenderMs: number;
  firstPaintMs: number;
  /** From the navigation's start to the frame after the stage: what the visitor waits. */
  navigationToPaintMs: number;
}

/**
 * Loads a flow's page cold (the login flow's unless `slug` names another) and reads the resource
 * timings at the moment the stage painted. With
 * `initiators`, Chromium's DevTools protocol says who started each request, and the round trips
 * are counted from that: the page is the first; a request the page's HTML starts (the parser, its
 * preloads) is one round after it; one a script starts is one round after that script. (Timings
 * alone cannot tell: a request that starts after another ended need not have waited for it.)
 * The timed runs leave the protocol's network events off, as they cost the browser time.
 * With `network`, the page loads through DevTools' network emulation (latency and throughput).
 * With `uncompressed`, the browser asks for every response as is (`Accept-Encoding: identity`).
 * `origin`: the reference server (one holding its answers back for an answer after the script).
 */
export async function firstPaint(
  browser: Browser,
  origin: string,
  {
    initiators = false,
    slug = 'demo-login',
    network,
    uncompressed = false,
  }: {
    initiators?: boolean;
    slug?: string;
    network?: { latency: number; mbit: number };
    uncompressed?: boolean;
  } = {},
): Promise<PaintResult> {
  const context = await browser.newContext(
    uncompressed ? { extraHTTPHeaders: { 'Accept-Encoding': 'identity' } } : {},
  );
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latency,
      downloadThroughput: (network.mbit * 1e6) / 8,
      uploadThroughput: (network.mbit * 1e6) / 8,
    });
  }
  /** Each URL's requests, in order: who started them. */
  const startedBy = new Map<string, string[]>();
  if (initiators) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const by = e.initiator.url ?? e.initiator.stack?.callFrames[0]?.url ?? '';
      startedBy.set(e.request.url, [...(startedBy.get(e.request.url) ?? []), by]);
    });
  }
  await countStages(context);
  await page.addInitScript(() => {
    const w = window as unknown as { __paint?: number; __rendered?: number };
    addEventListener('ak-flow-challenge', () => {
      w.__rendered ??= performance.now();
      requestAnimationFrame(() => (w.__paint ??= performance.now()));
    });
  });
  // Not waiting for the load event: the stage is what counts (once, under network emulation, the
  // load event had not come after Playwright's 30 s).
  await page.goto(`${origin}/if/flow/${slug}/`, { waitUntil: 'commit' });
  await stagesShown(page, 1);
  // The frame after the stage: its animation frame callback ran before this one.
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(painted)));
  const result = await page.evaluate(() => {
    const { __paint: paint, __rendered: rendered } = window as unknown as {
      __paint: number;
      __rendered: number;
    };
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const before = entries.filter((e) => e.startTime < paint);
    const api = before.filter((e) => e.name.includes('/api/v3/'));
    const scripts = before.filter((e) => /\.js$/.test(new URL(e.name).pathname));
    // The stage can render once the API answers and the script (with its chunks) are all in:
    // those that were in before it rendered (one still loading then was not waited for).
    const arrived = Math.max(
      ...[...api, ...scripts].map((e) => e.responseEnd).filter((end) => end <= rendered),
    );
    return {
      // Images and styles do not hold the stage.
      holding: before
        .filter((e) => e.initiatorType !== 'img' && e.initiatorType !== 'css')
        .sort((a, b) => a.startTime - b.startTime)
        .map((e) => e.name),
      requestsBeforePaint: [location.pathname, ...before.map((e) => new URL(e.name).pathname)],
      apiStartSpreadMs:
        Math.max(...api.map((e) => e.startTime)) - Math.min(...api.map((e) => e.startTime)),
      firstRenderMs: rendered - arrived,
      firstPaintMs: paint - arrived,
      navigationToPaintMs: paint,
    };
  });
  const pageUrl = page.url();
  await context.close();
  // A request's round: one after its initiator's (that URL's last request, when it had several).
  const round = (url: string, nth: number, seen = new Set<string>()): number => {
    if (url === pageUrl) return 1;
    const by = startedBy.get(url)?.[nth];
    if (by === undefined || seen.has(url)) throw new Error(`no initiator for ${url}`);
    return 1 + round(by, Math.max(0, (startedBy.get(by)?.length ?? 1) - 1), seen.add(url));
  };
  const nth = new Map<string, number>();
  const roundOf = (url: string) => {
    nth.set(url, (nth.get(url) ?? -1) + 1);
    return round(url, nth.get(url)!);
  };
  const {
    requestsBeforePaint,
    apiStartSpreadMs,
    firstRenderMs,
    firstPaintMs,
    navigationToPaintMs,
  } = result;
  const roundTrips = initiators ? Math.max(1, ...result.holding.map(roundOf)) : undefined;
  return {
    requestsBeforePaint,
    roundTrips,
    apiStartSpreadMs,
    firstRenderMs,
    firstPaintMs,
    navigationToPaintMs,
  };
}

/** Submits the identification stage and times response end → password stage rendered. */
export async function stageChange(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext();
  await countStages(context);
  const page = await context.newPage();
  await page.goto(`${origin}/if/flow/demo-login/`);
  await page
    .getByLabel(/username/i)
    .first()
    .fill(DEMO.username);
  await page.evaluate(() => {
    const w = window as unknown as { __changed?: number };
    addEventListener('ak-flow-challenge', () => (w.__changed = performance.now()));
    performance.clearResourceTimings();
  });
  await page
    .getByLabel(/username/i)
    .first()
    .press('Enter');
  await stagesShown(page, 2);
  const ms = await page.evaluate(() => {
    const entries = (
      performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).filter((e) => e.name.includes('/flows/executor/'));
    return (window as unknown as { __changed: number }).__changed - entries.at(-1)!.responseEnd;
  });
  await context.close();
  return ms;
}

/**
 * Types into the enrollment password field and times the input event → checklist updated, styled
 * and laid out (the strength meter and breach check are debounced: not on this path). The clock
 * starts when the input event is sent, after the value is in the field and laid out: Chromium's
 * own work on a password field's new value comes before that event, the same for any password
 * field (on a plain page here, value and layout: 1.1-1.5 ms for the first character, whose dots
 * are shaped for the first time, then 0.2-0.4 ms). It stops when every element the keystroke
 * touched has updated (the control, and the prompt stage re-rendering it) and the checklist is
 * laid out. The harness's own first run is not counted either (round -1 below).
 *
 * The typing starts once the page is idle (a person needs far longer to find the field), and its
 * keystrokes come `KEYSTROKE_GAP_MS` apart, as a fast typist's do (20 a second; a password
 * manager fills the field with one input event), each after the frames of the one before. Until
 * session 12 the typing started at once and came back to back in one task, which no one types.
 */
/** The pause between two keystrokes of the bench's typing, in ms. */
export const KEYSTROKE_GAP_MS = 50;

export async function keystrokeFeedback(browser: Browser, origin: string): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/if/flow/demo-enrollment/`);
  await page.locator('ak-password-policy-input input').waitFor();
  const times = await page.evaluate(async (gap) => {
    type Updating = HTMLElement & { updateComplete: Promise<unknown>; isUpdatePending: boolean };
    const stage = document
      .querySelector('ak-flow-executor')!
      .shadowRoot!.querySelector('ak-stage-prompt') as Updating;
    const control = stage.shadowRoot!.querySelector('ak-password-policy-input') as Updating;
    const input = control.shadowRoot!.querySelector('input')!;
    const out: number[] = [];
    const text = 'Velvet-Otter-Harbor-93';
    // Round -1 types into a detached field, which nothing of the widget hears: it runs this
    // loop's own code once, so that its first run is not counted against the first keystroke.
    const detached = document.createElement('input');
    await new Promise((idle) => requestIdleCallback(idle));
    for (let i = -1; i < text.length; i++) {
      await new Promise((pause) => setTimeout(pause, gap));
      const field = i < 0 ? detached : input;
      field.value = text.slice(0, i + 1);
      void field.offsetWidth;
      const start = performance.now();
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      // An update may start another (the stage re-rendering the control): wait until none is left.
      while (stage.isUpdatePending || control.isUpdatePending) {
        await Promise.all([stage.updateComplete, control.updateComplete]);
      }
      // Style and layout of the updated checklist, as the next frame needs them (forced here, so
      // that the wait for that frame, up to 16 ms of nothing, is not counted).
      void control.shadowRoot!.querySelector('ul, [part~="rules"]')?.getBoundingClientRect();
      void (control as HTMLElement).offsetHeight;
      if (i >= 0) out.push(performance.now() - start);
    }
    return out;
  }, KEYSTROKE_GAP_MS);
  await context.close();
  return times;
}

/**
 * The floor under the first-stage figure: the same browser on a fresh page inserts a plain HTML
 * form with the identification stage's content (heading, label, input, button, links; no script
 * of ours, no custom element, no shadow root) and focuses its input, which lays it out: what
 * Chromium itself needs for a first form on this machine, whatever renders it.
 */
export async function plainForm(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>plain</title><body style="font-family:system-ui">');
  const ms = await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML =
      '<form style="max-width:28rem;padding:2rem"><h1>Welcome to authentik!</h1>' +
      '<label for="u">Email or Username</label>' +
      '<input id="u" name="uid_field" autocomplete="username" placeholder="Email or Username">' +
      '<button type="submit">Log in</button><p>Need an account? <a href="#">Sign up.</a></p>' +
      '<p><a href="#">Forgot username or password?</a></p></form>';
    const start = performance.now();
    document.body.append(box);
    box.querySelector('input')!.focus();
    return performance.now() - start;
  });
  await context.close();
  return ms;
}
