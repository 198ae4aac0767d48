// authentik's custom YAML tags (`!KeyOf`, `!Find`, `!Env`, `!Context`, `!Format`): parsed into
// Tagged values, resolved entry by entry while a blueprint is applied (like authentik's importer).
import { parseDocument, type YAMLSeq } from 'yaml';

export const SUPPORTED_TAGS = ['!KeyOf', '!Find', '!Env', '!Context', '!Format'] as const;
export type TagName = (typeof SUPPORTED_TAGS)[number];

/** A tagged YAML value waiting for resolution. */
export class Tagged {
  constructor(
    readonly tag: TagName,
    readonly value: unknown,
  ) {}
}

const scalar = (tag: TagName) => ({
  tag,
  resolve: (str: string) => new Tagged(tag, str),
});
const sequence = (tag: TagName) => ({
  tag,
  collection: 'seq' as const,
  resolve: (seq: YAMLSeq) => new Tagged(tag, seq.toJSON()),
});

const customTags = [
  scalar('!KeyOf'),
  scalar('!Env'),
  scalar('!Context'),
  sequence('!Env'),
  sequence('!Context'),
  sequence('!Find'),
  sequence('!Format'),
];

export interface ParsedYaml {
  data: unknown;
  /** Unknown tags and other YAML warnings, one line each. */
  warnings: string[];
  errors: string[];
}

export function parseYaml(text: string): ParsedYaml {
  const doc = parseDocument(text, { customTags });
  const firstLine = (e: { message: string }) => e.message.split('\n')[0] ?? e.message;
  return {
    data: doc.toJS(),
    warnings: doc.warnings.map(firstLine),
    errors: doc.errors.map(firstLine),
  };
}

/** Python's `%` operator for the `%s`, `%d`, `%%` and `%(name)s` forms blueprints use. */
export function pythonFormat(format: string, args: unknown[] | Record<string, unknown>): string {
  let index = 0;
  return format.replace(/%(?:\((\w+)\))?([sdirf%])/g, (_m, name: string | undefined, kind) => {
    if (kind === '%') return '%';
    const value =
      name !== undefined ? (args as Record<string, unknown>)[name] : (args as unknown[])[index++];
    if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
    return value === undefined || value === null ? 'None' : String(value);
  });
}

export interface TagScope {
  keyOf(id: string): unknown;
  find(model: string, query: [string, unknown][]): unknown;
  context: Record<string, unknown>;
  env: Record<string, string | undefined>;
}

/** Resolves every Tagged value inside `value` (recursively) against `scope`. */
export function resolveTags(value: unknown, scope: TagScope): unknown {
  if (value instanceof Tagged) return resolveTag(value, scope);
  if (Array.isArray(value)) return value.map((v) => resolveTags(v, scope));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolveTags(v, scope)] as const),
    );
  }
  return value;
}

function keyAndDefault(value: unknown, scope: TagScope): [string, unknown] {
  const resolved = resolveTags(value, scope);
  if (Array.isArray(resolved)) return [String(resolved[0]), resolved[1] ?? null];
  return [String(resolved), null];
}

function resolveTag(tagged: Tagged, scope: TagScope): unknown {
  switch (tagged.tag) {
    case '!KeyOf':
      return scope.keyOf(String(tagged.value));
    case '!Env': {
      const [name, fallback] = keyAndDefault(tagged.value, scope);
      return scope.env[name] ?? fallback;
    }
    case '!Context': {
      const [key, fallback] = keyAndDefault(tagged.value, scope);
      return key in scope.context ? scope.context[key] : fallback;
    }
    case '!Format': {
      const [format, ...args] = resolveTags(tagged.value, scope) as unknown[];
      return pythonFormat(String(format), args);
    }
    case '!Find': {
      const [model, ...query] = resolveTags(tagged.value, scope) as unknown[];
      const pairs = query
        .filter(Array.isArray)
        .map((q) => [String(q[0]), q[1]] as [string, unknown]);
      return scope.find(String(model), pairs);
    }
  }
}
