import { expect } from 'chai';
import { HandoffWatcher, type WatchedDesk } from '../../insight/handoffWatcher';
import type { InsightEvent } from '../../insight/model';

type Item = { conversationKey: string; phase: 'queued' | 'connected'; joinedAt: number };

class FakeDesk implements WatchedDesk {
  items: Item[] = [];
  listeners: Array<(event: { type: string }) => void> = [];
  subscribe(_org: string, listener: (event: { type: string }) => void) {
    this.listeners.push(listener);
    return () => void (this.listeners = this.listeners.filter((l) => l !== listener));
  }
  async list() {
    return this.items.map((i) => ({ ...i }));
  }
  emit(type: string) {
    for (const l of this.listeners) l({ type });
  }
}

describe('HandoffWatcher (hand-off outcomes from the desk events)', () => {
  let desk: FakeDesk;
  let recorded: string[];
  let now: number;
  let watcher: HandoffWatcher;

  beforeEach(async () => {
    desk = new FakeDesk();
    recorded = [];
    now = 1_000_000;
    desk.items = [{ conversationKey: 'restored', phase: 'queued', joinedAt: 0 }];
    watcher = new HandoffWatcher(
      desk,
      { record: (_org, events: readonly InsightEvent[]) => recorded.push(...events.map((e) => `${e.metric}:${e.category}`)) },
      () => now,
    );
    await watcher.watch(['demo']);
  });

  const step = async (items: Item[], type = 'queue') => {
    desk.items = items;
    desk.emit(type);
    await watcher.settled();
  };

  it('counts a request, then its taking and how long it waited', async () => {
    await step([{ conversationKey: 'a', phase: 'queued', joinedAt: now }]);
    now += 7 * 60_000;
    await step([{ conversationKey: 'a', phase: 'connected', joinedAt: now - 7 * 60_000 }]);
    await step([], 'ended');
    expect(recorded).to.deep.equal(['handoff:requested', 'handoff:taken', 'wait:5-15m']);
  });

  it('counts one who leaves the queue before anyone takes them as left', async () => {
    await step([{ conversationKey: 'b', phase: 'queued', joinedAt: now }]);
    await step([]);
    expect(recorded).to.deep.equal(['handoff:requested', 'handoff:left']);
  });

  it('does not count what the desk already held at the start, nor a requeue taken again, nor message events', async () => {
    await step([{ conversationKey: 'restored', phase: 'connected', joinedAt: 0 }]);
    await step([{ conversationKey: 'c', phase: 'connected', joinedAt: now }]);
    await step([{ conversationKey: 'c', phase: 'queued', joinedAt: now }]);
    await step([{ conversationKey: 'c', phase: 'connected', joinedAt: now }]);
    desk.items = [];
    desk.emit('message');
    await watcher.settled();
    expect(recorded).to.deep.equal(['handoff:requested', 'handoff:taken', 'wait:under-1m']);
  });

  it('keeps its view but records nothing while another instance holds the lease', async () => {
    const quiet: string[] = [];
    let leads = false;
    const other = new HandoffWatcher(
      desk,
      { record: (_org, events) => quiet.push(...events.map((e) => e.category)) },
      () => now,
      undefined,
      async () => leads,
    );
    await other.watch(['demo']);
    desk.items = [{ conversationKey: 'd', phase: 'queued', joinedAt: now }];
    desk.emit('queue');
    await other.settled();
    leads = true;
    desk.items = [{ conversationKey: 'd', phase: 'connected', joinedAt: now }];
    desk.emit('queue');
    await other.settled();
    expect(quiet).to.deep.equal(['taken', 'under-1m']);
  });

  it('stops listening when stopped', async () => {
    watcher.stop();
    expect(desk.listeners).to.have.length(0);
  });
});
