// The npm entry: importing it defines <ak-flow-executor> and the stages in the main bundle.
export { AkFlowExecutor } from './components/flow-executor/ak-flow-executor.js';
export type {
  FlowChallengeDetail,
  FlowBeforeSubmitDetail,
  FlowSubmitDetail,
  FlowErrorDetail,
  FlowRedirectDetail,
  FlowEventMap,
} from './components/flow-executor/events.js';
export { navigator_ as redirectNavigator } from './components/flow-executor/navigation.js';
export { AkElement } from './components/base/ak-element.js';
export { StageElement } from './components/stages/kit/stage-element.js';
export type { StageConfig } from './components/stages/kit/stage-element.js';
export {
  StageSubmitEvent,
  StageRestartEvent,
  StageNavigateEvent,
} from './components/stages/kit/events.js';
export { STAGES } from './components/stages/kit/registry.js';
export type { StageLoader } from './components/stages/kit/registry.js';
export * from './src/api/index.js';
export * from './src/challenges.js';
export type * from './components/stages/flow-error/types.js';
export type * from './components/stages/access-denied/types.js';
export type * from './components/stages/redirect/types.js';
export type * from './components/stages/autosubmit/types.js';
export type * from './components/stages/shell/types.js';
export type * from './components/stages/frame/types.js';
export { safeNavigationUrl, safeImageUrl, isValidSlug } from './src/url.js';
