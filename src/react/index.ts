// `@ak-widget/flow/react`: <ak-flow-executor> as a React component (React 18 and 19), through
// @lit/react. Properties are set as properties (objects such as `passwordPolicy` too), and every
// `ak-flow-*` event of the executor is a typed callback prop: `ak-flow-challenge` is `onChallenge`,
// `ak-flow-redirect` is `onRedirect`, and so on. Importing this module imports the package, which
// defines the elements; on a server (Node) both import without touching window or document.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName, ReactWebComponent } from '@lit/react';
import { AkFlowExecutor as AkFlowExecutorElement } from '../../index.js';
import type { FlowEventMap } from '../../components/flow-executor/events.js';

/** `before-submit` → `BeforeSubmit`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** The callback prop of an executor event: `ak-flow-challenge` → `onChallenge`. */
export type FlowCallbackName<K extends keyof FlowEventMap> = K extends `ak-flow-${infer Rest}`
  ? `on${Pascal<Rest>}`
  : never;

/** The callback props, each typed with its event: `onRedirect(event: CustomEvent<FlowRedirectDetail>)`. */
export type FlowEventProps = {
  [K in keyof FlowEventMap as FlowCallbackName<K>]: EventName<FlowEventMap[K]>;
};

/** Each `ak-flow-*` event once; a new event in FlowEventMap fails to compile until it is listed. */
const CALLBACKS: { [K in keyof FlowEventMap]: FlowCallbackName<K> } = {
  'ak-flow-challenge': 'onChallenge',
  'ak-flow-before-submit': 'onBeforeSubmit',
  'ak-flow-submit': 'onSubmit',
  'ak-flow-error': 'onError',
  'ak-flow-redirect': 'onRedirect',
  'ak-flow-done': 'onDone',
  'ak-flow-locale': 'onLocale',
};

const events = Object.fromEntries(
  Object.entries(CALLBACKS).map(([event, callback]) => [callback, event]),
) as FlowEventProps;

/**
 * `<AkFlowExecutor slug="default-authentication-flow" baseUrl="https://auth.example.com"
 * onRedirect={(e) => ...} />`: the executor's properties as props, its events as callbacks.
 */
export const AkFlowExecutor: ReactWebComponent<AkFlowExecutorElement, FlowEventProps> =
  createComponent({
    react: React,
    tagName: 'ak-flow-executor',
    elementClass: AkFlowExecutorElement,
    events,
    displayName: 'AkFlowExecutor',
  });

/** The props `<AkFlowExecutor>` takes (a `ref` gives the element itself). */
export type AkFlowExecutorProps = React.ComponentProps<typeof AkFlowExecutor>;

export type { AkFlowExecutorElement };
export type * from '../../components/flow-executor/events.js';
