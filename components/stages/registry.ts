// component → stage. Common stages ship in the main bundle (imported by stages/eager.ts, no
// loader here); rare ones load with import() the first time the server asks for them.
// test/browser/registry.test.ts proves every entry resolves to a defined element.

export interface StageEntry {
  /** The custom element that renders the component. */
  tag: string;
  /** Loads the element's module; absent for stages in the main bundle. */
  load?: () => Promise<unknown>;
}

export const STAGES: Record<string, StageEntry> = {
  'ak-stage-flow-error': { tag: 'ak-stage-flow-error' },
  'ak-stage-access-denied': { tag: 'ak-stage-access-denied' },
  'xak-flow-redirect': { tag: 'xak-flow-redirect' },
  'ak-stage-autosubmit': {
    tag: 'ak-stage-autosubmit',
    load: () => import('./autosubmit/ak-stage-autosubmit.js'),
  },
};

/** Makes sure the stage for `component` is defined; false when the widget has none. */
export async function ensureStage(component: string): Promise<StageEntry | undefined> {
  const entry = Object.hasOwn(STAGES, component) ? STAGES[component] : undefined;
  if (entry?.load && !customElements.get(entry.tag)) await entry.load();
  return entry;
}
