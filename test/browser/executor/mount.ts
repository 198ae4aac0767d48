import { fixture, html } from '@open-wc/testing';
import '../../../components/flow-executor/ak-flow-executor.js';
import type { AkFlowExecutor } from '../../../components/flow-executor/ak-flow-executor.js';
import { settled } from '../helpers.js';

/** Creates an executor with `attrs`, listens before it connects, and waits for its first stage. */
export async function mount(
  attrs: Record<string, string | boolean>,
  { wait = true, width }: { wait?: boolean; width?: string } = {},
): Promise<AkFlowExecutor> {
  const el = document.createElement('ak-flow-executor');
  const all: Record<string, string | boolean> = { slug: 'test-flow', ...attrs };
  for (const [k, v] of Object.entries(all)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  const done = wait ? settled(el) : undefined;
  const wrapper = document.createElement('div');
  if (width) wrapper.style.width = width;
  wrapper.append(el);
  await fixture(html`${wrapper}`);
  await done;
  return el;
}
