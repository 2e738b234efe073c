/**
 * Two hand-off services over the same parts, as two instances over one Redis: what one does the
 * other sees, console events reach a console subscribed on the other, and sweeps or claims run
 * on both act once. In process (fast): the Redis parts pass the same contracts (test/system/).
 */
import { expect } from 'chai';
import type { AdvisorIdentity, DeskEvent } from '../../handoff/advisorDesk';
import { InProcessDeskEvents } from '../../handoff/deskEvents';
import { HandoffService, type PersonNotice } from '../../handoff/handoffService';
import { loadOrganisations } from '../../handoff/orgs';
import { InProcessPresence } from '../../handoff/presence';
import { InProcessQueue } from '../../handoff/queue';
import { InProcessSessionStore } from '../../handoff/sessionStore';

const OPEN = Date.parse('2026-11-24T14:00:00Z');
const org = loadOrganisations().get('demo')!;
const ana: AdvisorIdentity = { id: 'ana', name: 'Ana', org: 'demo', languages: ['en'] };
const ben: AdvisorIdentity = { id: 'ben', name: 'Ben', org: 'demo', languages: ['en'] };

function twoInstances() {
  let now = OPEN;
  const parts = {
    queue: new InProcessQueue(),
    presence: new InProcessPresence(45_000),
    sessions: new InProcessSessionStore(),
    events: new InProcessDeskEvents(),
  };
  const told: Array<{ by: string; notice: PersonNotice }> = [];
  const make = (name: string) =>
    new HandoffService({
      ...parts,
      relay: { deliver: async (_key, _reference, notice) => void told.push({ by: name, notice }) },
      now: () => now,
      waitMs: 10 * 60_000,
      heartbeatTimeoutMs: 45_000,
    });
  const [a, b] = [make('a'), make('b')];
  const join = (desk: HandoffService, key: string) =>
    desk.request({ conversationKey: key, org, risk: 'none', language: 'en', now: new Date(now), reference: { key } });
  return { a, b, told, join, tick: (ms: number) => (now += ms) };
}

describe('two hand-off services on shared parts (two instances)', () => {
  it("a person's message on one reaches a console listening on the other, with the line", async () => {
    const { a, b, join } = twoInstances();
    const seen: DeskEvent[] = [];
    a.subscribe('demo', (event) => seen.push(event));
    await join(b, 'p1');
    expect(await b.claim('p1', ana)).to.equal('claimed');
    expect(await b.personMessage('p1', 'are you there?', { level: 'none', categories: [] })).to.equal(true);
    expect(seen.find((e) => e.type === 'message')).to.deep.include({ conversationKey: 'p1' });
    expect((await a.transcript('p1', ana))?.map((l) => l.text)).to.deep.equal(['are you there?']);
    expect(await a.phase('p1')).to.equal('connected');
  });

  it('of claims on both at once, one wins; the person is told once', async () => {
    const { a, b, told, join } = twoInstances();
    await join(a, 'p1');
    const results = await Promise.all([a.claim('p1', ana), b.claim('p1', ben)]);
    expect([...results].sort()).to.deep.equal(['claimed', 'taken']);
    expect(told.filter((t) => t.notice.type === 'joined')).to.have.length(1);
  });

  // [what, set-up, notice told once]
  const sweeps: Array<[string, (s: ReturnType<typeof twoInstances>) => Promise<void>, PersonNotice['type']]> = [
    [
      'a silent console gives the conversation back',
      async ({ a, join, tick }) => {
        await join(a, 'p1');
        await a.claim('p1', ana);
        tick(60_000);
      },
      'requeued',
    ],
    [
      'a long wait is told what else they can do',
      async ({ a, join, tick }) => {
        await join(a, 'p1');
        tick(11 * 60_000);
      },
      'waiting_long',
    ],
  ];
  for (const [what, setUp, notice] of sweeps) {
    it(`both sweep: ${what}, once`, async () => {
      const instances = twoInstances();
      await setUp(instances);
      await Promise.all([instances.a.sweep(), instances.b.sweep()]);
      await Promise.all([instances.a.sweep(), instances.b.sweep()]);
      expect(instances.told.filter((t) => t.notice.type === notice)).to.have.length(1);
      expect(await instances.b.phase('p1')).to.equal('queued');
    });
  }

  it('the advisor sends through the other instance; ending there ends it for both', async () => {
    const { a, b, told, join } = twoInstances();
    await join(a, 'p1');
    await a.claim('p1', ana);
    expect(await b.send('p1', ana, 'Hello from Ana')).to.equal(true);
    expect(told.find((t) => t.notice.type === 'message')).to.deep.include({ by: 'b' });
    expect((await a.transcript('p1', ana))?.map((l) => `${l.from}: ${l.text}`)).to.deep.equal(['advisor: Hello from Ana']);
    expect(await b.end('p1', ana)).to.equal(true);
    expect([await a.phase('p1'), await a.list('demo')]).to.deep.equal([undefined, []]);
  });
});
