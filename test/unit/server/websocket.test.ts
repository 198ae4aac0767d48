// /ws/client/: authentik's flow page opens this WebSocket on every page; the reference server
// accepts it (RFC 6455 handshake), answers a ping, closes on request, and sends nothing else.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { acceptClientWebSocket, acceptKey } from '../../../server/http/websocket.js';

const server: Server = createServer((_req, res) => res.end('plain'));
const closeSockets = acceptClientWebSocket(server);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;
after(() => {
  closeSockets();
  server.close();
});

function upgrade(
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; socket?: Duplex }> {
  return new Promise((resolve, reject) => {
    const req = request({
      port,
      host: '127.0.0.1',
      path,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
    });
    req.on('upgrade', (res, socket) =>
      resolve({ status: res.statusCode!, headers: res.headers, socket }),
    );
    req.on('response', (res) => resolve({ status: res.statusCode!, headers: res.headers }));
    req.on('error', reject);
    req.end();
  });
}

/** A masked client frame, as browsers send them. */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length]), mask, masked]);
}

const nextData = (socket: Duplex) => new Promise<Buffer>((resolve) => socket.once('data', resolve));

test('the RFC 6455 example key gets the RFC example accept value', () => {
  assert.equal(acceptKey('dGhlIHNhbXBsZSBub25jZQ=='), 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
});

test('/ws/client/ is accepted, answers a ping with a pong and a close with a close', async () => {
  const { status, headers, socket } = await upgrade('/ws/client/');
  assert.equal(status, 101);
  assert.equal(headers['sec-websocket-accept'], 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  const pong = nextData(socket!);
  socket!.write(clientFrame(0x9, Buffer.from('hi')));
  assert.deepEqual([...(await pong)], [0x8a, 2, ...Buffer.from('hi')]);
  const closed = nextData(socket!);
  socket!.write(clientFrame(0x8, Buffer.from([0x03, 0xe8])));
  assert.deepEqual([...(await closed)], [0x88, 2, 0x03, 0xe8]);
});

test('other upgrade paths are refused', async () => {
  const { status } = await upgrade('/ws/other/');
  assert.equal(status, 404);
});
