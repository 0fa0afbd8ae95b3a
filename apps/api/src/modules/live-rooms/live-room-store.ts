import type { LiveJobCard, LiveRoomEvent, LiveRoomEventBody, LiveRoomStats } from '@jobbridge/contracts';

/** Events kept per room for replay after a reconnect. */
export const LIVE_LOG_SIZE = 500;

export type LiveCounters = Omit<LiveRoomStats, 'roomId'>;

/**
 * The live state of rooms, shared by every API process: the numbered event log (for replay), the pinned card, who is
 * present (connections per viewer), card impressions, counters and muted users. In memory for one process; in Redis
 * when REDIS_URL is set (RedisLiveRoomStore), so viewers on two processes see one room.
 */
export interface LiveRoomStore {
  /** Numbers an event with the room's next seq and keeps it in the log. */
  log(roomId: string, body: LiveRoomEventBody): Promise<LiveRoomEvent>;
  /** Logged events after `seq`, in order; `complete` is false when the log no longer reaches back that far. */
  since(roomId: string, seq: number): Promise<{ events: LiveRoomEvent[]; complete: boolean; latest: number }>;
  setPinned(roomId: string, card: LiveJobCard | null): Promise<void>;
  pinned(roomId: string): Promise<LiveJobCard | null>;
  /**
   * One more connection for the viewer; `first` when the viewer was not present. Updates the peak. With an `address`
   * (anonymous viewers) at most the store's cap of connections per address count; beyond it `counted` is false and
   * nothing changed (the connection watches without being counted, and must not leave).
   */
  join(roomId: string, viewerKey: string, address?: string | null): Promise<{ viewers: number; first: boolean; counted: boolean }>;
  /** A counted connection left (with the address it joined with). */
  leave(roomId: string, viewerKey: string, address?: string | null): Promise<{ viewers: number; last: boolean }>;
  /** This process no longer holds presence in the room (it ended): its share is taken back and not heartbeaten. */
  release(roomId: string): Promise<void>;
  /** Records that these viewers (or everyone present now) saw the job's card. */
  addImpressions(roomId: string, jobPostingId: string, viewerKeys: string[] | 'present'): Promise<void>;
  impressions(roomId: string): Promise<{ jobPostingId: string; viewerKey: string }[]>;
  addLikes(roomId: string, count: number): Promise<void>;
  countQuestion(roomId: string): Promise<void>;
  countApplication(roomId: string, jobPostingId: string): Promise<void>;
  counters(roomId: string): Promise<LiveCounters>;
  setMuted(roomId: string, userId: string, muted: boolean): Promise<void>;
  isMuted(roomId: string, userId: string): Promise<boolean>;
  /** Forgets the room (after it ended and its figures were stored). */
  clear(roomId: string): Promise<void>;
  close(): Promise<void>;
}

interface MemoryRoom {
  seq: number;
  log: LiveRoomEvent[];
  pinned: LiveJobCard | null;
  connections: Map<string, number>;
  /** Counted anonymous connections per client address. */
  addresses: Map<string, number>;
  peak: number;
  impressions: Map<string, Set<string>>;
  likes: number;
  questions: number;
  applications: Map<string, number>;
  muted: Set<string>;
}

export class MemoryLiveRoomStore implements LiveRoomStore {
  private readonly rooms = new Map<string, MemoryRoom>();

  constructor(private readonly options: { anonymousViewersPerAddress?: number } = {}) {}

  private room(id: string): MemoryRoom {
    let r = this.rooms.get(id);
    if (!r) {
      r = {
        seq: 0,
        log: [],
        pinned: null,
        connections: new Map(),
        addresses: new Map(),
        peak: 0,
        impressions: new Map(),
        likes: 0,
        questions: 0,
        applications: new Map(),
        muted: new Set(),
      };
      this.rooms.set(id, r);
    }
    return r;
  }

  async log(roomId: string, body: LiveRoomEventBody): Promise<LiveRoomEvent> {
    const r = this.room(roomId);
    const event = { ...body, seq: ++r.seq } as LiveRoomEvent;
    r.log.push(event);
    if (r.log.length > LIVE_LOG_SIZE) r.log.splice(0, r.log.length - LIVE_LOG_SIZE);
    return event;
  }

  async since(roomId: string, seq: number) {
    const r = this.room(roomId);
    const events = r.log.filter((e) => e.seq > seq);
    const oldest = r.log[0]?.seq ?? r.seq + 1;
    return { events, complete: seq >= r.seq || oldest <= seq + 1, latest: r.seq };
  }

  async setPinned(roomId: string, card: LiveJobCard | null) {
    this.room(roomId).pinned = card;
  }

  async pinned(roomId: string) {
    return this.room(roomId).pinned;
  }

  async join(roomId: string, viewerKey: string, address: string | null = null) {
    const r = this.room(roomId);
    if (address) {
      const a = r.addresses.get(address) ?? 0;
      if (a >= (this.options.anonymousViewersPerAddress ?? 60)) return { viewers: r.connections.size, first: false, counted: false };
      r.addresses.set(address, a + 1);
    }
    const n = (r.connections.get(viewerKey) ?? 0) + 1;
    r.connections.set(viewerKey, n);
    r.peak = Math.max(r.peak, r.connections.size);
    return { viewers: r.connections.size, first: n === 1, counted: true };
  }

  async leave(roomId: string, viewerKey: string, address: string | null = null) {
    const r = this.rooms.get(roomId);
    if (!r?.connections.has(viewerKey)) return { viewers: r?.connections.size ?? 0, last: true };
    const n = (r.connections.get(viewerKey) ?? 0) - 1;
    if (n <= 0) r.connections.delete(viewerKey);
    else r.connections.set(viewerKey, n);
    if (address) {
      const a = (r.addresses.get(address) ?? 0) - 1;
      if (a <= 0) r.addresses.delete(address);
      else r.addresses.set(address, a);
    }
    return { viewers: r.connections.size, last: n <= 0 };
  }

  /** One process holds all of it: clear() forgets the room. */
  async release(): Promise<void> {}

  async addImpressions(roomId: string, jobPostingId: string, viewerKeys: string[] | 'present') {
    const r = this.room(roomId);
    const set = r.impressions.get(jobPostingId) ?? new Set<string>();
    for (const k of viewerKeys === 'present' ? r.connections.keys() : viewerKeys) set.add(k);
    r.impressions.set(jobPostingId, set);
  }

  async impressions(roomId: string) {
    return [...this.room(roomId).impressions].flatMap(([jobPostingId, keys]) =>
      [...keys].map((viewerKey) => ({ jobPostingId, viewerKey })),
    );
  }

  async addLikes(roomId: string, count: number) {
    this.room(roomId).likes += count;
  }

  async countQuestion(roomId: string) {
    this.room(roomId).questions++;
  }

  async countApplication(roomId: string, jobPostingId: string) {
    const apps = this.room(roomId).applications;
    apps.set(jobPostingId, (apps.get(jobPostingId) ?? 0) + 1);
  }

  async counters(roomId: string): Promise<LiveCounters> {
    const r = this.room(roomId);
    return {
      viewers: r.connections.size,
      peakViewers: r.peak,
      likes: r.likes,
      questions: r.questions,
      applications: Object.fromEntries(r.applications),
    };
  }

  async setMuted(roomId: string, userId: string, muted: boolean) {
    const set = this.room(roomId).muted;
    if (muted) set.add(userId);
    else set.delete(userId);
  }

  async isMuted(roomId: string, userId: string) {
    return this.room(roomId).muted.has(userId);
  }

  async clear(roomId: string) {
    this.rooms.delete(roomId);
  }

  async close() {
    this.rooms.clear();
  }
}
