// The Python expression engine (server/expressions): authentik's expression environment running
// as CPython in Pyodide, in a worker thread. One engine for the whole file (Python starts once).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExpressionEngine, type RunResult } from '../../../server/expressions/engine.js';

// A generous limit: a 2-core CI machine running browsers can make a warm evaluation slow. The
// time-out test sets its own short limit on an expression that never ends.
const engine = new ExpressionEngine(60_000, 5_000);
after(() => engine.close());

const demo = {
  __ak_model__: 'user',
  pk: 1,
  username: 'demo',
  name: 'Demo User',
  email: 'demo@example.com',
  attributes: { settings: { locale: 'de' } },
  groups: [{ name: 'admins', attributes: { level: 3 } }],
  devices: [{ type: 'totp', name: 'phone' }],
  backend: 'authentik.core.auth.InbuiltBackend',
};
const other = { __ak_model__: 'user', pk: 2, username: 'other', email: 'o@example.com', name: '' };
const snapshot = {
  users: [demo, other],
  policies: {
    'is-demo': {
      model: 'x',
      expression: 'ak_message("checked")\nreturn request.user.username == "demo"',
    },
    'strong-passwords': { model: 'authentik_policies_password.passwordpolicy' },
  },
};
const http = {
  method: 'GET',
  path: '/api/v3/flows/executor/x/',
  query: { query: 'next=%2Fapp' },
  headers: { 'user-agent': 'test-agent' },
  host: 'localhost:9000',
  origin: 'http://localhost:9000',
  client_ip: '10.1.2.3',
};

/** An expression policy over a plan whose pending user is `demo`. */
function policy(expression: string, planContext: Record<string, unknown> = {}): Promise<RunResult> {
  return engine.run({
    kind: 'policy',
    name: 'test-policy',
    expression,
    snapshot,
    user: demo,
    http,
    flow_pk: 'flow-1',
    with_plan: true,
    plan_context: { pending_user: demo, ...planContext },
  });
}

describe('Python expression policies', () => {
  before(() => engine.start());

  test('a policy passes when it returns something truthy; ak_message adds messages', async () => {
    assert.deepEqual(
      { ...(await policy('return "yes"')), logs: undefined },
      { passing: true, messages: [], logs: undefined },
    );
    const denied = await policy('ak_message("Not today.")\nreturn None');
    assert.equal(denied.passing, false);
    assert.deepEqual(denied.messages, ['Not today.']);
  });

  test('request, context and the flow plan are what authentik passes', async () => {
    const checks = [
      'request.user.username == "demo"',
      'context is request.context',
      'request.context["flow_plan"].context["pending_user"].email == "demo@example.com"',
      'hasattr(request.context["flow_plan"].context.get("pending_user"), "backend")',
      'request.context["auth_method"] == "password"',
      'request.user.attributes["settings"]["locale"] == "de"',
      'request.http_request.GET.get("query") == "next=%2Fapp"',
      'request.http_request.META["HTTP_USER_AGENT"] == "test-agent"',
      'str(ak_client_ip) == "10.1.2.3"',
      'ak_is_sso_flow is False',
    ];
    for (const check of checks) {
      const result = await policy(`return ${check}`, { auth_method: 'password' });
      assert.equal(result.passing, true, `${check}: ${JSON.stringify(result)}`);
    }
  });

  test('the helpers: users, groups, devices, other policies, regex, lists, IPs', async () => {
    const checks = [
      'ak_user_by(username="other").email == "o@example.com"',
      'ak_user_by(username="nobody") is None',
      'ak_user_by(no_such_field="x") is None',
      'ak_user_by(email__iexact="DEMO@example.com").pk == 1',
      'ak_is_group_member(request.user, name="admins")',
      'not ak_is_group_member(request.user, name="staff")',
      'request.user.group_attributes["level"] == 3',
      'ak_user_has_authenticator(request.user)',
      'ak_user_has_authenticator(request.user, "totp")',
      'not ak_user_has_authenticator(request.user, "webauthn")',
      'not ak_user_has_authenticator(ak_user_by(username="other"))',
      'ak_call_policy("is-demo").passing and ak_call_policy("is-demo").messages == ("checked",)',
      'regex_match("user@corp.example", r"@corp\\.example$")',
      'regex_replace("a.b.c", r"\\.", "-") == "a-b-c"',
      'list_flatten(["x", "y"]) == "x" and list_flatten([]) is None and list_flatten("z") == "z"',
      'ip_address("10.1.2.3") in ip_network("10.0.0.0/8")',
      'slugify("Hello World!") == "hello-world"',
    ];
    for (const check of checks) {
      const result = await policy(`return ${check}`);
      assert.equal(result.passing, true, `${check}: ${JSON.stringify(result)}`);
    }
  });

  test('changes to the plan context come back; ak_logger lines too', async () => {
    const result = await policy(
      'ak_logger.info("setting", key="x")\n' +
        'request.context["flow_plan"].context["prompt_data"]["username"] = "from-policy"\n' +
        'return True',
      { prompt_data: { email: 'a@b.c' } },
    );
    assert.deepEqual(result.plan_changes, {
      prompt_data: { email: 'a@b.c', username: 'from-policy' },
    });
    assert.deepEqual(result.logs, [
      { level: 'info', logger: 'test-policy', event: 'setting', kw: { key: 'x' } },
    ]);
  });

  test('a syntax error is reported with its line, a runtime error with its type', async () => {
    const syntax = await policy('x = 1\nreturn x +');
    assert.equal(syntax.passing, undefined);
    assert.match(syntax.error ?? '', /^SyntaxError: .* \(line 2\)$/);
    const name = await policy('return undefined_name');
    assert.equal(name.error, "NameError: name 'undefined_name' is not defined");
  });

  test('the plain values stock blueprints import from authentik are there (user settings)', async () => {
    const result = await policy(
      [
        'from authentik.lib.config import CONFIG',
        'from authentik.core.models import USER_ATTRIBUTE_CHANGE_EMAIL',
        'attrs = request.user.group_attributes(request.http_request)',
        'return USER_ATTRIBUTE_CHANGE_EMAIL == "goauthentik.io/user/can-change-email" and ' +
          'CONFIG.get_bool("default_user_change_email", True) and isinstance(attrs, dict) and ' +
          'request.user.group_attributes is not None',
      ].join('\n'),
    );
    assert.equal(result.error, undefined);
    assert.equal(result.passing, true);
  });

  test('what cannot exist here fails with a clear message', async () => {
    assert.equal(
      (await policy('return requests.get("https://example.com").ok')).error,
      'NotAvailable: requests (HTTP from expressions) is not available on the reference flow server',
    );
    assert.match(
      (await policy('from authentik.core.models import User\nreturn True')).error ?? '',
      /^ImportError: authentik\.core\.models\.User cannot be imported on the reference flow server: authentik's models are not available/,
    );
    assert.match(
      (await policy('import authentik.flows.models\nreturn True')).error ?? '',
      /^ImportError: authentik\.flows cannot be imported on the reference flow server/,
    );
    // A non-expression policy is asked of the server; with nothing there to answer, it says so.
    assert.equal(
      (await policy('return ak_call_policy("strong-passwords").passing')).error,
      'NotAvailable: nothing on the server answers calls from this evaluation',
    );
  });

  test('ak_call_policy of a non-expression policy asks the server, synchronously for Python', async () => {
    const calls: unknown[] = [];
    const result = await engine.run(
      {
        kind: 'policy',
        name: 'caller',
        expression: [
          'r = ak_call_policy("strong-passwords", password="hunter2")',
          'ak_message(f"{r.passing} {list(r.messages)}")',
          'return r.passing',
        ].join('\n'),
        snapshot,
        user: demo,
        http,
        flow_pk: 'flow-1',
        with_plan: true,
        plan_context: { pending_user: demo, prompt_data: { username: 'demo' } },
      },
      undefined,
      async (request) => {
        calls.push(request);
        return { passing: false, messages: ['Password too short.'] };
      },
    );
    assert.equal(result.error, undefined);
    assert.equal(result.passing, false);
    assert.deepEqual(result.messages, ["False ['Password too short.']"]);
    const call = calls[0] as Record<string, Record<string, unknown>>;
    assert.equal(calls.length, 1);
    assert.equal(call.name as unknown, 'strong-passwords');
    assert.equal(call.user!.username, 'demo');
    assert.equal(call.client_ip as unknown, '10.1.2.3');
    // The request context with the call's keyword arguments, as authentik's PolicyProcess gets it.
    assert.equal(call.context!.password, 'hunter2');
    assert.deepEqual(call.context!.prompt_data, { username: 'demo' });

    // The server's error comes back as NotAvailable; the engine goes on.
    const refused = await engine.run(
      {
        kind: 'policy',
        name: 'caller',
        expression: 'return ak_call_policy("strong-passwords")',
        snapshot,
      },
      undefined,
      async () => ({ error: 'no such thing here' }),
    );
    assert.equal(refused.error, 'NotAvailable: no such thing here');
  });

  test('a call the server never answers is stopped at the time limit', async () => {
    const stopped = await engine.run(
      {
        kind: 'policy',
        name: 'waits',
        expression: 'return ak_call_policy("strong-passwords")',
        snapshot,
      },
      300,
      () => new Promise(() => {}),
    );
    assert.equal(
      stopped.error,
      'TimeoutError: the expression ran longer than 300 ms and was stopped',
    );
    assert.equal((await policy('return 1 + 1 == 2')).passing, true);
  });

  test('a runaway expression is stopped at the time limit, and the engine goes on', async () => {
    const stopped = await engine.run(
      { kind: 'policy', name: 'loop', expression: 'while True:\n    pass' },
      300,
    );
    assert.equal(
      stopped.error,
      'TimeoutError: the expression ran longer than 300 ms and was stopped',
    );
    assert.equal((await policy('return 1 + 1 == 2')).passing, true);
  });
});

describe('prompt expressions (PropertyMappingEvaluator)', () => {
  test('user, request and prompt_context are there; lists come back as items', async () => {
    const result = await engine.run({
      kind: 'property',
      name: 'field',
      expression: 'return [user.username, prompt_context["email"], request.user.email]',
      user: demo,
      prompt_context: { email: 'typed@example.com' },
    });
    assert.deepEqual(result.items, ['demo', 'typed@example.com', 'demo@example.com']);
    assert.equal(result.text, "['demo', 'typed@example.com', 'demo@example.com']");
    const text = await engine.run({
      kind: 'property',
      name: 'f',
      expression: 'return 42',
      user: demo,
    });
    assert.equal(text.text, '42');
  });
});

describe('engine start', () => {
  // Timing budgets (ready within 10 s, p95 of a warm evaluation) are measured by `npm run bench`
  // (bench/expressions.ts), never asserted by a timed test.
  test('an engine starts only when asked: evaluations on another engine do not start it', async () => {
    const idle = new ExpressionEngine();
    try {
      for (let i = 0; i < 5; i++) {
        assert.equal((await policy('return request.user.username == "demo"')).passing, true);
      }
      assert.equal(idle.started, false);
    } finally {
      await idle.close();
    }
  });
});
