import { z } from 'zod';

/**
 * The payload of every client → server event on `/fairs`, as zod schemas (types inferred from them), checked once at
 * the gateway. Imported as `@jobbridge/contracts/fair-payloads`, apart from the main entry, so the web bundle stays
 * without zod.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = z.string().regex(UUID);

export const FAIR_CLIENT_PAYLOADS = {
  'fair.enter': z.object({ fairId: id }),
  'fair.leave': z.object({ fairId: id }),
  'booth.staff': z.object({ boothId: id }),
  'booth.unstaff': z.object({ boothId: id }),
  'talk.join': z.object({ ticketId: id }),
  'talk.message': z.object({ ticketId: id, body: z.string().trim().min(1).max(1000) }),
  'talk.signal': z.object({
    ticketId: id,
    kind: z.enum(['offer', 'answer', 'candidate', 'hangup', 'ready']),
    // An SDP or an ICE candidate: an object of a few kilobytes at most (checked by size in the gateway).
    data: z.unknown(),
  }),
} as const;

export type FairClientEventName = keyof typeof FAIR_CLIENT_PAYLOADS;
export type FairClientPayload<E extends FairClientEventName> = z.infer<(typeof FAIR_CLIENT_PAYLOADS)[E]>;

export type FairPayloadCheck<E extends FairClientEventName> =
  { ok: true; data: FairClientPayload<E> } | { ok: false; code: 'INVALID_INPUT' | 'NOT_FOUND'; field: string; message: string };

export function checkFairPayload<E extends FairClientEventName>(event: E, payload: unknown): FairPayloadCheck<E> {
  const parsed = FAIR_CLIENT_PAYLOADS[event].safeParse(payload);
  if (parsed.success) return { ok: true, data: parsed.data as FairClientPayload<E> };
  const field = String(parsed.error.issues[0]?.path[0] ?? 'payload');
  if (field.endsWith('Id')) return { ok: false, code: 'NOT_FOUND', field, message: '内容不存在' };
  return { ok: false, code: 'INVALID_INPUT', field, message: `请求内容不正确（${field}）` };
}
