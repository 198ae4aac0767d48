import { expect } from '@open-wc/testing';
import '../../components/flow-executor/ak-flow-executor.js';
import { STAGES, ensureStage } from '../../components/stages/registry.js';
import { StageElement } from '../../components/stages/base.js';

describe('stage registry', () => {
  it('every component resolves to a defined stage element', async () => {
    for (const [component, entry] of Object.entries(STAGES)) {
      if (component === 'ak-stage-test') continue; // registered by the test helpers
      await ensureStage(component);
      const ctor = customElements.get(entry.tag);
      expect(ctor, `${component} → <${entry.tag}>`).to.not.equal(undefined);
      expect(ctor!.prototype instanceof StageElement, `${entry.tag} extends StageElement`).to.equal(
        true,
      );
    }
  });

  it('stages in the main bundle need no loader; the executor defines them', () => {
    for (const component of ['ak-stage-identification', 'ak-stage-password', 'xak-flow-redirect']) {
      expect(STAGES[component].load, component).to.equal(undefined);
      expect(customElements.get(STAGES[component].tag), component).to.not.equal(undefined);
    }
  });

  it('an unknown component has no entry, even one named like an Object property', async () => {
    expect(await ensureStage('constructor')).to.equal(undefined);
    expect(await ensureStage('ak-stage-nonexistent')).to.equal(undefined);
  });
});
