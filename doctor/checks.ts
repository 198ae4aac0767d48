// The embed doctor's checks: what breaks `<ak-flow-executor>` on a page at `origin` talking to
// authentik at `authentik`, found over real HTTP the way the browser will meet it, each with what to
// change. Node only (fetch); no dependency beyond the repository's own `src/site.ts`.
import { sameSite } from '../src/site.js';

export interface DoctorOptions {
  /** Where authentik is, e.g. `https://auth.example.com`. */
  authentik: string;
  /** The page's origin, e.g. `https://app.example.com`. */
  origin: string;
  /** The flow the page runs. */
  slug: string;
  apiPath: string;
  /** The page to read the CSP of (a path under `origin` or a URL); `/` by default. */
  page: string;
  /** The WebAuthn relying-party id authentik uses; by default its passkey challenge's or host. */
  rpId?: string;
  /** Where the page loads the widget's script (`.../ak-flow.js`), for its module preloads. */
  script?: string;
  fetch?: typeof fetch;
  /** Milliseconds per request. */
  timeout: number;
}

export type Status = 'ok' | 'fail' | 'warn' | 'info';

export interface Check {
  id:
    | 'flow'
    | 'cors-preflight'
    | 'cors-credentials'
    | 'cookies'
    | 'csrf'
    | 'webauthn'
    | 'csp'
    | 'preload';
  title: string;
  status: Status;
  /** What was found. */
  found: string;
  /** What to change (empty when nothing). */
  fix: string[];
  /** Lines to put in the page (the preload check's links). */
  snippet?: string[];
}

export const SESSION_COOKIE = 'authentik_session';
export const CSRF_COOKIE = 'authentik_csrf';
/** The request headers the widget sends that CORS must allow (Accept-Language is safelisted). */
const NEEDED_HEADERS = ['content-type', 'x-authentik-csrf'];

interface Cookie {
  name: string;
  attrs: Map<string, string>;
}

function parseCookie(header: string): Cookie {
  const [pair, ...rest] = header.split(';');
  const attrs = new Map<string, string>();
  for (const part of rest) {
    const [k, ...v] = part.trim().split('=');
    if (k) attrs.set(k.toLowerCase(), v.join('=').trim());
  }
  return { name: pair.split('=')[0].trim(), attrs };
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** Whether a CSP source list lets a page load from `target` (origin). */
export function cspAllows(sources: string[], target: URL, self: URL): boolean {
  return sources.some((raw) => {
    const s = raw.toLowerCase();
    if (s === '*') return target.protocol === 'https:' || target.protocol === 'http:';
    if (s === "'self'") return target.origin === self.origin;
    if (/^[a-z][a-z0-9+.-]*:$/.test(s)) return target.protocol === s;
    const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?/.exec(s);
    if (!m || s.startsWith("'")) return false;
    const [, scheme, wildcard, host, port] = m;
    if (scheme && scheme + ':' !== target.protocol) return false;
    if (!scheme && target.protocol !== self.protocol && target.protocol !== 'https:') return false;
    const hostOk = wildcard ? target.hostname.endsWith('.' + host) : target.hostname === host;
    const defaultPort = target.protocol === 'https:' ? '443' : '80';
    const portOk = port === '*' || (port ?? defaultPort) === (target.port || defaultPort);
    return hostOk && portOk;
  });
}

function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export async function runDoctor(o: DoctorOptions): Promise<Check[]> {
  const doFetch = o.fetch ?? fetch;
  const authentik = new URL(o.authentik);
  const origin = new URL(o.origin).origin;
  const page = new URL(o.page, origin);
  const crossOrigin = authentik.origin !== origin;
  const sameSiteEmbed = sameSite(origin, authentik);
  const api = authentik.origin + authentik.pathname.replace(/\/+$/, '') + o.apiPath;
  const executor = `${api}/flows/executor/${encodeURIComponent(o.slug)}/?query=`;
  const timeout = () => AbortSignal.timeout(o.timeout);
  const checks: Check[] = [];

  // 1. The flow answers (as the browser asks: with the page's Origin).
  let challenge: Record<string, unknown> | undefined;
  let answer: Response | undefined;
  try {
    answer = await doFetch(executor, {
      headers: { Accept: 'application/json', Origin: origin },
      redirect: 'follow',
      signal: timeout(),
    });
    const type = answer.headers.get('content-type') ?? '';
    const text = await answer.text();
    if (answer.ok && /json/.test(type)) challenge = JSON.parse(text) as Record<string, unknown>;
    const component = typeof challenge?.component === 'string' ? challenge.component : undefined;
    checks.push(
      component
        ? {
            id: 'flow',
            title: 'The flow answers',
            status: 'ok',
            found: `GET ${executor} answered ${answer.status} with ${component}.`,
            fix: [],
          }
        : {
            id: 'flow',
            title: 'The flow answers',
            status: 'fail',
            found: `GET ${executor} answered ${answer.status} ${type || 'without a content type'}${
              answer.status === 404 ? ' (no flow with this slug?)' : ''
            }, not a challenge.`,
            fix: [
              `Check --authentik (${authentik.origin}), --api-path (${o.apiPath}) and --slug (${o.slug}).`,
              'A proxy must pass /api/v3/ to authentik unchanged (no login wall, no HTML error page).',
            ],
          },
    );
  } catch (err) {
    checks.push({
      id: 'flow',
      title: 'The flow answers',
      status: 'fail',
      found: `GET ${executor} failed: ${(err as Error).cause ?? (err as Error).message}.`,
      fix: [`Make ${authentik.origin} reachable from the browsers that load ${origin}.`],
    });
  }

  // 2. CORS: the preflight of the widget's POST, and the credentials on the answers.
  if (!crossOrigin) {
    checks.push({
      id: 'cors-preflight',
      title: 'CORS',
      status: 'ok',
      found: 'The page and authentik share one origin: no CORS needed.',
      fix: [],
    });
  } else {
    try {
      const pre = await doFetch(executor, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'accept-language,content-type,x-authentik-csrf',
        },
        signal: timeout(),
      });
      const allowOrigin = pre.headers.get('access-control-allow-origin');
      const allowHeaders = list(pre.headers.get('access-control-allow-headers'));
      const problems: string[] = [];
      if (!pre.ok) problems.push(`it answered HTTP ${pre.status}`);
      if (allowOrigin !== origin) {
        problems.push(
          allowOrigin
            ? `Access-Control-Allow-Origin is "${allowOrigin}", not ${origin}` +
                (allowOrigin === '*' ? ' ("*" is refused with credentials)' : '')
            : 'there is no Access-Control-Allow-Origin',
        );
      }
      if (pre.headers.get('access-control-allow-credentials') !== 'true') {
        problems.push('Access-Control-Allow-Credentials is not "true"');
      }
      const missing = NEEDED_HEADERS.filter((h) => !allowHeaders.includes(h));
      if (missing.length) problems.push(`Access-Control-Allow-Headers lacks ${missing.join(', ')}`);
      checks.push({
        id: 'cors-preflight',
        title: 'CORS preflight',
        status: problems.length ? 'fail' : 'ok',
        found: problems.length
          ? `OPTIONS ${executor} from ${origin}: ${problems.join('; ')}.`
          : `OPTIONS allows ${origin} with credentials and the widget's headers.`,
        fix: problems.length
          ? [
              `Answer OPTIONS on ${authentik.origin}${o.apiPath}/ for ${origin} with credentials ` +
                '(see the nginx and Caddy snippets below).',
            ]
          : [],
      });
    } catch (err) {
      checks.push({
        id: 'cors-preflight',
        title: 'CORS preflight',
        status: 'fail',
        found: `OPTIONS ${executor} failed: ${(err as Error).message}.`,
        fix: ['Let OPTIONS requests through to (or answer them in front of) authentik.'],
      });
    }
    if (answer) {
      const allowOrigin = answer.headers.get('access-control-allow-origin');
      const credentials = answer.headers.get('access-control-allow-credentials') === 'true';
      const ok = allowOrigin === origin && credentials;
      checks.push({
        id: 'cors-credentials',
        title: 'CORS on the answers',
        status: ok ? 'ok' : 'fail',
        found: ok
          ? `GET answers carry Access-Control-Allow-Origin: ${origin} and credentials.`
          : `GET answers carry Access-Control-Allow-Origin: ${allowOrigin ?? '(none)'}, ` +
            `Access-Control-Allow-Credentials: ${credentials ? 'true' : '(not true)'}: the browser ` +
            'hides them from the widget.',
        fix: ok
          ? []
          : [
              `Add Access-Control-Allow-Origin: ${origin}, Access-Control-Allow-Credentials: true ` +
                'and Vary: Origin to every /api/v3/ answer (see the snippets below).',
            ],
      });
    }
  }

  // 3. Cookies: same site or cross site decides whether SameSite=Lax cookies travel.
  const cookies = (answer?.headers.getSetCookie?.() ?? []).map(parseCookie);
  const session = cookies.find((c) => c.name === SESSION_COOKIE);
  const csrf = cookies.find((c) => c.name === CSRF_COOKIE);
  if (!crossOrigin || sameSiteEmbed) {
    checks.push({
      id: 'cookies',
      title: 'Cookies',
      status: 'ok',
      found: crossOrigin
        ? `${origin} and ${authentik.origin} are the same site: SameSite=Lax cookies are sent.`
        : 'Same origin: the session cookie is sent as on authentik itself.',
      fix: [],
    });
  } else {
    const sameSiteAttr = session?.attrs.get('samesite')?.toLowerCase();
    const secure = session?.attrs.has('secure') ?? false;
    const cookieOk = session && sameSiteAttr === 'none' && secure;
    const https = authentik.protocol === 'https:';
    checks.push({
      id: 'cookies',
      title: 'Cookies (cross-site)',
      status: cookieOk && https ? 'warn' : 'fail',
      found:
        `${origin} and ${authentik.origin} are different sites: the browser sends authentik's ` +
        'session cookie only if it is SameSite=None; Secure (over https), and browsers that block ' +
        'third-party cookies (Safari, Firefox, Chrome by choice) drop it anyway. ' +
        (session
          ? `${SESSION_COOKIE} is ${session.attrs.get('samesite') ? `SameSite=${session.attrs.get('samesite')}` : 'without SameSite (Lax)'}${secure ? '; Secure' : ', not Secure'}.`
          : `No ${SESSION_COOKIE} cookie was set on the first answer.`),
      fix: [
        `Best: serve authentik on the page's site (e.g. auth.${siteHost(origin)}), so Lax cookies work.`,
        ...(cookieOk && https
          ? []
          : [
              `Else make ${SESSION_COOKIE} SameSite=None; Secure over https (proxy: see the snippets below).`,
            ]),
      ],
    });
  }

  // 4. CSRF: POSTs of a logged-in session need the authentik_csrf cookie in a header; the page
  // can read that cookie only if its domain covers the page's host.
  {
    const pageHost = new URL(origin).hostname;
    const domain = csrf?.attrs.get('domain')?.replace(/^\./, '');
    const readable =
      !crossOrigin ||
      pageHost === authentik.hostname ||
      (!!domain && (pageHost === domain || pageHost.endsWith('.' + domain)));
    checks.push({
      id: 'csrf',
      title: 'CSRF after login',
      status: readable ? 'ok' : 'warn',
      found: readable
        ? `The page can read ${CSRF_COOKIE} and send it as X-authentik-CSRF.`
        : `${origin} cannot read ${CSRF_COOKIE} (set for ${domain ?? authentik.hostname}): logging in ` +
          'works, but POSTs of a session that is already logged in (consent, MFA setup, password ' +
          'change) are refused.',
      fix: readable
        ? []
        : sameSiteEmbed
          ? [
              `Give authentik's cookies the shared domain (Domain=${siteHost(origin)}, authentik's ` +
                `cookie domain setting) and trust ${origin} for CSRF (Django CSRF_TRUSTED_ORIGINS).`,
            ]
          : [
              'Serve authentik on the same site as the page (a shared cookie domain) for those flows.',
            ],
    });
  }

  // 5. WebAuthn: the relying-party id must be the page's host or a parent domain of it.
  {
    const passkey = challenge?.passkey_challenge as { rpId?: string } | null | undefined;
    const rpId = o.rpId ?? passkey?.rpId ?? authentik.hostname;
    const host = new URL(origin).hostname;
    const matches = host === rpId || host.endsWith('.' + rpId);
    let related = false;
    if (!matches) {
      try {
        const res = await doFetch(`https://${rpId}/.well-known/webauthn`, { signal: timeout() });
        const body = (await res.json()) as { origins?: unknown };
        related = Array.isArray(body.origins) && body.origins.includes(origin);
      } catch {
        related = false;
      }
    }
    const source = o.rpId
      ? '--rp-id'
      : passkey?.rpId
        ? "the flow's passkey challenge"
        : "authentik's host";
    checks.push({
      id: 'webauthn',
      title: 'Passkeys (WebAuthn relying party)',
      status: matches ? 'ok' : related ? 'warn' : o.rpId || passkey ? 'fail' : 'warn',
      found: matches
        ? `The relying-party id ${rpId} (from ${source}) covers ${host}.`
        : related
          ? `The relying-party id ${rpId} does not cover ${host}, but https://${rpId}/.well-known/webauthn lists ${origin} (related origins: Chrome 128+, Safari 18+ only).`
          : `The relying-party id ${rpId} (from ${source}) does not cover ${host}: passkeys and security keys fail on this page.`,
      fix: matches
        ? []
        : [
            `Set the WebAuthn stages' RP ID to ${siteHost(origin)} (a domain both hosts share), or ` +
              `list ${origin} in https://${rpId}/.well-known/webauthn ({"origins": [...]}).`,
          ],
    });
  }

  // 6. CSP: what the page must allow, against what it sends.
  {
    const needed = new Map<string, string[]>([
      ['connect-src', crossOrigin ? [authentik.origin] : ["'self'"]],
      ['img-src', [crossOrigin ? authentik.origin : "'self'", 'data:']],
    ]);
    const neededText = [
      ...[...needed].map(([d, s]) => `${d} ${s.join(' ')}`),
      `frame-src ${authentik.origin} (frame layouts, only if used)`,
      "script-src: where ak-flow.js is served from (no 'unsafe-inline' or 'unsafe-eval' needed)",
      'trusted-types (if restricted): lit-html dompurify ak-flow-script',
    ];
    let header: string | null = null;
    let reached = false;
    try {
      const res = await doFetch(page, { signal: timeout() });
      reached = true;
      header = res.headers.get('content-security-policy');
      await res.body?.cancel();
    } catch {
      reached = false;
    }
    const problems: string[] = [];
    if (header) {
      const csp = parseCsp(header);
      const self = new URL(origin);
      for (const [directive] of needed) {
        const sources = csp.get(directive) ?? csp.get('default-src');
        if (sources && !cspAllows(sources, authentik, self)) {
          problems.push(`${directive} does not allow ${authentik.origin}`);
        }
      }
      const tt = csp.get('trusted-types');
      if (tt && !tt.includes("'none'")) {
        const missing = ['lit-html', 'dompurify'].filter(
          (n) => !tt.includes(n) && !tt.includes('*'),
        );
        if (missing.length) problems.push(`trusted-types lacks ${missing.join(', ')}`);
      }
    }
    checks.push({
      id: 'csp',
      title: 'Content-Security-Policy of the page',
      status: problems.length ? 'fail' : reached ? 'ok' : 'info',
      found: problems.length
        ? `${page.href} sends a CSP where ${problems.join('; ')}.`
        : header
          ? `${page.href} sends a CSP that allows the widget's requests.`
          : reached
            ? `${page.href} sends no CSP. If you add one, it needs: ${neededText.join('; ')}.`
            : `${page.href} could not be read; the page's CSP needs: ${neededText.join('; ')}.`,
      fix: problems.length ? [`The page's CSP needs: ${neededText.join('; ')}.`] : [],
    });
  }
  if (challenge && typeof challenge.component === 'string') {
    checks.push(await preloads(o, challenge.component, executor, api, crossOrigin, doFetch));
  }
  return checks;
}

/**
 * The links that put the first stage two round trips away (the page, then all of these beside the
 * script): the widget's first requests, which it then takes from the preloads, and, given the
 * script's URL, the modules it would otherwise ask for only once it runs: the challenge checks and,
 * when the first stage is not in the script, that stage's chunks from the build's
 * `stage-chunks.json` beside it.
 */
async function preloads(
  o: DoctorOptions,
  component: string,
  executor: string,
  api: string,
  crossOrigin: boolean,
  doFetch: typeof fetch,
): Promise<Check> {
  // The widget's credentials mode: `include` toward another origin, `same-origin` on its own.
  const cors = crossOrigin ? 'crossorigin="use-credentials"' : 'crossorigin';
  const snippet = [
    `<!-- The executor URL is the widget's own: ?query= then the page's query string, URL-encoded. -->`,
    `<link rel="preload" as="fetch" ${cors} href="${executor}">`,
    `<link rel="preload" as="fetch" ${cors} href="${api}/flows/instances/${encodeURIComponent(o.slug)}/">`,
  ];
  const check: Check = {
    id: 'preload',
    title: 'Preloads for the first stage',
    status: 'info',
    found: '',
    fix: [],
    snippet,
  };
  if (!o.script) {
    check.found =
      `The first stage is ${component}. Give --script <the URL of ak-flow.js> to list the ` +
      'modules to preload with it too.';
    return check;
  }
  const script = new URL(o.script);
  const module = (file: string) => `<link rel="modulepreload" href="${new URL(file, script)}">`;
  snippet.push(module('chunks/validate.js'));
  let table: Record<string, unknown> | undefined;
  try {
    const answer = await doFetch(new URL('stage-chunks.json', script), {
      signal: AbortSignal.timeout(o.timeout),
    });
    const parsed: unknown = answer.ok ? await answer.json() : undefined;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      table = parsed as Record<string, unknown>;
    }
  } catch {
    table = undefined;
  }
  const files = (tag: string) => {
    const listed = table && Object.hasOwn(table, tag) ? table[tag] : undefined;
    return Array.isArray(listed) ? listed.filter((f): f is string => typeof f === 'string') : [];
  };
  const stage = files(component);
  snippet.push(...stage.map(module));
  const control = files('ak-password-policy-input').filter((f) => !stage.includes(f));
  if (component === 'ak-stage-prompt' && control.length) {
    snippet.push(
      '<!-- With password-policy set, the policy control too: -->',
      ...control.map(module),
    );
  }
  snippet.push(
    '<!-- With the brand attribute, its element and answer too: -->',
    module('chunks/brand.js'),
    `<link rel="preload" as="fetch" ${cors} href="${api}/core/brands/current/">`,
    `<script type="module" src="${script}"></script>`,
  );
  check.found = !table
    ? `The first stage is ${component}; ${new URL('stage-chunks.json', script)} could not be read ` +
      '(a build older than it?), so its chunks are not listed.'
    : stage.length
      ? `The first stage is ${component}, a chunk of its own: preload it with the script.`
      : `The first stage is ${component}, in the script itself.`;
  return check;
}

/** The page's registrable domain, for suggestions (`app.example.com` → `example.com`). */
function siteHost(origin: string): string {
  const host = new URL(origin).hostname;
  const labels = host.split('.');
  return labels.length > 2 ? labels.slice(-2).join('.') : host;
}

/** nginx and Caddy snippets for what failed, for the proxy in front of authentik. */
export function snippets(o: DoctorOptions, checks: Check[]): string {
  const failed = (id: Check['id']) => checks.some((c) => c.id === id && c.status === 'fail');
  const cors = failed('cors-preflight') || failed('cors-credentials');
  const cookies = failed('cookies');
  if (!cors && !cookies) return '';
  const origin = new URL(o.origin).origin;
  const host = new URL(o.authentik).host;
  const path = o.apiPath.replace(/\/+$/, '');
  const nginx = [
    `# nginx, in the server block of ${host}`,
    `location ${path}/ {`,
    ...(cors
      ? [
          '    if ($request_method = OPTIONS) {',
          `        add_header Access-Control-Allow-Origin "${origin}" always;`,
          '        add_header Access-Control-Allow-Credentials "true" always;',
          '        add_header Access-Control-Allow-Methods "GET, POST, OPTIONS" always;',
          '        add_header Access-Control-Allow-Headers "Accept, Accept-Language, Content-Type, X-authentik-CSRF" always;',
          '        add_header Access-Control-Max-Age 600 always;',
          '        add_header Vary Origin always;',
          '        return 204;',
          '    }',
          `    add_header Access-Control-Allow-Origin "${origin}" always;`,
          '    add_header Access-Control-Allow-Credentials "true" always;',
          '    add_header Vary Origin always;',
        ]
      : []),
    ...(cookies
      ? [`    proxy_cookie_flags ${SESSION_COOKIE} secure samesite=none;  # nginx >= 1.19.3`]
      : []),
    '    proxy_pass http://authentik;  # your authentik upstream',
    '}',
  ];
  const caddy = [
    `# Caddy (Caddyfile)`,
    `${host} {`,
    ...(cors
      ? [
          '    @preflight {',
          '        method OPTIONS',
          `        header Origin ${origin}`,
          `        path ${path}/*`,
          '    }',
          '    handle @preflight {',
          `        header Access-Control-Allow-Origin "${origin}"`,
          '        header Access-Control-Allow-Credentials "true"',
          '        header Access-Control-Allow-Methods "GET, POST, OPTIONS"',
          '        header Access-Control-Allow-Headers "Accept, Accept-Language, Content-Type, X-authentik-CSRF"',
          '        header Access-Control-Max-Age "600"',
          '        header Vary Origin',
          '        respond 204',
          '    }',
          '    @cors {',
          `        header Origin ${origin}`,
          `        path ${path}/*`,
          '    }',
          `    header @cors Access-Control-Allow-Origin "${origin}"`,
          '    header @cors Access-Control-Allow-Credentials "true"',
          '    header @cors Vary Origin',
        ]
      : []),
    '    reverse_proxy authentik:9000 {  # your authentik upstream',
    ...(cookies ? ['        header_down Set-Cookie "SameSite=Lax" "SameSite=None; Secure"'] : []),
    '    }',
    '}',
  ];
  return [...nginx, '', ...caddy].join('\n');
}
