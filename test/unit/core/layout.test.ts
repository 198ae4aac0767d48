import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveBackground, resolveLayout } from '../../../src/layout.js';
import type { ContextualFlowInfo, FlowInstance } from '../../../src/challenges.js';

const base = 'https://auth.example.com/';
const info = (extra: Partial<ContextualFlowInfo> = {}): ContextualFlowInfo => ({
  cancel_url: '/flows/-/cancel/',
  layout: 'stacked',
  ...extra,
});
const instance = (extra: Partial<FlowInstance> = {}): FlowInstance => ({
  pk: '1',
  slug: 's',
  name: 'n',
  title: 't',
  designation: 'authentication',
  ...extra,
});

test('layout: override, then flow_info, then instance, then stacked; unknown values ignored', () => {
  assert.equal(
    resolveLayout('sidebar_left', info({ layout: 'content_right' }), null),
    'sidebar_left',
  );
  assert.equal(resolveLayout(undefined, info({ layout: 'content_right' }), null), 'content_right');
  assert.equal(
    resolveLayout('bogus', undefined, instance({ layout: 'sidebar_right' })),
    'sidebar_right',
  );
  assert.equal(resolveLayout(undefined, undefined, undefined), 'stacked');
});

test('background: themed URLs first, then flow_info, then the instance; unsafe ones dropped', () => {
  assert.deepEqual(
    resolveBackground(
      info({ background: '/a.jpg', background_themed_urls: { light: '/l.jpg', dark: '/d.jpg' } }),
      null,
      'stacked',
      base,
    ),
    { light: 'https://auth.example.com/l.jpg', dark: 'https://auth.example.com/d.jpg' },
  );
  assert.deepEqual(resolveBackground(info({ background: '/a.jpg' }), null, 'stacked', base), {
    light: 'https://auth.example.com/a.jpg',
  });
  assert.deepEqual(
    resolveBackground(
      info({ background: 'javascript:alert(1)' }),
      instance({ background: '/i.jpg' }),
      'stacked',
      base,
    ),
    { light: 'https://auth.example.com/i.jpg' },
  );
  assert.equal(
    resolveBackground(info({ background: 'javascript:x' }), null, 'stacked', base),
    null,
  );
});

test('frame layouts take a web page, never a data: URL', () => {
  const page = info({ background: 'https://example.org/page' });
  assert.deepEqual(resolveBackground(page, null, 'sidebar_left_frame_background', base), {
    light: 'https://example.org/page',
  });
  const data = info({ background: 'data:image/png;base64,AAAA' });
  assert.equal(resolveBackground(data, null, 'sidebar_left_frame_background', base), null);
});
