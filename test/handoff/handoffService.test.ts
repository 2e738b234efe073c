import { expect } from 'chai';
import type { AdvisorIdentity, DeskEvent } from '../../handoff/advisorDesk';
import { HandoffService, type PersonNotice, type UrgentHandoff } from '../../handoff/handoffService';
import { loadOrganisations } from '../../handoff/orgs';
import { InProcessPresence } from '../../handoff/presence';
import { InProcessQueue } from '../../handoff/queue';
import type { RiskLevel } from '../../core/risk';

/** Tuesday 24 November 2026, 14:00 London: the demo advice line is open. */
const OPEN = Date.parse('2026-11-24T14:00:00Z');
const org = loadOrganisations().get('demo')!;
const ana: AdvisorIdentity = { id: 'ana', name: 'Ana', org: 'demo', languages: ['en', 'pl'] };
const ben: AdvisorIdentity = { id: 'ben', name: 'Ben', org: 'demo', languages: ['en'] };
const other: AdvisorIdentity = { id: 'olu', name: 'Olu', org: 'elsewhere', languages: ['en'] };

function setup(options: { relayFails?: boolean } = {}) {
  let now = OPEN;
  const delivered: Array<{ key: string; notice: PersonNotice }> = [];
  const urgent: UrgentHandoff[] = [];
  const events: DeskEvent[] = [];
  const desk = new HandoffService({
    queue: new InProcessQueue(),
    presence: new InProcessPresence(45_000),
    relay: {
      deliver: async (key, _reference, notice) => {
        if (options.relayFails) throw new Error('channel down');
        delivered.push({ key, notice });
      },
    },
    now: () => now,
    waitMs: 10 * 60_000,
    heartbeatTimeoutMs: 45_000,
    onUrgent: (u) => urgent.push(u),
  });
  desk.subscribe('demo', (e) => events.push(e));
  const join = (key: string, risk: RiskLevel = 'none', language = 'en', extra: { anyLanguage?: boolean } = {}) =>
    desk.request({
      conversationKey: key,
      org,
      risk,
      language,
      now: new Date(now),
      reference: { key },
      channel: 'webchat',
      topics: ['money'],
      district: 'LS6',
      ...extra,
    });
  return { desk, delivered, urgent, events, join, tick: (ms: number) => (now += ms) };
}

describe('HandoffService', () => {
  it('orders the queue by risk, then by who has waited longest', async () => {
    const { desk, join, tick } = setup();
    await join('a', 'none');
    tick(1000);
    await join('b', 'concern');
    tick(1000);
    await join('c', 'emergency');
    tick(1000);
    await join('d', 'concern');
    expect((await desk.list('demo')).map((s) => s.conversationKey)).to.deep.equal(['c', 'b', 'd', 'a']);
    expect(await desk.position('a')).to.equal(4);
  });

  it('gives the summary without any message text', async () => {
    const { desk, join } = setup();
    await join('a', 'concern');
    await desk.personMessage('a', 'my dad is really struggling', { level: 'none', categories: [] });
    const [summary] = await desk.list('demo');
    expect(summary).to.include({ phase: 'queued', risk: 'concern', language: 'en', district: 'LS6', channel: 'webchat', transcriptShared: false, unread: 1 });
    expect(JSON.stringify(summary)).not.to.contain('struggling');
  });

  it('shows advisors only their own organisation', async () => {
    const { desk, join } = setup();
    await join('a');
    expect(await desk.list('elsewhere')).to.deep.equal([]);
    expect(await desk.claim('a', other)).to.equal('forbidden');
    expect(await desk.transcript('a', other)).to.equal(undefined);
  });

  it('lets exactly one of two advisors claiming at once win', async () => {
    const { desk, join, delivered } = setup();
    await join('a');
    const results = await Promise.all([desk.claim('a', ana), desk.claim('a', ben)]);
    expect(results.sort()).to.deep.equal(['claimed', 'taken']);
    expect(delivered.filter((d) => d.notice.type === 'joined')).to.have.length(1);
    expect(await desk.claim('gone', ana)).to.equal('gone');
  });

  it('relays both ways and keeps every message the person sent while waiting', async () => {
    const { desk, join, delivered } = setup();
    await join('a');
    await desk.personMessage('a', 'are you there?', { level: 'none', categories: [] });
    await desk.claim('a', ana);
    expect(await desk.send('a', ana, 'Hello, I am Ana')).to.equal(true);
    expect(delivered.at(-1)).to.deep.equal({ key: 'a', notice: { type: 'message', advisorName: 'Ana', text: 'Hello, I am Ana' } });
    await desk.personMessage('a', 'thank you', { level: 'none', categories: [] });
    const lines = (await desk.transcript('a', ana))!.map((l) => `${l.from}:${l.text}`);
    expect(lines).to.deep.equal(['person:are you there?', 'advisor:Hello, I am Ana', 'person:thank you']);
    expect(await desk.send('a', ben, 'not mine')).to.equal(false);
    expect(await desk.transcript('a', ben)).to.equal(undefined);
  });

  it('shares what came before only when the person agreed', async () => {
    const { desk, join } = setup();
    await join('a');
    await join('b');
    desk.shareTranscript('a', [{ from: 'person', text: 'earlier words', at: OPEN }]);
    desk.shareTranscript('b', undefined);
    expect((await desk.transcript('a', ana))!.map((l) => l.text)).to.deep.equal(['earlier words']);
    expect(await desk.transcript('b', ana)).to.deep.equal([]);
    expect((await desk.list('demo')).map((s) => s.transcriptShared)).to.deep.equal([true, false]);
  });

  it('ends the hand-off and tells the person; the advisor can no longer write', async () => {
    const { desk, join, delivered, events } = setup();
    await join('a');
    await desk.claim('a', ana);
    expect(await desk.end('a', ben)).to.equal(false);
    expect(await desk.end('a', ana)).to.equal(true);
    expect(delivered.at(-1)!.notice).to.deep.equal({ type: 'ended', advisorName: 'Ana', risk: 'none', categories: [] });
    expect(await desk.phase('a')).to.equal(undefined);
    expect(await desk.send('a', ana, 'hello?')).to.equal(false);
    expect(events.some((e) => e.type === 'ended' && e.reason === 'advisor')).to.equal(true);
  });

  it('returns a conversation to the queue, at its old place, when the advisor console goes silent', async () => {
    const { desk, join, tick, delivered, events } = setup();
    await join('a');
    tick(1000);
    await join('b');
    await desk.claim('a', ana);
    tick(30_000);
    desk.heartbeat(ana);
    await desk.sweep();
    expect(await desk.phase('a')).to.equal('connected');
    tick(46_000);
    await desk.sweep();
    expect(await desk.phase('a')).to.equal('queued');
    expect(delivered.at(-1)).to.deep.equal({ key: 'a', notice: { type: 'requeued' } });
    expect(events.some((e) => e.type === 'ended' && e.reason === 'heartbeat')).to.equal(true);
    expect((await desk.list('demo')).map((s) => s.conversationKey)).to.deep.equal(['a', 'b']);
  });

  it('tells someone waiting long what else they can do, once', async () => {
    const { desk, join, tick, delivered } = setup();
    await join('a');
    tick(9 * 60_000);
    await desk.sweep();
    expect(delivered).to.deep.equal([]);
    tick(60_000);
    await desk.sweep();
    await desk.sweep();
    expect(delivered).to.deep.equal([{ key: 'a', notice: { type: 'waiting_long' } }]);
  });

  it('lets the person leave the queue', async () => {
    const { desk, join } = setup();
    await join('a');
    expect(await desk.leave('a')).to.equal(true);
    expect(await desk.list('demo')).to.deep.equal([]);
    expect(await desk.phase('a')).to.equal(undefined);
  });

  describe('language matching', () => {
    const cases: Array<{ why: string; online: AdvisorIdentity[]; language: string; anyLanguage?: boolean; status: string }> = [
      { why: 'an advisor online speaks it', online: [ana], language: 'pl', status: 'queued' },
      { why: 'nobody online speaks it', online: [ben], language: 'pl', status: 'no_language' },
      { why: 'nobody online speaks it, but the person chose to wait', online: [ben], language: 'pl', anyLanguage: true, status: 'queued' },
      { why: 'nobody is online yet: wait for whoever signs in', online: [], language: 'bn', status: 'queued' },
    ];
    for (const c of cases) {
      it(`${c.status} when ${c.why}`, async () => {
        const { desk, join } = setup();
        for (const advisor of c.online) desk.heartbeat(advisor);
        expect((await join('a', 'none', c.language, { anyLanguage: c.anyLanguage })).status).to.equal(c.status);
      });
    }
  });

  it('is closed out of hours and says when it opens', async () => {
    const { desk } = setup();
    const outcome = await desk.request({ conversationKey: 'a', org, risk: 'urgent', language: 'en', now: new Date('2026-11-24T21:00:00Z') });
    expect(outcome.status).to.equal('closed');
    expect(outcome.status === 'closed' && outcome.opensAt?.toISOString()).to.equal('2026-11-25T09:00:00.000Z');
  });

  describe('risk during a hand-off', () => {
    it('flags new risk to the advisor, moves a waiting person up and tells the advice line when urgent', async () => {
      const { desk, join, tick, events, urgent } = setup();
      await join('a', 'none');
      tick(1000);
      await join('b', 'concern');
      await desk.personMessage('a', 'I want to end it all', { level: 'urgent', categories: ['suicide_self_harm'] });
      const [first] = await desk.list('demo');
      expect(first).to.include({ conversationKey: 'a', risk: 'urgent', newRisk: 'urgent' });
      expect(events.some((e) => e.type === 'risk' && e.conversationKey === 'a' && e.level === 'urgent')).to.equal(true);
      expect(urgent).to.deep.equal([
        {
          conversationKey: 'a',
          org: 'demo',
          level: 'urgent',
          categories: ['suicide_self_harm'],
          channel: 'webchat',
          language: 'en',
          reason: 'risk_during_handoff',
        },
      ]);
    });

    it('tells the advice line at once of an urgent hand-off, without any personal text', async () => {
      const { join, urgent } = setup();
      await join('a', 'emergency');
      expect(urgent).to.have.length(1);
      expect(urgent[0]).to.include({ level: 'emergency', reason: 'handoff' });
    });
  });

  it('reports a relay failure to the advisor instead of losing it silently', async () => {
    const { desk, join } = setup({ relayFails: true });
    await join('a');
    expect(await desk.claim('a', ana)).to.equal('claimed');
    expect(await desk.send('a', ana, 'hello')).to.equal(false);
  });

  it('forgets everything about a conversation on "delete my data"', async () => {
    const { desk, join, events } = setup();
    await join('a');
    await desk.personMessage('a', 'private words', { level: 'none', categories: [] });
    await desk.claim('a', ana);
    await desk.erase('a');
    expect(await desk.list('demo')).to.deep.equal([]);
    expect(await desk.transcript('a', ana)).to.equal(undefined);
    expect(events.at(-1)).to.deep.equal({ type: 'ended', org: 'demo', conversationKey: 'a', reason: 'erased' });
  });

  it('gives back what a signed-out advisor held', async () => {
    const { desk, join } = setup();
    await join('a');
    await desk.claim('a', ana);
    await desk.signOff(ana);
    expect(await desk.phase('a')).to.equal('queued');
  });
});
