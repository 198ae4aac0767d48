// Loads authentik blueprint files into a Registry of model objects, the way authentik's importer
// applies them: entries in order, `identifiers` upsert, `!KeyOf` ids per blueprint, `!Find` across
// everything applied so far, `authentik_blueprints.metaapplyblueprint` applying another blueprint.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Report } from '../report.js';
import { SUPPORTED_MODELS } from './models.js';
import type { Registry } from './registry.js';
import { parseYaml, resolveTags, type TagScope } from './tags.js';

interface RawEntry {
  model?: unknown;
  id?: unknown;
  identifiers?: unknown;
  attrs?: unknown;
  state?: unknown;
  conditions?: unknown;
}

export interface Blueprint {
  file: string;
  name: string;
  context: Record<string, unknown>;
  entries: RawEntry[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads every `*.yaml`/`*.yml` file of `dir` (sorted), reporting files that cannot be parsed. */
export function readBlueprintDir(dir: string, report: Report): Blueprint[] {
  if (!existsSync(dir)) {
    report.warn(`blueprint folder ${dir} does not exist`);
    return [];
  }
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const blueprint = readBlueprintFile(join(dir, f), report);
      return blueprint ? [blueprint] : [];
    });
}

export function readBlueprintFile(file: string, report: Report): Blueprint | undefined {
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  const where = basename(file);
  for (const warning of parsed.warnings)
    report.warn(`${where}: ${warning} (value used as plain YAML)`);
  if (parsed.errors.length) {
    report.warn(`${where}: not loaded, YAML error: ${parsed.errors[0]}`);
    return undefined;
  }
  const data = parsed.data;
  if (!isRecord(data) || !Array.isArray(data.entries)) {
    report.warn(`${where}: not loaded, not a blueprint (no entries list)`);
    return undefined;
  }
  if (data.version !== 1)
    report.warn(`${where}: blueprint version ${String(data.version)}, expected 1`);
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  return {
    file,
    name: typeof metadata.name === 'string' ? metadata.name : basename(file),
    context: isRecord(data.context) ? data.context : {},
    entries: data.entries as RawEntry[],
  };
}

export interface ApplyOptions {
  report: Report;
  env?: Record<string, string | undefined>;
}

/** Applies blueprints in order into `registry`; meta-apply entries pull in other blueprints first. */
export function applyBlueprints(
  blueprints: Blueprint[],
  registry: Registry,
  options: ApplyOptions,
): void {
  const applied = new Set<Blueprint>();
  const env = options.env ?? process.env;
  const { report } = options;

  const apply = (blueprint: Blueprint): void => {
    if (applied.has(blueprint)) return;
    applied.add(blueprint);
    const where = basename(blueprint.file);
    const ids = new Map<string, string>();
    const scope: TagScope = {
      keyOf: (id) => {
        const pk = ids.get(id);
        if (pk === undefined) report.warn(`${where}: !KeyOf ${id} names no earlier entry`);
        return pk ?? null;
      },
      find: (model, query) => registry.find(model, query)?.pk ?? null,
      context: blueprint.context,
      env,
    };
    blueprint.entries.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.model !== 'string') {
        report.warn(`${where}: entry ${index} has no model, skipped`);
        return;
      }
      const model = entry.model.toLowerCase();
      const conditions = resolveTags(entry.conditions ?? [], scope);
      if (Array.isArray(conditions) && conditions.some((c) => !c)) return;
      const identifiers = resolveTags(entry.identifiers ?? {}, scope);
      const attrs = resolveTags(entry.attrs ?? {}, scope);
      if (!isRecord(identifiers) || !isRecord(attrs)) {
        report.warn(`${where}: entry ${index} (${model}) has malformed identifiers/attrs, skipped`);
        return;
      }
      const label = `${where}: ${model} ${JSON.stringify(identifiers)}`;

      if (model === 'authentik_blueprints.metaapplyblueprint') {
        const target = isRecord(attrs.identifiers) ? attrs.identifiers : {};
        const wanted = blueprints.find(
          (b) =>
            (target.name !== undefined && b.name === target.name) ||
            (typeof target.path === 'string' && b.file.endsWith(target.path)),
        );
        if (wanted) apply(wanted);
        else if (attrs.required === false) {
          report.info(
            `${where}: meta-apply of ${JSON.stringify(target)} ignored (not loaded, required: false)`,
          );
        } else
          report.warn(`${where}: meta-apply of ${JSON.stringify(target)}: blueprint not loaded`);
        return;
      }
      if (!SUPPORTED_MODELS.has(model) && !model.startsWith('authentik_policies_')) {
        // Policies are reported with what their bindings do (flow/policy-report.ts).
        const effect = /^authentik_stages_\w+\.\w+stage$/.test(model)
          ? 'loaded, but a flow reaching this stage answers a flow error'
          : 'loaded, but nothing on this server uses it';
        report.warn(`${label}: model not supported by the reference server (${effect})`);
      }
      const state = typeof entry.state === 'string' ? entry.state : 'present';
      const existing = registry.find(model, Object.entries(identifiers));
      if (state === 'absent') {
        if (existing) registry.remove(existing);
        return;
      }
      if (existing && existing.source !== blueprint.file && state === 'present') {
        report.warn(
          `${label}: also defined in ${basename(existing.source)}; merged, this file's attributes win`,
        );
      }
      const object =
        existing && (state === 'created' || state === 'must_created')
          ? existing
          : registry.upsert(model, identifiers, attrs, blueprint.file);
      if (typeof entry.id === 'string') ids.set(entry.id, object.pk);
    });
  };

  blueprints.forEach(apply);
}
