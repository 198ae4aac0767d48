// The start-up report grouped by blueprint file.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { createFlowServer } from '../../../server/app.js';
import { GENERAL, formatNotice, noticeFile, reportBlocks } from '../../../server/report-blocks.js';

const server = createFlowServer({
  demo: false,
  shared: false,
  blueprints: [resolve('test/fixtures/blueprints/models')],
});
const { registry } = server.state.catalog;

test('a notice is put under the file it is about', () => {
  const { file, pk } = (() => {
    const o = registry.objects.find((x) => typeof x.attrs.slug === 'string')!;
    return { file: o.source.split('/').at(-1)!, pk: o.pk };
  })();
  const slug = String(registry.objects.find((o) => o.pk === pk)!.attrs.slug);
  assert.equal(noticeFile(`flow ${slug}: authentication "x" is not supported`, registry), file);
  assert.equal(
    noticeFile('unsupported-stage.yaml: entry 3 has no model, skipped', registry),
    'unsupported-stage.yaml',
  );
  assert.equal(noticeFile('Python expression engine ready', registry), undefined);
});

test('the report in blocks: general first, then one per file, every notice once', () => {
  const blocks = reportBlocks(server.report.notices, registry);
  assert.ok(blocks.length >= 1);
  assert.equal(
    blocks.reduce((n, b) => n + b.notices.length, 0),
    server.report.notices.length,
  );
  if (blocks.some((b) => b.file === GENERAL)) assert.equal(blocks[0]!.file, GENERAL);
  const unsupported = blocks.find((b) => b.file === 'unsupported-stage.yaml');
  assert.ok(
    unsupported,
    `a block for unsupported-stage.yaml in ${JSON.stringify(blocks.map((b) => b.file))}`,
  );
  assert.equal(formatNotice({ level: 'warn', message: 'x' }, 'a.yaml'), '! [a.yaml] x');
  assert.equal(formatNotice({ level: 'info', message: 'y' }, GENERAL), 'i y');
});
