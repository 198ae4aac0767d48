// The built widget under /static/dist/, served as a production server should serve it (the README's
// "Serving the files" says the same to deployers):
// - compressed: brotli where the browser takes it, else gzip (ak-flow.js goes 71 → 23 KB over the
//   wire, the strength meter's word lists 782 → 371 KB); each file is compressed once, on
//   its first request, and kept in memory until it changes on disk (a rebuild);
// - with an ETag, so that a repeat visit asks again (If-None-Match) and gets a 304, not the file;
// - the chunk and locale files whose names carry rollup's content hash are immutable for a year; the
//   fixed names (the script, `chunks/validate.js`, `chunks/brand.js`, each language's
//   `locales/<locale>.js`, `stage-chunks.json`, source maps) are revalidated at each load, so a new
//   build is seen at once.
// HEAD and range requests, and any path that is not a plain file name under the folder, go on to
// serveStatic (which answers them, or 404s).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import type { Env } from './env.js';

type Bytes = Uint8Array<ArrayBuffer>;

interface Entry {
  mtimeMs: number;
  size: number;
  raw: Bytes;
  etag: string;
  br?: Bytes;
  gzip?: Bytes;
}

/** Below this, compressing saves less than its headers cost. */
const MIN_COMPRESSED = 1024;
/**
 * Fast enough for a first request (the largest word list in about 15 ms here), and 7-8% larger
 * than quality 11, which takes 100 ms on ak-flow.js and seconds on the word lists.
 */
const BROTLI_QUALITY = 5;

/** A hashed build file: `chunks/<name>-<hash>.js` or `locales/<name>-<hash>.js` (rollup.config.mjs). */
export const isHashed = (file: string): boolean =>
  /^\/(?:chunks|locales)\/[^/]+-[A-Za-z0-9_-]{7}\.js$/.test(file);

/** The encodings the request accepts (`q=0` refuses one). */
function accepted(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

/** Whether If-None-Match names this ETag (weak comparison, as for GET). */
function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** `prefix`: the URL path the folder is served at (`/static/dist`); `root`: the folder. */
export function distFiles(prefix: string, root: string): MiddlewareHandler<Env> {
  const cache = new Map<string, Entry>();
  return async (c, next) => {
    const file = c.req.path.slice(prefix.length);
    if (
      c.req.method !== 'GET' ||
      c.req.header('Range') ||
      !/^(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/.test(file)
    ) {
      return next();
    }
    const path = join(root, file);
    const stats = await stat(path).catch(() => undefined);
    if (!stats?.isFile()) return next();
    let entry = cache.get(path);
    if (!entry || entry.mtimeMs !== stats.mtimeMs || entry.size !== stats.size) {
      const raw: Bytes = new Uint8Array(await readFile(path));
      const hash = createHash('sha256').update(raw).digest('base64url').slice(0, 22);
      entry = { mtimeMs: stats.mtimeMs, size: stats.size, raw, etag: `W/"${hash}"` };
      cache.set(path, entry);
    }
    const type = getMimeType(path) ?? 'application/octet-stream';
    const compressible =
      entry.raw.length >= MIN_COMPRESSED &&
      /^(?:text\/|application\/(?:javascript|json)|image\/svg\+xml)/.test(type);
    const headers: Record<string, string> = {
      'Content-Type': type,
      ETag: entry.etag,
      'Cache-Control': isHashed(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (compressible) headers.Vary = 'Accept-Encoding';
    if (notModified(c.req.header('If-None-Match'), entry.etag)) {
      return c.body(null, 304, headers);
    }
    const encodings = compressible ? accepted(c.req.header('Accept-Encoding')) : new Set();
    let body = entry.raw;
    if (encodings.has('br')) {
      body = entry.br ??= new Uint8Array(
        brotliCompressSync(entry.raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length,
          },
        }),
      );
      headers['Content-Encoding'] = 'br';
    } else if (encodings.has('gzip')) {
      body = entry.gzip ??= new Uint8Array(gzipSync(entry.raw, { level: 6 }));
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    return c.body(body, 200, headers);
  };
}
