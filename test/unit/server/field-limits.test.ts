// Field lengths as authentik's user columns have them (username 150, email 254), said at the
// prompt field in DRF's words; form bodies capped at Django's 1,000 fields. The server answers on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { USER_FIELD_MAX_LENGTH, MAX_FORM_FIELDS } from '../../../server/flow/field-limits.js';
import { Client, STRONG_PASSWORD, uniqueName } from './helpers.js';

async function enrollWith(client: Client, fields: Record<string, string>) {
  const username = uniqueName('long');
  await client.get('demo-enrollment');
  return client.post('demo-enrollment', {
    component: 'ak-stage-prompt',
    username,
    name: 'Long Person',
    email: `${username}@example.com`,
    password: STRONG_PASSWORD,
    password_repeat: STRONG_PASSWORD,
    ...fields,
  });
}

for (const [key, max] of Object.entries(USER_FIELD_MAX_LENGTH)) {
  test(`the ${key} over ${max} characters is a field error; at ${max} it is accepted`, async () => {
    const client = new Client();
    const at = key === 'email' ? `${'a'.repeat(max - 12)}@example.com` : 'u'.repeat(max);
    const over = key === 'email' ? `a${at}` : `${at}u`;
    const refused = await enrollWith(client, { [key]: over });
    assert.equal(refused.status, 200);
    assert.equal(refused.body.component, 'ak-stage-prompt');
    assert.deepEqual((refused.body.response_errors as Record<string, unknown>)[key], [
      { string: `Ensure this field has no more than ${max} characters.`, code: 'max_length' },
    ]);
    const users = client.app.state.users;
    assert.equal(
      users.all().some((u) => (u as unknown as Record<string, string>)[key] === over),
      false,
      'nothing written',
    );
    // The same session goes on with a value that fits.
    const accepted = await client.post('demo-enrollment', {
      component: 'ak-stage-prompt',
      username: key === 'username' ? at : uniqueName('fits'),
      name: 'Long Person',
      email: key === 'email' ? at : `${uniqueName('fits')}@example.com`,
      password: STRONG_PASSWORD,
      password_repeat: STRONG_PASSWORD,
    });
    assert.equal(accepted.body.response_errors, undefined);
    assert.notEqual(accepted.body.component, 'ak-stage-prompt');
    assert.ok(users.all().some((u) => (u as unknown as Record<string, string>)[key] === at));
  });
}

test(`a form body over ${MAX_FORM_FIELDS} fields is refused with 400 as Django does`, async () => {
  const client = new Client();
  await client.get('demo-login');
  const form = new URLSearchParams({ component: 'ak-stage-identification', uid_field: 'demo' });
  for (let i = 0; i < MAX_FORM_FIELDS; i++) form.set(`f${i}`, 'x');
  const response = await client.raw(client.executorPath('demo-login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form.toString(),
    redirect: 'manual',
  });
  assert.equal(response.status, 400);
  assert.match(
    ((await response.json()) as { detail: string }).detail,
    /DATA_UPLOAD_MAX_NUMBER_FIELDS/,
  );
  assert.equal((await client.get('demo-login')).component, 'ak-stage-identification');
});

test('a form body within the limit is read', async () => {
  const client = new Client();
  await client.get('demo-login');
  const form = new URLSearchParams({ component: 'ak-stage-identification', uid_field: 'demo' });
  const response = await client.raw(client.executorPath('demo-login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form.toString(),
    redirect: 'manual',
  });
  assert.equal(response.status, 302);
  assert.equal((await client.get('demo-login')).component, 'ak-stage-password');
});
