// Static files: /static/dist/* (the built widget), /static/demo/* (the built stage gallery and its
// fixtures, which may not be built yet) and / (demo/), each from its own folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createFlowServer } from '../../../server/app.js';

describe('static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'ak-static-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const dir = (name: string, file: string, body: string) => {
    mkdirSync(join(root, name), { recursive: true });
    writeFileSync(join(root, name, file), body);
    return join(root, name);
  };
  const options = {
    shared: false,
    distDir: dir('cdn', 'ak-flow.js', 'export {};\n'),
    demoDistDir: dir('gallery', 'fixture.json', '{"stage":"ak-stage-dummy"}\n'),
    demoDir: dir('demo', 'index.html', '<!doctype html><title>demo</title>\n'),
  };
  const built = createFlowServer(options);
  const get = (path: string, server = built) =>
    server.fetch(new Request(`http://localhost${path}`));

  test('/static/dist/* serves distDir, /static/demo/* serves demoDistDir, / serves demoDir', async () => {
    const widget = await get('/static/dist/ak-flow.js');
    assert.equal(widget.status, 200);
    assert.equal(await widget.text(), 'export {};\n');
    const fixture = await get('/static/demo/fixture.json');
    assert.equal(fixture.status, 200);
    assert.deepEqual(await fixture.json(), { stage: 'ak-stage-dummy' });
    const page = await get('/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>demo<\/title>/);
  });

  test('a missing file, or a gallery not built yet, is an HTML 404', async () => {
    assert.equal((await get('/static/demo/missing.json')).status, 404);
    const unbuilt = createFlowServer({ ...options, demoDistDir: join(root, 'not-built') });
    const response = await get('/static/demo/fixture.json', unbuilt);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('Content-Type') ?? '', /text\/html/);
  });
});
