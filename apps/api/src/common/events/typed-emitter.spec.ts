import { TypedEmitter } from './typed-emitter';

type Events = { 'thing.changed': [id: string, version: number]; ready: [] };

describe('TypedEmitter', () => {
  it('delivers typed payloads to listeners, in order, until they are removed', () => {
    const events = new TypedEmitter<Events>();
    const seen: string[] = [];
    const listener = (id: string, version: number) => seen.push(`${id}@${version}`);
    events.on('thing.changed', listener);
    events.once('ready', () => seen.push('ready'));
    expect(events.emit('thing.changed', 'a', 1)).toBe(true);
    events.emit('ready');
    events.emit('ready');
    events.off('thing.changed', listener);
    expect(events.emit('thing.changed', 'b', 2)).toBe(false);
    expect(seen).toEqual(['a@1', 'ready']);
    expect(events.listenerCount('thing.changed')).toBe(0);
  });

  it('lists listeners so async ones can be awaited in turn', async () => {
    const events = new TypedEmitter<Events>();
    const order: number[] = [];
    events.on('thing.changed', async (_id, version) => {
      await Promise.resolve();
      order.push(version);
    });
    for (const l of events.listeners('thing.changed')) await l('x', 7);
    expect(order).toEqual([7]);
  });

  it('refuses misspelt events and wrong payloads at compile time', () => {
    const events = new TypedEmitter<Events>();
    // @ts-expect-error — no such event
    events.on('thing.chnged', () => undefined);
    // @ts-expect-error — the version must be a number
    events.emit('thing.changed', 'a', '1');
    // @ts-expect-error — a listener for the wrong payload
    events.on('thing.changed', (id: number) => id);
    expect(events.listenerCount('thing.changed')).toBe(1);
  });
});
