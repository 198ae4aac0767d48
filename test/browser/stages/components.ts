// The challenge components the browser tests walk: the stage registry's table, so a stage added
// to the widget is in every such test (and fails there until it has a fixture in
// test/fixtures/challenges/), and authentik's own list (schema.yml ChallengeTypes) to check the
// table against.
import { expect } from '@open-wc/testing';
import { parse } from 'yaml';
import { STAGES } from '../../../components/stages/kit/registry.js';

/** Registered by test/browser/helpers.ts for the executor's own tests: not a stage of the widget. */
const TEST_STAGE = 'ak-stage-test';

/**
 * Every component the registry has a stage for, in its order, less `except`: component → why the
 * test leaves it out. Naming a component the registry does not have throws (a stale exclusion).
 */
export function stageComponents(except: Record<string, string> = {}): string[] {
  const all = Object.keys(STAGES).filter((c) => c !== TEST_STAGE);
  const unknown = Object.keys(except).filter((c) => !all.includes(c));
  if (unknown.length) throw new Error(`excluded but not in the stage registry: ${unknown}`);
  return all.filter((c) => !Object.hasOwn(except, c));
}

interface Schema {
  components: {
    schemas: { ChallengeTypes: { discriminator: { mapping: Record<string, string> } } };
  };
}

/** The challenge components authentik's schema.yml lists (ChallengeTypes). */
async function schemaComponents(): Promise<string[]> {
  const yml = await (await fetch('/node_modules/@goauthentik/api/schema.yml')).text();
  return Object.keys(
    (parse(yml) as Schema).components.schemas.ChallengeTypes.discriminator.mapping,
  );
}

/** `components` has every one of schema.yml's 30 challenge components. */
export async function expectEverySchemaComponent(components: string[]): Promise<void> {
  const schema = await schemaComponents();
  expect(schema).to.have.length(30);
  expect(components).to.include.members(schema);
}
