// `npx ak-flow doctor --authentik https://auth.example.com --origin https://app.example.com`:
// checks what breaks an embed of <ak-flow-executor> and prints what to change. Exit code 1 when
// something is broken, 2 on bad arguments. Node 20+, no dependencies.
import { parseArgs } from 'node:util';
import { runDoctor, snippets } from './checks.js';
import type { Check, DoctorOptions } from './checks.js';

const USAGE = `Usage: ak-flow doctor --authentik <url> --origin <url> [options]

Checks what breaks an embed of <ak-flow-executor> on the page's origin and prints what to change.

  --authentik <url>   where authentik is (the widget's base-url), e.g. https://auth.example.com
  --origin <url>      the origin of the page that embeds the widget, e.g. https://app.example.com
  --slug <slug>       the flow (default: default-authentication-flow)
  --api-path <path>   the API prefix (default: /api/v3)
  --page <path|url>   the page whose Content-Security-Policy to read (default: / on --origin)
  --rp-id <domain>    the WebAuthn relying-party id of your WebAuthn stages, if set
  --script <url>      where the page loads ak-flow.js, to list the modules to preload with it
  --timeout <ms>      per request (default: 10000)
  --json              print the checks as JSON

Exit code: 0 nothing broken, 1 something broken, 2 bad arguments.`;

const MARK: Record<Check['status'], string> = {
  ok: 'ok  ',
  fail: 'FAIL',
  warn: 'warn',
  info: 'info',
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'doctor') {
    console.log(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        authentik: { type: 'string' },
        origin: { type: 'string' },
        slug: { type: 'string', default: 'default-authentication-flow' },
        'api-path': { type: 'string', default: '/api/v3' },
        page: { type: 'string', default: '/' },
        'rp-id': { type: 'string' },
        script: { type: 'string' },
        timeout: { type: 'string', default: '10000' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const valid = (u?: string) => {
    try {
      return !!u && /^https?:$/.test(new URL(u).protocol);
    } catch {
      return false;
    }
  };
  if (!valid(values.authentik) || !valid(values.origin)) {
    console.error(`--authentik and --origin must be http(s) URLs.\n\n${USAGE}`);
    return 2;
  }
  if (values.script !== undefined && !valid(values.script)) {
    console.error(`--script must be an http(s) URL.\n\n${USAGE}`);
    return 2;
  }
  const options: DoctorOptions = {
    authentik: values.authentik!,
    origin: values.origin!,
    slug: values.slug!,
    apiPath: '/' + values['api-path']!.replace(/^\/+|\/+$/g, ''),
    page: values.page!,
    rpId: values['rp-id'],
    script: values.script,
    timeout: Number(values.timeout) || 10000,
  };
  const checks = await runDoctor(options);
  const broken = checks.filter((c) => c.status === 'fail');
  if (values.json) {
    console.log(JSON.stringify({ ok: broken.length === 0, checks }, null, 2));
    return broken.length ? 1 : 0;
  }
  const lines = [
    `ak-flow doctor: a page on ${new URL(options.origin).origin} embedding ${options.authentik} ` +
      `(flow ${options.slug})`,
    '',
  ];
  for (const c of checks) {
    lines.push(`${MARK[c.status]}  ${c.title}: ${c.found}`);
    for (const fix of c.fix) lines.push(`      -> ${fix}`);
  }
  const proxy = snippets(options, checks);
  if (proxy) lines.push('', 'For the reverse proxy in front of authentik:', '', proxy);
  const preload = checks.find((c) => c.id === 'preload')?.snippet;
  if (preload) {
    lines.push(
      '',
      'For the page, ahead of the widget, so that its first stage is two round trips away:',
      '',
    );
    lines.push(...preload);
  }
  lines.push(
    '',
    broken.length
      ? `${broken.length} broken: ${broken.map((c) => c.title).join(', ')}.`
      : 'Nothing broken.',
  );
  console.log(lines.join('\n'));
  return broken.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
