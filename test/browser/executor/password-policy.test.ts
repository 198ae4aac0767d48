import { expect } from '@open-wc/testing';
import { flowInfo, root, scenario, stageOf, until } from '../helpers.js';
import { mount } from './mount.js';
import type { StageElement } from '../../../components/stages/kit/stage-element.js';

const promptChallenge = {
  component: 'ak-stage-prompt',
  flow_info: flowInfo({ title: 'Sign up' }),
  fields: [
    {
      field_key: 'password',
      label: 'Password',
      type: 'password',
      required: true,
      placeholder: '',
      order: 0,
      sub_text: '',
      initial_value: '',
      choices: null,
    },
    {
      field_key: 'password_repeat',
      label: 'Password (repeat)',
      type: 'password',
      required: true,
      placeholder: '',
      order: 1,
      sub_text: '',
      initial_value: '',
      choices: null,
    },
  ],
};
const policy = {
  pk: 'p-1',
  name: 'test policy',
  password_field: 'password',
  length_min: 12,
  amount_digits: 1,
  error_message: 'Too weak.',
  check_static_rules: true,
};

describe('ak-flow-executor: password policy', () => {
  it('fetches the policy in the same round as the challenge and hands it to the prompt stage', async () => {
    const s = await scenario({
      executor: [{ body: promptChallenge, delay: 200 }],
      policy: { body: policy, delay: 200 },
    });
    const el = await mount({ 'api-path': s.apiPath, 'password-policy': 'p-1' });
    const log = await s.log();
    const executor = log.find((r) => r.url.includes('/flows/executor/'))!;
    const fetched = log.find((r) => r.url.includes('/policies/password/'))!;
    expect(fetched.url).to.equal(`${s.apiPath}/policies/password/p-1/`);
    expect(Math.abs(fetched.at - executor.at)).to.be.below(150, 'no waterfall');
    const stage = stageOf<StageElement>(el);
    expect(stage.localName).to.equal('ak-stage-prompt');
    expect((stage.config.passwordPolicy as { pk: string }).pk).to.equal('p-1');
    await until(
      () => !!stage.shadowRoot?.querySelector('ak-password-policy-input'),
      'the policy control',
    );
  });

  it('a policy that cannot be read only turns the live checks off, with a console warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const s = await scenario({
        executor: [{ body: promptChallenge }],
        policy: { status: 403, body: { detail: 'no' } },
      });
      const el = await mount({ 'api-path': s.apiPath, 'password-policy': 'p-1' });
      expect(root(el).querySelector('[part="request-error"]')).to.equal(null);
      const stage = stageOf(el);
      expect(stage.localName).to.equal('ak-stage-prompt');
      await stage.updateComplete;
      expect(stage.shadowRoot!.querySelector('ak-password-policy-input')).to.equal(null);
      expect(stage.shadowRoot!.querySelectorAll('input[type="password"]')).to.have.length(2);
      expect(warnings.some((w) => String(w[0]).includes('password policy unavailable'))).to.equal(
        true,
      );
    } finally {
      console.warn = warn;
    }
  });

  it('a policy object set as a property is used without any fetch', async () => {
    const s = await scenario({ executor: [{ body: promptChallenge }] });
    const el = document.createElement('ak-flow-executor');
    el.passwordPolicy = policy;
    el.slug = 'test-flow';
    el.apiPath = s.apiPath;
    document.body.append(el);
    await until(() => stageOf(el)?.localName === 'ak-stage-prompt', 'the prompt stage');
    expect((await s.log()).some((r) => r.url.includes('/policies/password/'))).to.equal(false);
    const stage = stageOf<StageElement>(el);
    expect((stage.config.passwordPolicy as { pk: string }).pk).to.equal('p-1');
    el.remove();
  });

  it('a policy set after the flow started is read on its own; the stage and its input stay', async () => {
    const s = await scenario({ executor: [{ body: promptChallenge }], policy: { body: policy } });
    const el = await mount({ 'api-path': s.apiPath });
    const stage = stageOf<StageElement>(el);
    expect(stage.config.passwordPolicy).to.equal(undefined);
    el.passwordPolicyId = 'p-1';
    await until(
      () => (stage.config.passwordPolicy as { pk?: string } | undefined)?.pk === 'p-1',
      'the policy',
    );
    expect(stageOf(el) === stage, 'the same stage element').to.equal(true);
    const executorGets = (await s.log()).filter((r) => r.url.includes('/flows/executor/'));
    expect(executorGets).to.have.length(1);
  });
});
