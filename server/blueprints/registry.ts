// The registry of model objects a set of blueprints produces (what authentik keeps in its
// database): looked up by pk, by model, or by identifier values like the importer does.
import { randomUUID } from 'node:crypto';

export interface ModelObject {
  pk: string;
  model: string;
  /** identifiers and attrs, merged, tags resolved. */
  attrs: Record<string, unknown>;
  identifiers: Record<string, unknown>;
  /** The blueprint file it came from. */
  source: string;
}

export class Registry {
  readonly objects: ModelObject[] = [];

  get(pk: unknown): ModelObject | undefined {
    return typeof pk === 'string' ? this.objects.find((o) => o.pk === pk) : undefined;
  }

  byModel(model: string): ModelObject[] {
    return this.objects.filter((o) => o.model === model);
  }

  find(model: string, query: [string, unknown][]): ModelObject | undefined {
    return this.objects.find(
      (o) =>
        o.model === model &&
        query.every(([k, v]) => (k === 'pk' ? o.pk === v : sameValue(o.attrs[k], v))),
    );
  }

  upsert(
    model: string,
    identifiers: Record<string, unknown>,
    attrs: Record<string, unknown>,
    source: string,
  ): ModelObject {
    const existing = this.find(model, Object.entries(identifiers));
    if (existing) {
      Object.assign(existing.attrs, attrs, identifiers);
      existing.source = source;
      return existing;
    }
    const pk = typeof identifiers.pk === 'string' ? identifiers.pk : randomUUID();
    const object = { pk, model, identifiers, attrs: { ...attrs, ...identifiers }, source };
    this.objects.push(object);
    return object;
  }

  remove(object: ModelObject): void {
    this.objects.splice(this.objects.indexOf(object), 1);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
