// `@ak-widget/flow/testing`: Playwright helpers for an application's end-to-end tests that sign in,
// enrol and answer TOTP or recovery (static) codes through <ak-flow-executor>, against the
// project's reference server or a real authentik. Node only (TOTP codes come from node:crypto);
// they take Playwright's Page, from `playwright` or `@playwright/test` alike. The project's own
// e2e tests (test/e2e/) use them, so they follow the widget as it changes.
/// <reference types="node" />
import { createHmac } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * A field by its label, on the page or within one stage; required fields' labels end in an
 * aria-hidden " *". Scope it to the stage a step waits for when the stage before has a field of
 * the same label: a page-wide match would find the old stage's field before the new one arrives.
 */
export const field = (scope: Page | Locator, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${label.replace(/[()*+?.[\]\\^$|{}]/g, '\\$&')}( \\*)?$`, 'i'));

/**
 * The identification stage's identifier field, whatever `user_fields` named it ("Username",
 * "Email", "Username or Email", ...). Scoped to `<ak-stage-identification>`: the password stage
 * keeps a visually hidden, read-only "Username" input for password managers, which a page-wide
 * label match finds while that stage is still shown.
 */
export const identifierField = (page: Page | Locator): Locator =>
  page.locator('ak-stage-identification').getByLabel(/username|email|upn/i);

/** The password stage's password field (not a password field of the identification stage). */
export const passwordField = (page: Page | Locator): Locator =>
  field(page.locator('ak-stage-password'), 'Password');

/** Identification, then the password stage, each answered with Enter as a keyboard user would. */
export async function signIn(page: Page | Locator, user: Credentials): Promise<void> {
  await identifierField(page).fill(user.username);
  await identifierField(page).press('Enter');
  await passwordField(page).fill(user.password);
  await passwordField(page).press('Enter');
}

/**
 * An enrollment (prompt) stage: fills each field by its label (`{ Username: 'ada', 'Password
 * (repeat)': '...' }`) in the order given, then sends the stage with Enter in the last one.
 */
export async function enrol(page: Page | Locator, fields: Record<string, string>): Promise<void> {
  const stage = page.locator('ak-stage-prompt');
  const entries = Object.entries(fields);
  if (!entries.length) throw new Error('enrol: no fields given');
  for (const [label, value] of entries) await field(stage, label).fill(value);
  await field(stage, entries.at(-1)![0]).press('Enter');
}

export interface TotpOptions {
  /** Unix time in milliseconds the code is for (now by default). */
  timestamp?: number;
  digits?: number;
  period?: number;
  algorithm?: 'SHA1' | 'SHA256' | 'SHA512';
}

/** RFC 4648 base32 (authentik's TOTP secrets) to bytes; spaces and padding are ignored. */
function base32(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = secret.replace(/[\s=]/g, '').toUpperCase();
  let bits = '';
  for (const char of clean) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not a base32 TOTP secret: ${JSON.stringify(char)}`);
    bits += value.toString(2).padStart(5, '0');
  }
  return Buffer.from(bits.match(/.{8}/g)?.map((byte) => parseInt(byte, 2)) ?? []);
}

/** The RFC 6238 code for a base32 secret (authentik's defaults: 6 digits, 30 s, SHA1). */
export function totpCode(secret: string, options: TotpOptions = {}): string {
  const { timestamp = Date.now(), digits = 6, period = 30, algorithm = 'SHA1' } = options;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(timestamp / 1000 / period)));
  const mac = createHmac(algorithm.toLowerCase(), base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP setup stage's secret, read as a person who cannot scan the QR code would. */
export async function readTotpSecret(page: Page | Locator): Promise<string> {
  const stage = page.locator('ak-stage-authenticator-totp');
  await stage.locator('svg[part="qr"]').waitFor();
  await stage.locator('summary').click();
  const text = await stage.locator('[part="secret"] code').textContent();
  return (text ?? '').replace(/\s/g, '');
}

/** Sets up TOTP on the setup stage: reads the secret, answers with its code, returns the secret. */
export async function setUpTotp(page: Page | Locator): Promise<string> {
  const secret = await readTotpSecret(page);
  await answerCode(page, totpCode(secret), 'ak-stage-authenticator-totp');
  return secret;
}

/** The recovery codes the static setup stage shows (once), before it is confirmed. */
export async function readStaticCodes(page: Page | Locator): Promise<string[]> {
  const codes = page.locator('ak-stage-authenticator-static [part="codes"] li');
  await codes.first().waitFor();
  return (await codes.allTextContents()).map((code) => code.trim());
}

/**
 * Types `code` into the code field of `stage` (the MFA validation stage by default; TOTP, email
 * and SMS setup stages too) and sends it.
 */
export async function answerCode(
  page: Page | Locator,
  code: string,
  stage = 'ak-stage-authenticator-validate',
): Promise<void> {
  const scope = page.locator(stage);
  await scope.locator('input[name="code"]').fill(code);
  await scope.locator('button[type="submit"]').click();
}

/** Answers the MFA validation stage with the current TOTP code for `secret`. */
export const answerTotp = (page: Page | Locator, secret: string, options?: TotpOptions) =>
  answerCode(page, totpCode(secret, options));

/** Answers the MFA validation stage with one recovery code (each works once). */
export const answerStaticCode = (page: Page | Locator, code: string) => answerCode(page, code);

/**
 * Waits for the widget to show the stage for `component` (`ak-stage-password`,
 * `ak-stage-authenticator-validate`, ...), e.g. before a step that depends on it.
 */
export const waitForStage = (page: Page | Locator, tag: string) =>
  page.locator(tag).first().waitFor();
