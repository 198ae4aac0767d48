// Static files: /static/dist/* (the built widget), /static/demo/* (the built stage gallery and its
// fixtures, which may not be built yet) and / (demo/), each from its own folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createFlowServer } from '../../../server/app.js';
import { isHashed } from '../../../server/http/dist-files.js';

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

describe('the built widget is served compressed, with ETags and cache lifetimes', () => {
  const root = mkdtempSync(join(tmpdir(), 'ak-dist-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, body: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), body);
  };
  const script = `export const words = ${JSON.stringify('lorem ipsum dolor '.repeat(200))};\n`;
  write('ak-flow.js', script);
  write('chunks/validate.js', script);
  write('chunks/ak-stage-prompt-Dem5SYQ.js', script);
  write('locales/de.ak-stage-prompt-CLEJ0gw.js', script);
  write('locales/de.js', script);
  write('stage-chunks.json', '{}');
  const app = createFlowServer({ shared: false, distDir: root });
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    app.fetch(new Request(`http://localhost/static/dist${path}`, { method, headers }));
  const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

  test('brotli where accepted, else gzip, else as is; the same bytes once decoded', async () => {
    const br = await get('/ak-flow.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200);
    assert.equal(br.headers.get('Content-Encoding'), 'br');
    assert.equal(br.headers.get('Vary'), 'Accept-Encoding');
    assert.match(br.headers.get('Content-Type') ?? '', /^text\/javascript/);
    const brBody = await bytes(br);
    assert.equal(Number(br.headers.get('Content-Length')), brBody.length);
    assert.ok(brBody.length < script.length / 4, `${brBody.length} bytes`);
    assert.equal(brotliDecompressSync(brBody).toString(), script);

    const gzip = await get('/ak-flow.js', { 'Accept-Encoding': 'gzip, br;q=0' });
    assert.equal(gzip.headers.get('Content-Encoding'), 'gzip');
    assert.equal(gunzipSync(await bytes(gzip)).toString(), script);

    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/ak-flow.js', accept ? { 'Accept-Encoding': accept } : {});
      assert.equal(plain.headers.get('Content-Encoding'), null, accept);
      assert.equal(await plain.text(), script);
    }
    // Too small to be worth it.
    const small = await get('/stage-chunks.json', { 'Accept-Encoding': 'br' });
    assert.equal(small.headers.get('Content-Encoding'), null);
    assert.equal(await small.text(), '{}');
  });

  test('a repeat request with the ETag gets a 304, until the file changes on disk', async () => {
    const first = await get('/ak-flow.js');
    const etag = first.headers.get('ETag')!;
    assert.match(etag, /^W\/"[A-Za-z0-9_-]+"$/);
    const again = await get('/ak-flow.js', { 'If-None-Match': etag, 'Accept-Encoding': 'br' });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('ETag'), etag);
    assert.equal((await bytes(again)).length, 0);
    assert.equal((await get('/ak-flow.js', { 'If-None-Match': 'W/"other"' })).status, 200);

    write('ak-flow.js', script.replace('lorem', 'LOREM'));
    utimesSync(join(root, 'ak-flow.js'), new Date(), new Date(Date.now() + 5000));
    const rebuilt = await get('/ak-flow.js', { 'If-None-Match': etag, 'Accept-Encoding': 'br' });
    assert.equal(rebuilt.status, 200);
    assert.notEqual(rebuilt.headers.get('ETag'), etag);
    assert.match(brotliDecompressSync(await bytes(rebuilt)).toString(), /LOREM/);
    write('ak-flow.js', script);
  });

  test('hashed chunks and locales are immutable; the fixed names are revalidated', async () => {
    for (const path of [
      '/chunks/ak-stage-prompt-Dem5SYQ.js',
      '/locales/de.ak-stage-prompt-CLEJ0gw.js',
    ]) {
      assert.equal(
        (await get(path)).headers.get('Cache-Control'),
        'public, max-age=31536000, immutable',
      );
    }
    for (const path of [
      '/ak-flow.js',
      '/chunks/validate.js',
      '/locales/de.js',
      '/stage-chunks.json',
    ]) {
      assert.equal((await get(path)).headers.get('Cache-Control'), 'no-cache', path);
    }
    assert.equal(isHashed('/chunks/brand.js'), false);
    assert.equal(isHashed('/ak-flow.iife.js'), false);
    assert.equal(isHashed('/chunks/zxcvbn-feedback-de-BQ3c_x-.js'), true);
  });

  test('HEAD, ranges, odd paths and missing files go on to the static handler', async () => {
    const head = await get('/ak-flow.js', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('Content-Length'), String(script.length));
    const range = await get('/ak-flow.js', { Range: 'bytes=0-5' });
    assert.equal(range.status, 206);
    assert.equal(await range.text(), 'export');
    for (const path of ['/missing.js', '/..%2fak-flow.js', '/chunks/', '/%2e%2e/x.js']) {
      assert.equal((await get(path)).status, 404, path);
    }
  });
});
