/**
 * The behaviour every console event channel must show, in process or over Redis pub/sub.
 * `makeChannels` gives two views: the same object in process, two instances on one Redis; an
 * event published through one reaches the listeners of the other. Delivery may be
 * asynchronous, so the suite waits for what it expects (bounded), then for a marker event
 * before asserting that something did not arrive.
 */
import { expect } from 'chai';
import type { DeskEvent } from '../../handoff/advisorDesk';
import type { DeskEvents } from '../../handoff/deskEvents';

const queueEvent = (org: string): DeskEvent => ({ type: 'queue', org });

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error(`never happened: ${what}`);
}

export function deskEventsContract<E extends DeskEvents>(
  name: string,
  makeChannels: (onError: (what: string) => void) => Promise<[E, E]> | [E, E],
  dispose: (channels: [E, E]) => Promise<void> = async () => undefined,
): void {
  describe(`${name} (DeskEvents contract)`, () => {
    let channels: [E, E];
    let errors: string[];
    beforeEach(async () => {
      errors = [];
      channels = await makeChannels((what) => errors.push(what));
    });
    afterEach(() => dispose(channels));

    it("delivers to the listeners of the event's organisation on both views, in order, with every field", async () => {
      const [a, b] = channels;
      const gotA: DeskEvent[] = [];
      const gotB: DeskEvent[] = [];
      const other: DeskEvent[] = [];
      a.subscribe('demo', (e) => gotA.push(e));
      b.subscribe('demo', (e) => gotB.push(e));
      b.subscribe('valleys', (e) => other.push(e));
      const sent: DeskEvent[] = [
        { type: 'message', org: 'demo', conversationKey: 'c1', line: { from: 'person', text: 'hello', at: 1 } },
        { type: 'risk', org: 'demo', conversationKey: 'c1', level: 'urgent', categories: ['suicide_self_harm'] },
        { type: 'ended', org: 'demo', conversationKey: 'c1', reason: 'heartbeat' },
      ];
      for (const event of sent) a.publish(event);
      await until(() => gotA.length === 3 && gotB.length === 3, 'three events on both views');
      expect(gotA).to.deep.equal(sent);
      expect(gotB).to.deep.equal(sent);
      expect(other).to.deep.equal([]);
    });

    it('stops after unsubscribe, and one failing listener does not stop the others', async () => {
      const [a, b] = channels;
      const kept: DeskEvent[] = [];
      const dropped: DeskEvent[] = [];
      const off = b.subscribe('demo', (e) => dropped.push(e));
      b.subscribe('demo', () => {
        throw new Error('console gone');
      });
      b.subscribe('demo', (e) => kept.push(e));
      off();
      a.publish(queueEvent('demo'));
      await until(() => kept.length === 1, 'the event');
      expect(dropped).to.deep.equal([]);
      expect(errors).to.include('listener');
    });
  });
}
