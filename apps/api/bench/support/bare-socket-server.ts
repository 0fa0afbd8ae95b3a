/**
 * The baseline for bench:live: a bare socket.io server with the same Redis adapter and no application code. Viewers
 * `join` a room, the host's `pin` and viewers' `chat` are broadcast to it as they come. Prints
 * `BARE_SOCKET_LISTENING <url>` once it listens.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

async function main() {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new Error('REDIS_URL is required');
  const pub = new Redis(redisUrl);
  const sub = pub.duplicate();
  const http = createServer();
  const io = new Server(http, { cors: { origin: true } });
  io.adapter(createAdapter(pub, sub, { key: `${process.env.REDIS_KEY_PREFIX ?? 'bare:'}socket.io` }));
  const nsp = io.of('/live');
  let seq = 0;
  nsp.on('connection', (socket) => {
    socket.on('room.join', async (p: { roomId: string }, ack?: (r: unknown) => void) => {
      await socket.join(`live:${p.roomId}`);
      ack?.({ ok: true });
    });
    socket.on('host.pin', (p: { roomId: string; card: unknown }, ack?: (r: unknown) => void) => {
      nsp
        .to(`live:${p.roomId}`)
        .emit('room.event', { roomId: p.roomId, seq: ++seq, type: 'pinned', card: p.card, at: new Date().toISOString() });
      ack?.({ ok: true });
    });
    socket.on('chat.send', (p: { roomId: string; text: string }, ack?: (r: unknown) => void) => {
      nsp.to(`live:${p.roomId}`).emit('room.event', {
        roomId: p.roomId,
        seq: ++seq,
        type: 'chat',
        message: { id: String(seq), userId: 'u', userName: '马**', text: p.text, at: new Date().toISOString() },
      });
      ack?.({ ok: true });
    });
    socket.emit('ready', { userId: null });
  });
  http.listen(0, '127.0.0.1', () => {
    const { port } = http.address() as { port: number };
    process.stdout.write(`BARE_SOCKET_LISTENING http://127.0.0.1:${port}\n`);
  });
  process.on('SIGTERM', () => {
    io.close();
    pub.disconnect();
    sub.disconnect();
    process.exit(0);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
