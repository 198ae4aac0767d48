// The npm entry: importing it defines <ak-flow-executor> and the stages in the main bundle.
export { AkFlowExecutor } from './components/flow-executor/ak-flow-executor.js';
export { StageElement } from './components/stages/base.js';
export { AkElement } from './components/base/ak-element.js';
export { StageSubmitEvent, StageActionEvent } from './components/stages/events.js';
export type {
  FlowChallengeDetail,
  FlowSubmitDetail,
  FlowErrorDetail,
  FlowRedirectDetail,
  FlowEventMap,
} from './components/stages/events.js';
export { STAGES } from './components/stages/registry.js';
export type { StageEntry } from './components/stages/registry.js';
export { navigator_ as redirectNavigator } from './components/stages/redirect/xak-flow-redirect.js';
export * from './src/api/index.js';
export * from './src/challenges.js';
export { safeNavigationUrl, safeImageUrl, isValidSlug } from './src/url.js';
