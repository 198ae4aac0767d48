import { expect } from '@open-wc/testing';
import '../../components/flow-executor/ak-flow-executor.js';
import { STAGES, ensureStage } from '../../components/stages/kit/registry.js';
import { StageElement } from '../../components/stages/kit/stage-element.js';

describe('stage registry', () => {
  it('every component resolves to a defined stage element', async () => {
    for (const component of Object.keys(STAGES)) {
      if (component === 'ak-stage-test') continue; // registered by the test helpers
      expect(await ensureStage(component), component).to.equal(true);
      const ctor = customElements.get(component);
      expect(ctor, `${component} → <${component}>`).to.not.equal(undefined);
      expect(ctor!.prototype instanceof StageElement, `${component} extends StageElement`).to.equal(
        true,
      );
    }
  });

  it('stages in the main bundle are defined by the executor before any loader runs', () => {
    for (const component of ['ak-stage-identification', 'ak-stage-password', 'xak-flow-redirect']) {
      expect(typeof STAGES[component], component).to.equal('function');
      expect(customElements.get(component), component).to.not.equal(undefined);
    }
  });

  it('an unknown component has no entry, even one named like an Object property', async () => {
    expect(await ensureStage('constructor')).to.equal(false);
    expect(await ensureStage('__proto__')).to.equal(false);
    expect(await ensureStage('ak-stage-nonexistent')).to.equal(false);
  });
});
