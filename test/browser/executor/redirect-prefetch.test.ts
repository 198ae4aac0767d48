// The final redirect's stage is a chunk of its own (components/stages/kit/registry.ts): not in the
// script the first paint waits for, and fetched once the first stage is on screen and the page is
// idle, so it is defined before a flow ends. Its own file: a fresh page, where nothing else has
// defined the element.
import { expect } from '@open-wc/testing';
import { flowInfo, scenario, until } from '../helpers.js';
import { mount } from './mount.js';
import { loadFixture } from '../stages/shared-suite.js';

describe('the final redirect stage', () => {
  it('is not defined by the script, and is fetched once the first stage is on screen', async () => {
    expect(customElements.get('xak-flow-redirect'), 'not in the script').to.equal(undefined);
    const identification = {
      ...(await loadFixture('ak-stage-identification')),
      flow_info: flowInfo(),
    };
    const s = await scenario({ executor: [{ body: identification }] });
    await mount({ 'api-path': s.apiPath });
    await until(() => !!customElements.get('xak-flow-redirect'), 'the redirect stage defined');
  });
});
