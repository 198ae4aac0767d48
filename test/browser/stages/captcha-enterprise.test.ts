// reCAPTCHA Enterprise: its script defines the calls under `grecaptcha.enterprise` and refuses its
// site keys through the classic ones; the stage uses the enterprise calls when the script is
// `…/enterprise.js`, as authentik's page does, and asks in the widget's language. (Its own file:
// the fake `grecaptcha` global would take over the other captcha tests' page.)
import { expect } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import type { Challenge } from '../../../src/challenges.js';
import { until } from '../helpers.js';
import { collect, loadFixture, mountStage } from './shared-suite.js';
import { useLocale } from '../../../components/locales/locale.js';

describe('ak-stage-captcha with reCAPTCHA Enterprise', () => {
  it('renders through grecaptcha.enterprise, in the widget language, and answers its token', async () => {
    await useLocale('zh-Hant');
    try {
      const el = await mountStage({
        ...(await loadFixture('ak-stage-captcha')),
        js_url: '/test/browser/stages/fakes/recaptcha/enterprise.js',
        site_key: 'enterprise-key',
        interactive: false,
      } as unknown as Challenge);
      const seen = collect(el);
      await until(() => seen.length === 1, 'the token sent');
      expect(seen[0].response.token).to.equal('enterprise-token.1');
      const renders = (window as unknown as { enterpriseRenders: Record<string, unknown>[] })
        .enterpriseRenders;
      expect(renders).to.have.length(1);
      expect(renders[0]).to.include({ sitekey: 'enterprise-key', size: 'invisible', hl: 'zh-TW' });
    } finally {
      await useLocale('en');
    }
  });
});
