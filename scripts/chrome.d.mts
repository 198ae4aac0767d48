/** Types for scripts/chrome.mjs, which the TypeScript tests and the benchmark import. */
export declare const CHROME_ARGS: string[];
export declare function findChrome(): string | undefined;
export declare function ensureChrome(): string;
