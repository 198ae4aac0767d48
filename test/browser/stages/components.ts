// The challenge components the browser tests walk: the stage registry's table, so a stage added
// to the widget is in every such test (and fails there until it has a fixture in
// test/fixtures/challenges/), and authentik's own list (schema.yml ChallengeTypes) to check the
// table against.
import { expect } from '@open-wc/testing';
import { parse } from 'yaml';
import { STAGES } from '../../../components/stages/kit/registry.js';
import { APPLE_SCRIPT } from '../../../components/stages/source-apple/ak-source-oauth-apple.js';
import { TELEGRAM_SCRIPT } from '../../../components/stages/source-telegram/ak-source-telegram.js';

/**
 * Points the Apple and Telegram stages' provider scripts at local paths that do not exist: there
 * is no network in tests, and the real origins failed after a time that varied from run to run.
 * Those stages then settle in their "could not load" state (an alert and "Try again"); the
 * scripts' own tests, with local fakes that load, are in sources.test.ts.
 */
export function missingProviderScripts(): void {
  APPLE_SCRIPT.url = '/test/browser/stages/fakes/missing-apple.js';
  TELEGRAM_SCRIPT.url = '/test/browser/stages/fakes/missing-telegram.js';
}
/** The stages that load a provider's script (see missingProviderScripts). */
export const LOADS_A_SCRIPT = ['ak-source-oauth-apple', 'ak-source-telegram'];

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
