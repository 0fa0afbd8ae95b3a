import { z } from 'zod';
import { LiveErrorCode } from './live-rooms';

/**
 * The payload of every client → server event on `/live`, as zod schemas (the TypeScript types are inferred from
 * them). The gateway checks each payload once, at the boundary, and hands the handler typed data; a payload that does
 * not fit is answered with the typed error ack (`INVALID_INPUT`, or `ROOM_NOT_FOUND` for a room id that cannot exist,
 * as before). Content rules (length, banned words, limits) stay with the service and libs/domain.
 * Imported as `@jobbridge/contracts/live-room-payloads`, apart from the main entry, so the web bundle stays without zod.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const roomId = z.string().regex(UUID);
const id = z.string().min(1).max(100);

export const LIVE_CLIENT_PAYLOADS = {
  'room.join': z.object({ roomId, since: z.number().int().min(0).nullish() }),
  'room.leave': z.object({ roomId }),
  'chat.send': z.object({ roomId, text: z.string() }),
  like: z.object({ roomId, count: z.number().int().optional() }),
  'question.ask': z.object({ roomId, text: z.string() }),
  'card.apply': z.object({ roomId, jobPostingId: id, idempotencyKey: z.string().min(8).max(80) }),
  'host.pin': z.object({ roomId, jobPostingId: id }),
  'host.unpin': z.object({ roomId }),
  'host.answer': z.object({ roomId, questionId: id, answer: z.string() }),
  'host.remove_message': z.object({ roomId, messageId: id }),
  'host.mute': z.object({ roomId, userId: id, muted: z.boolean() }),
} as const;

export type LiveClientEventName = keyof typeof LIVE_CLIENT_PAYLOADS;
export type LiveClientPayload<E extends LiveClientEventName> = z.infer<(typeof LIVE_CLIENT_PAYLOADS)[E]>;

export type LivePayloadCheck<E extends LiveClientEventName> =
  | { ok: true; data: LiveClientPayload<E> }
  | { ok: false; code: typeof LiveErrorCode.ROOM_NOT_FOUND | typeof LiveErrorCode.INVALID_INPUT; field: string; message: string };

/** Checks one event's payload: typed data, or the error code, the first offending field and a Chinese message. */
export function checkLivePayload<E extends LiveClientEventName>(event: E, payload: unknown): LivePayloadCheck<E> {
  const parsed = LIVE_CLIENT_PAYLOADS[event].safeParse(payload);
  if (parsed.success) return { ok: true, data: parsed.data as LiveClientPayload<E> };
  const field = String(parsed.error.issues[0]?.path[0] ?? 'payload');
  if (field === 'roomId') return { ok: false, code: LiveErrorCode.ROOM_NOT_FOUND, field, message: '直播间不存在' };
  return { ok: false, code: LiveErrorCode.INVALID_INPUT, field, message: `请求内容不正确（${field}）` };
}
