// Third-party scripts a stage needs (captcha providers, social login SDKs): each URL is loaded
// once per page, after a scheme check, through a Trusted Types policy so the widget keeps working
// under `require-trusted-types-for 'script'` (allow the policy name `ak-flow-script`).
import { safeScriptUrl } from '../../../src/script-url.js';

export type ScriptFailure = 'unsafe-url' | 'load-error' | 'timeout';

export class ScriptError extends Error {
  constructor(
    readonly reason: ScriptFailure,
    readonly url: string,
  ) {
    super(`script ${reason}: ${url}`);
  }
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

let policy: { createScriptURL(url: string): unknown } | null | undefined;

/** A TrustedScriptURL where Trusted Types exist; the string (already checked) elsewhere. */
function trusted(url: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = tt?.createPolicy('ak-flow-script', { createScriptURL: (u) => u }) ?? null;
    } catch {
      policy = null; // the page's CSP does not allow the name: the assignment below then fails
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}

const loads = new Map<string, Promise<void>>();

/**
 * Loads `url` (checked with `safeScriptUrl` against `base`) once per page; a failed or timed-out
 * load is forgotten so that a retry loads it again. `attrs` are set on the element (data-*).
 */
export function loadScript(
  url: unknown,
  base: string,
  {
    timeout = 15000,
    attrs = {} as Record<string, string>,
    once = true,
    parent = document.head,
  } = {},
): Promise<void> {
  const safe = safeScriptUrl(url, base);
  if (!safe) return Promise.reject(new ScriptError('unsafe-url', String(url)));
  const known = once ? loads.get(safe) : undefined;
  if (known) return known;
  const script = document.createElement('script');
  const loading = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail('timeout'), timeout);
    const fail = (reason: ScriptFailure) => {
      clearTimeout(timer);
      script.remove();
      if (loads.get(safe) === loading) loads.delete(safe);
      reject(new ScriptError(reason, safe));
    };
    script.addEventListener('load', () => {
      clearTimeout(timer);
      resolve();
    });
    script.addEventListener('error', () => fail('load-error'));
  });
  if (once) loads.set(safe, loading);
  for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v);
  script.async = true;
  (script as { src: unknown }).src = trusted(safe);
  parent.append(script);
  return loading;
}
