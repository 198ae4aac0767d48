// The ./react entry's props and callbacks, typed: `npm run typecheck` checks the assignments and
// the @ts-expect-error lines below (a wrong detail or an unknown callback must not compile); the
// test then renders the component on React's server renderer with those very props.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { AkFlowExecutor } from '../../../src/react/index.js';
import type { AkFlowExecutorProps, FlowCallbackName } from '../../../src/react/index.js';
import type { FlowEventMap } from '../../../components/flow-executor/events.js';

const seen: string[] = [];
const props: AkFlowExecutorProps = {
  slug: 'demo-login',
  baseUrl: 'https://auth.example.com',
  passwordPolicy: { length_min: 12 },
  onChallenge: (event) => seen.push(event.detail.challenge.component),
  onBeforeSubmit: (event) => seen.push(event.detail.component),
  onSubmit: (event) => seen.push(event.detail.component),
  onError: (event) => seen.push(String(event.detail.error)),
  onRedirect: (event) => seen.push(event.detail.to),
  onDone: (event) => seen.push(event.detail.to),
  onLocale: (event) => seen.push(event.detail.locale, event.detail.previous ?? ''),
};

// @ts-expect-error: the redirect event's detail has `to`, not `url`
const wrongDetail: AkFlowExecutorProps = { onRedirect: (event) => event.detail.url };
// @ts-expect-error: no such event, so no such callback
const unknownCallback: AkFlowExecutorProps = { onFinished: () => {} };

// One callback per event of the executor, named after it.
const names: Record<keyof FlowEventMap, string> = {
  'ak-flow-challenge': 'onChallenge',
  'ak-flow-before-submit': 'onBeforeSubmit',
  'ak-flow-submit': 'onSubmit',
  'ak-flow-error': 'onError',
  'ak-flow-redirect': 'onRedirect',
  'ak-flow-done': 'onDone',
  'ak-flow-locale': 'onLocale',
} satisfies { [K in keyof FlowEventMap]: FlowCallbackName<K> };

test('every executor event has its typed callback prop, and the props render on the server', () => {
  for (const callback of Object.values(names)) {
    assert.equal(typeof props[callback as keyof AkFlowExecutorProps], 'function', callback);
  }
  assert.equal(wrongDetail.onRedirect !== undefined && unknownCallback !== undefined, true);
  const html = renderToString(createElement(AkFlowExecutor, props));
  assert.match(html, /^<ak-flow-executor[^>]*><\/ak-flow-executor>$/);
  assert.deepEqual(seen, [], 'no event fires on the server');
});
