// Property-based fuzzing of every stage with challenges generated from authentik's schema (the
// shape table src/api/challenge-shapes.ts is generated from schema.yml): valid ones with hostile,
// long, empty and unicode values, and mutated ones (a field dropped, a wrong type, prototype keys).
// Each must render without an uncaught error, without the error boundary firing and without a
// blank card, and the stage must then render the next valid challenge. A fixed seed, a few hundred
// cases in `npm test`; `npm run fuzz -- 10000` runs more, `npm run fuzz -- 10000 <seed>` from
// another seed (see README, Reliability).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHALLENGE_SCHEMAS, SHAPES } from '../../src/api/challenge-shapes.js';
import { challengeProblem } from '../../src/api/validate.js';
import { FlowError } from '../../src/api/errors.js';
import { ensureStage, hasStage } from '../../components/stages/kit/registry.js';
import type { StageElement } from '../../components/stages/kit/stage-element.js';
import type { Challenge } from '../../src/challenges.js';

const HOSTILE = [
  '',
  ' ',
  'constructor',
  '__proto__',
  'toString',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'https://example.com/',
  '/relative/path/',
  '‮right-to-left‬',
  '\u0000',
  'x'.repeat(5000),
];

const SCRIPT_URLS = [
  'https://challenges.example/api.js',
  '/dev/missing.js',
  'http://evil.example/x.js',
  'javascript:alert(1)',
  '',
];

function stringArb(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
}

/** An arbitrary for a field code of the shape table (see challenge-shapes.ts). */
function arbitrary(code: string, depth: number): fc.Arbitrary<unknown> {
  const nullable = code.includes('~');
  const bare = code.replace(/[~?]/g, '');
  let arb: fc.Arbitrary<unknown>;
  switch (bare[0]) {
    case 's':
      arb = stringArb();
      break;
    case 'n':
      arb = fc.oneof(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
      break;
    case 'b':
      arb = fc.boolean();
      break;
    case 'a':
      arb = fc.array(bare.length > 1 ? arbitrary(bare.slice(1), depth + 1) : fc.jsonValue(), {
        maxLength: depth > 2 ? 1 : 4,
      });
      break;
    case '@':
      arb = shapeArb(bare.slice(1), depth + 1);
      break;
    default:
      arb = fc.dictionary(stringArb(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
  }
  return nullable ? fc.option(arb, { nil: null, freq: 4 }) : arb;
}

function shapeArb(schema: string, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = SHAPES[schema];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [key, code] of Object.entries(fields)) {
    // A provider script URL that answers with a page (not JavaScript) makes the browser's parser
    // report a SyntaxError on the page, which no widget can catch: such URLs are left out.
    model[key] = key === 'js_url' ? fc.constantFrom(...SCRIPT_URLS) : arbitrary(code, depth);
    if (!code.endsWith('?')) required.push(key);
  }
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

const components = Object.keys(CHALLENGE_SCHEMAS).filter((c) => hasStage(c));

const flowInfoArb = fc.option(shapeArb('ContextualFlowInfo', 0), { nil: undefined });
const errorsArb = fc.option(
  fc.dictionary(
    fc.oneof(stringArb(), fc.constantFrom('non_field_errors', 'code', 'password', 'uid_field')),
    fc.array(shapeArb('ErrorDetail', 0), { maxLength: 3 }),
    { maxKeys: 3 },
  ),
  { nil: undefined },
);

function challengeArb(component: string): fc.Arbitrary<Challenge> {
  return fc
    .tuple(shapeArb(CHALLENGE_SCHEMAS[component], 0), flowInfoArb, errorsArb)
    .map(([body, flow_info, response_errors]) => {
      const challenge: Record<string, unknown> = { ...body, component };
      if (flow_info) challenge.flow_info = flow_info;
      if (response_errors) challenge.response_errors = response_errors;
      return challenge as Challenge;
    });
}

/** A valid challenge, and the next valid one of the same stage (the same stage back). */
const validPairArb: fc.Arbitrary<[Challenge, Challenge]> = fc
  .constantFrom(...components)
  .chain((component) => fc.tuple(challengeArb(component), challengeArb(component)));

/** A valid challenge changed the way a broken or hostile server would change it. */
const mutatedArb: fc.Arbitrary<[Challenge, Challenge]> = fc
  .tuple(
    validPairArb,
    fc.nat(),
    fc.constantFrom('drop', 'retype', 'junk', 'proto'),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([[challenge, next], pick, how, junk]) => {
    const copy: Record<string, unknown> = { ...challenge };
    const keys = Object.keys(copy).filter((k) => k !== 'component');
    const key = keys.length ? keys[pick % keys.length] : 'extra';
    if (how === 'drop') delete copy[key];
    else if (how === 'retype') copy[key] = junk;
    else if (how === 'junk') copy[`extra_${pick}`] = junk;
    else Object.defineProperty(copy, '__proto__', { value: junk, enumerable: true });
    return [copy as Challenge, next] as [Challenge, Challenge];
  });

/** What a user would see: text, a control, an image or a frame. */
function blank(stage: StageElement): boolean {
  const root = stage.contentRoot;
  return (
    (root.textContent ?? '').trim() === '' &&
    !root.querySelector('input:not([type=hidden]), button, select, textarea, img, svg, iframe')
  );
}

/** How many cases, and the seed when `npm run fuzz -- <runs> <seed>` gives one. */
async function settings(fixedSeed: number): Promise<{ numRuns: number; seed: number }> {
  const res = await fetch('/__fuzz-runs');
  const { runs, seed } = res.ok
    ? ((await res.json()) as { runs: number; seed: number | null })
    : { runs: 150, seed: null };
  if (seed !== null) console.log(`fuzzing with seed ${seed}`);
  return { numRuns: runs, seed: seed ?? fixedSeed };
}

describe('fuzzing the stages with generated challenges', function () {
  let uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  const host = document.createElement('div');
  // The autosubmit stage posts a real form: that would take the test page away.
  const submit = HTMLFormElement.prototype.submit;

  before(async () => {
    HTMLFormElement.prototype.submit = () => {};
    for (const component of components) await ensureStage(component);
    document.body.append(host);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    HTMLFormElement.prototype.submit = submit;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    host.remove();
  });

  /** Renders a challenge, then the next valid one in the same element. */
  async function check(challenge: Challenge, next: Challenge, light: boolean): Promise<void> {
    uncaught = [];
    const crashes: unknown[] = [];
    const el = document.createElement(challenge.component) as StageElement;
    if (light) el.setAttribute('light-dom', '');
    // A FlowError is the stage refusing data it said no to (an address it may not open), with a
    // way on on screen: not a crash.
    el.addEventListener('ak-stage-crash', (e) => {
      if (!(e.error instanceof FlowError)) crashes.push(e.error);
    });
    el.challenge = challenge;
    host.append(el);
    try {
      await el.updateComplete;
      await el.updateComplete; // stages that update again after their first render
      const what = `${challenge.component} ${JSON.stringify(challenge).slice(0, 400)}`;
      expect(crashes, `the stage threw while rendering: ${what}`).to.deep.equal([]);
      expect(uncaught, `uncaught errors: ${what}`).to.deep.equal([]);
      expect(blank(el), `a blank stage: ${what}`).to.equal(false);
      el.challenge = next as never;
      await el.updateComplete;
      expect(crashes, `the next challenge did not render: ${what}`).to.deep.equal([]);
      expect(blank(el), `blank after the next challenge: ${what}`).to.equal(false);
    } finally {
      el.remove();
    }
  }

  it('valid challenges render, in shadow and light DOM', async function () {
    const { numRuns, seed } = await settings(20261201);
    this.timeout(Math.max(60000, numRuns * 100));
    await fc.assert(
      fc.asyncProperty(validPairArb, fc.boolean(), async ([challenge, next], light) => {
        expect(challengeProblem(challenge), 'the generator makes valid challenges').to.equal(null);
        await check(challenge, next, light);
      }),
      { seed, numRuns },
    );
  });

  it('mutated challenges are refused at the door or render', async function () {
    const { numRuns, seed } = await settings(20261202);
    this.timeout(Math.max(60000, numRuns * 100));
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutatedArb, fc.boolean(), async ([challenge, next], light) => {
        if (challengeProblem(challenge)) {
          refused++; // the executor shows invalid-challenge with a retry (robustness.test.ts)
          return;
        }
        await check(challenge, next, light);
      }),
      { seed, numRuns },
    );
    expect(refused, 'some mutations break the schema').to.be.greaterThan(0);
  });
});
