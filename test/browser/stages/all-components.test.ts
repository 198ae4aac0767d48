// Every challenge component the widget has a stage for (the stage registry's table, which holds
// every one authentik's schema.yml lists in ChallengeTypes) is shown by the executor as a working
// stage of its own, never as the unknown-component error: a schema-valid fixture of each is
// served by the scripted server and rendered through <ak-flow-executor>.
import { expect } from '@open-wc/testing';
import type { AkFlowExecutor } from '../../../components/flow-executor/ak-flow-executor.js';
import { root, scenario, stageOf, stageRoot } from '../helpers.js';
import { mount } from '../executor/mount.js';
import {
  expectEverySchemaComponent,
  missingProviderScripts,
  stageComponents,
} from './components.js';
import { loadFixture } from './shared-suite.js';

missingProviderScripts();

/** All of them: the auto-posting and redirecting stages are kept on the page below. */
const components = stageComponents();

describe('every challenge component in schema.yml', () => {
  const realSubmit = HTMLFormElement.prototype.submit;
  const posted: string[] = [];
  const redirects: string[] = [];
  const keepHere = (e: Event) => {
    e.preventDefault();
    redirects.push((e as CustomEvent<{ to: string }>).detail.to);
  };
  before(() => {
    // Auto-posting stages (autosubmit, SAML POST) would take the test page away.
    HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
      posted.push(this.action);
    };
    document.addEventListener('ak-flow-redirect', keepHere);
  });
  after(() => {
    HTMLFormElement.prototype.submit = realSubmit;
    document.removeEventListener('ak-flow-redirect', keepHere);
  });

  it('has every component in schema.yml (30)', () => expectEverySchemaComponent(components));

  for (const component of components) {
    it(`${component} renders its own stage`, async () => {
      const challenge = await loadFixture(component);
      // After an answer the same stage comes back with an error, so auto-answering stages stop.
      const again = {
        ...challenge,
        response_errors: { non_field_errors: [{ string: 'Again.', code: 'invalid' }] },
      };
      const s = await scenario({ executor: [{ body: challenge }, { body: again }] });
      const errors: { kind?: string }[] = [];
      const record = (e: Event) => errors.push((e as CustomEvent).detail.error);
      document.addEventListener('ak-flow-error', record);
      let el: AkFlowExecutor;
      try {
        el = await mount({ 'api-path': s.apiPath });
      } finally {
        document.removeEventListener('ak-flow-error', record);
      }
      expect(errors.map((e) => e.kind)).to.not.include('unknown-component');
      const stage = stageOf<HTMLElement>(el);
      expect(stage.localName, 'the stage element is the component').to.equal(component);
      expect(customElements.get(component), `<${component}> is defined`).to.not.equal(undefined);
      const content = stageRoot(stage) as ParentNode & Node;
      expect((content.textContent ?? '').trim(), 'it shows something').to.not.equal('');
      expect(root(el).querySelector('[part="request-error"]')).to.equal(null);
      if (component !== 'ak-stage-flow-error') {
        expect(content.textContent).to.not.contain('is not supported by this page');
      }
    });
  }
});
