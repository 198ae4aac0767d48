export { FlowClient, readCsrfToken, DEFAULT_API_PATH, DEFAULT_TIMEOUT } from './client.js';
export type { FlowClientOptions } from './client.js';
export { FlowError, isAbortError } from './errors.js';
export type { FlowErrorKind } from './errors.js';
