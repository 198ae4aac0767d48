// authentik's OpenAPI schema (schema.yml of @goauthentik/api) compiled with ajv: OpenAPI 3.0
// `nullable` becomes a JSON Schema null type, `$ref`s keep pointing into components, and every
// object without an explicit additionalProperties is closed, so misspelt keys fail the test.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

const require = createRequire(import.meta.url);
const SCHEMA_FILE = join(dirname(require.resolve('@goauthentik/api/package.json')), 'schema.yml');

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  const schema = Object.fromEntries(
    Object.entries(node as Schema).map(([k, v]) => [
      k,
      k === 'properties' ? mapValues(v as Schema) : convert(v),
    ]),
  ) as Schema;
  if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  if (schema.nullable === true) {
    delete schema.nullable;
    if (typeof schema.type === 'string') {
      schema.type = [schema.type, 'null'];
      if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null];
    } else return { anyOf: [schema, { type: 'null' }] };
  }
  return schema;
}

const mapValues = (o: Schema) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, convert(v)]));

export interface Contract {
  /** Validator of one component schema, e.g. `IdentificationChallenge`. */
  schema(name: string): ValidateFunction;
  /** component → schema name, from ChallengeTypes' discriminator. */
  challengeSchemas: Record<string, string>;
  /** component → schema name, from FlowChallengeResponseRequest's discriminator. */
  requestSchemas: Record<string, string>;
}

export function loadContract(): Contract {
  const document = parse(readFileSync(SCHEMA_FILE, 'utf8')) as { components: { schemas: Schema } };
  const schemas = document.components.schemas;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'authentik', components: { schemas: mapValues(schemas) } });
  const mapping = (name: string) => {
    const discriminator = (schemas[name] as { discriminator: { mapping: Record<string, string> } })
      .discriminator;
    return Object.fromEntries(
      Object.entries(discriminator.mapping).map(([component, ref]) => [
        component,
        ref.split('/').pop()!,
      ]),
    );
  };
  return {
    schema: (name) => {
      const validate = ajv.getSchema(`authentik#/components/schemas/${name}`);
      if (!validate) throw new Error(`no schema ${name}`);
      return validate;
    },
    challengeSchemas: mapping('ChallengeTypes'),
    requestSchemas: mapping('FlowChallengeResponseRequest'),
  };
}
