// Every fixture challenge in test/fixtures/challenges/ must be valid against the schema component
// authentik's OpenAPI schema (@goauthentik/api schema.yml) names for its `component`, and must
// use only keys the schema knows: a misspelt field fails here, not in production.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@goauthentik/api/schema.yml');
const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'challenges');

/** OpenAPI 3.0 `nullable: true` → JSON Schema: the same schema, or null. */
function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k !== 'nullable' && k !== 'discriminator') out[k] = convert(v);
  }
  if ((node as Json).nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

const openapi = parse(readFileSync(schemaPath, 'utf8')) as {
  components: { schemas: Record<string, Json> };
};
const schemas = openapi.components.schemas;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'authentik', components: { schemas: convert(schemas) } });

/** The `*Challenge` schema whose `component` defaults to `component`. */
function schemaNameFor(component: string): string | undefined {
  return Object.keys(schemas).find((name) => {
    const props = schemas[name].properties as Record<string, Json> | undefined;
    return name.endsWith('Challenge') && props?.component?.default === component;
  });
}

const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.json'));

test('there are fixture challenges to check', () => {
  assert.ok(files.length >= 10, `only ${files.length} fixtures`);
});

for (const file of files) {
  test(`fixture ${file} is valid against schema.yml`, () => {
    const fixture = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as Json;
    const component = fixture.component as string;
    assert.equal(file, `${component}.json`, 'a fixture is named after its component');
    const name = schemaNameFor(component);
    assert.ok(name, `no schema component for ${component}`);
    const validate = ajv.getSchema(`authentik#/components/schemas/${name}`);
    assert.ok(validate, `schema ${name} did not compile`);
    const ok = validate(fixture);
    assert.ok(ok, `${file} against ${name}: ${ajv.errorsText(validate.errors)}`);
    const known = Object.keys((schemas[name].properties ?? {}) as Json);
    const unknown = Object.keys(fixture).filter((k) => !known.includes(k));
    assert.deepEqual(unknown, [], `${file} has keys ${name} does not define`);
  });
}

test('the validator rejects a broken fixture', () => {
  const validate = ajv.getSchema(
    `authentik#/components/schemas/${schemaNameFor('ak-stage-password')}`,
  );
  assert.ok(validate);
  assert.equal(validate({ component: 'ak-stage-password', pending_user: 'a' }), false);
  assert.equal(
    validate({ component: 'ak-stage-password', pending_user: 'a', pending_user_avatar: null }),
    false,
  );
});
