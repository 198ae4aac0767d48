// authentik's own flow page opens a WebSocket to `/ws/client/` (its channels endpoint for
// notifications and reloads) and retries it with console errors when it fails. A quiet authentik
// accepts it and sends nothing: this accepts the upgrade (RFC 6455 handshake), answers pings and
// closes, and otherwise keeps the connection idle. Other upgrade paths are refused.
import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

export const CLIENT_WS_PATH = '/ws/client/';
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** The Sec-WebSocket-Accept value for a client's Sec-WebSocket-Key. */
export const acceptKey = (key: string) =>
  createHash('sha1')
    .update(key + GUID)
    .digest('base64');

/** One frame to the client (unmasked, payload < 126 bytes: pongs and closes only). */
const frame = (opcode: number, payload: Buffer) =>
  Buffer.concat([Buffer.from([0x80 | opcode, payload.length]), payload]);

/** Reads one masked client frame from the start of `data`, if complete. */
function readFrame(data: Buffer): { opcode: number; payload: Buffer; size: number } | undefined {
  if (data.length < 2) return undefined;
  const opcode = data[0]! & 0x0f;
  let length = data[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return undefined;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return undefined;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (data[1]! & 0x80) !== 0;
  const mask = masked ? data.subarray(offset, offset + 4) : undefined;
  offset += masked ? 4 : 0;
  if (data.length < offset + length) return undefined;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
  return { opcode, payload, size: offset + length };
}

function idle(socket: Duplex): void {
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (let f = readFrame(pending); f; f = readFrame(pending)) {
      pending = pending.subarray(f.size);
      if (f.opcode === 0x9) socket.write(frame(0xa, f.payload.subarray(0, 125)));
      if (f.opcode === 0x8) {
        socket.end(frame(0x8, f.payload.subarray(0, 2)));
        return;
      }
    }
  });
  socket.on('error', () => socket.destroy());
}

/** Accepts `/ws/client/` upgrades on `server` and keeps them idle; returns a "close them all". */
export function acceptClientWebSocket(server: Server): () => void {
  const open = new Set<Duplex>();
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    const key = req.headers['sec-websocket-key'];
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== CLIENT_WS_PATH || typeof key !== 'string') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`,
    );
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    idle(socket);
  });
  return () => {
    for (const socket of open) socket.destroy();
  };
}
