// Every challenge is checked against its type's shape (src/api/challenge-shapes.ts, generated from
// authentik's schema.yml) before a stage sees it. Extra fields are fine (authentik adds fields in
// new versions); a missing required field or a wrong type is a clear error instead of a stage that
// throws, draws nothing or shows nonsense. Unknown components pass: the executor names them.
import { CHALLENGE_SCHEMAS, SHAPES } from './challenge-shapes.js';

const MAX_DEPTH = 6;

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** The problem with `value` against a field code, or null. */
function checkValue(value: unknown, code: string, path: string, depth: number): string | null {
  if (depth > MAX_DEPTH) return null; // recursive schemas: deep enough
  const kind = code[0];
  const want =
    kind === 's'
      ? 'string'
      : kind === 'n'
        ? 'number'
        : kind === 'b'
          ? 'boolean'
          : kind === 'a'
            ? 'array'
            : 'object';
  const got = typeOf(value);
  if (got !== want || (want === 'number' && !Number.isFinite(value))) {
    return `${path} should be ${want === 'array' ? 'a list' : `a ${want}`}, not ${got}`;
  }
  if (kind === 'a' && code.length > 1) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const problem = checkValue(items[i], code.slice(1), `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
  }
  if (kind === '@') return checkShape(value as Record<string, unknown>, code.slice(1), path, depth);
  return null;
}

/** The problem with an object against a schema of the table, or null. */
function checkShape(
  object: Record<string, unknown>,
  schema: string,
  path: string,
  depth: number,
): string | null {
  const fields = SHAPES[schema];
  for (const field of Object.keys(fields)) {
    const code = fields[field];
    const optional = code.endsWith('?');
    const nullable = code.includes('~');
    const value = Object.hasOwn(object, field) ? object[field] : undefined;
    const at = path ? `${path}.${field}` : field;
    if (value === undefined) {
      if (!optional) return `${at} is missing`;
      continue;
    }
    if (value === null) {
      if (!nullable) return `${at} should not be null`;
      continue;
    }
    const problem = checkValue(value, code.replace(/[~?]/g, ''), at, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** What is wrong with a challenge, in a sentence for developers; null when nothing is. */
export function challengeProblem(challenge: Record<string, unknown>): string | null {
  if (typeof challenge.component !== 'string') return 'component is missing';
  const info = challenge.flow_info;
  if (info !== undefined && info !== null) {
    const problem = checkValue(info, '@ContextualFlowInfo', 'flow_info', 0);
    if (problem) return problem;
  }
  const errors = challenge.response_errors;
  if (errors !== undefined && errors !== null) {
    if (typeOf(errors) !== 'object') return 'response_errors should be an object';
    for (const [field, list] of Object.entries(errors as Record<string, unknown>)) {
      const problem = checkValue(list, 'a@ErrorDetail', `response_errors.${field}`, 0);
      if (problem) return problem;
    }
  }
  const schema = Object.hasOwn(CHALLENGE_SCHEMAS, challenge.component)
    ? CHALLENGE_SCHEMAS[challenge.component]
    : undefined;
  return schema ? checkShape(challenge, schema, '', 0) : null;
}
