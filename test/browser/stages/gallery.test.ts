import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../helpers.js';

/** The gallery in a frame, once it has shown every stage; its document. */
async function openGallery(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      src="/demo/stages.html"
      title="gallery"
      style="width:1200px;height:800px"
    ></iframe>`,
  );
  await until(
    () => frame.contentDocument?.body?.dataset.ready === 'true',
    'gallery ready',
    8000,
  ).catch((e: Error) => {
    throw new Error(`${e.message}: ${frame.contentDocument?.body?.textContent?.slice(0, 300)}`);
  });
  return frame.contentDocument!;
}

describe('demo/stages.html: the stage gallery', () => {
  it('renders every stage twice, in shadow DOM and in light DOM', async () => {
    const doc = await openGallery();
    const stages = Array.from(doc.querySelectorAll('.card > :nth-child(2)'));
    // Every stage the widget has, the MFA stages, access denied and the flow error included.
    expect(stages).to.have.length(56);
    expect(stages.filter((s) => s.hasAttribute('light-dom'))).to.have.length(28);
    expect(stages.filter((s) => s.shadowRoot)).to.have.length(28);
    for (const tag of ['ak-stage-authenticator-validate', 'ak-stage-authenticator-totp']) {
      expect(doc.querySelectorAll(tag), tag).to.have.length(2);
    }
    // The flow error shows only in its own section (no component fell back to it).
    expect(doc.querySelectorAll('ak-stage-flow-error')).to.have.length(2);
    expect(doc.querySelectorAll('#ak-stage-flow-error ak-stage-flow-error')).to.have.length(2);
  });

  it('switches every stage to the chosen locale in place, right-to-left for Arabic', async () => {
    const doc = await openGallery();
    const stage = doc.querySelector('ak-stage-password:not([light-dom])')!;
    const text = () => stage.shadowRoot!.textContent!;
    expect(text()).to.contain('Password');
    const select = doc.getElementById('locale') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.value)).to.include.members(['en', 'ar', 'en-XA']);
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await until(() => text().includes('كلمة المرور'), 'Arabic on the password stage');
    expect(doc.querySelector('ak-stage-password:not([light-dom])')).to.equal(stage);
    expect(doc.getElementById('gallery')!.dir).to.equal('rtl');
  });
});
