/**
 * The behaviour every hand-off session store must show, in process or on Redis. The hand-off
 * service relies on it: `update` is an atomic read-change-write (a claim has one winner; lines
 * written at once on several instances are all kept), lists by organisation, copies in and out.
 * Every call is awaited, so a shared store runs this suite unchanged.
 */
import { expect } from 'chai';
import type { RiskLevel } from '../../core/risk';
import type { HandoffSessionStore, StoredHandoff } from '../../handoff/sessionStore';

export interface SessionStoreContractOptions<S extends HandoffSessionStore> {
  dispose?: (store: S) => Promise<void>;
}

const T0 = Date.parse('2026-11-24T14:00:00Z');

const handoff = (conversationKey: string, org = 'demo', risk: RiskLevel = 'none'): StoredHandoff => ({
  conversationKey,
  org,
  phase: 'queued',
  risk,
  queuedRisk: risk,
  categories: [],
  topics: ['money'],
  language: 'en',
  district: 'LS6',
  channel: 'webchat',
  joinedAt: T0,
  unread: 0,
  reference: { conversation: { id: conversationKey }, serviceUrl: 'http://127.0.0.1:1/' },
  during: [],
  toldWaitingLong: false,
});

export function sessionStoreContract<S extends HandoffSessionStore>(
  name: string,
  makeStore: () => Promise<S> | S,
  options: SessionStoreContractOptions<S> = {},
): void {
  describe(`${name} (HandoffSessionStore contract)`, () => {
    let store: S;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await options.dispose?.(store);
    });

    const put = (session: StoredHandoff) => store.update(session.conversationKey, () => ({ next: session, result: undefined }));
    const keys = (sessions: StoredHandoff[]) => sessions.map((s) => s.conversationKey).sort();

    it('gives back what was written, every field as given; nothing for an unknown key', async () => {
      const written = {
        ...handoff('a'),
        before: [{ from: 'person' as const, text: 'earlier', at: T0 - 1 }],
        advisor: { id: 'ana', name: 'Ana', org: 'demo', languages: ['en'] },
      };
      await put(written);
      expect(await store.get('a')).to.deep.equal(written);
      expect(await store.get('nobody')).to.equal(undefined);
    });

    it('lists by organisation, and all of them', async () => {
      await put(handoff('a', 'demo'));
      await put(handoff('b', 'demo'));
      await put(handoff('x', 'valleys'));
      expect(keys(await store.list('demo'))).to.deep.equal(['a', 'b']);
      expect(keys(await store.list('valleys'))).to.deep.equal(['x']);
      expect(await store.list('nobody')).to.deep.equal([]);
      expect(keys(await store.all())).to.deep.equal(['a', 'b', 'x']);
    });

    it('moves a hand-off whose organisation changed', async () => {
      await put(handoff('a', 'demo'));
      await put(handoff('a', 'valleys'));
      expect(keys(await store.list('demo'))).to.deep.equal([]);
      expect(keys(await store.list('valleys'))).to.deep.equal(['a']);
    });

    describe('update', () => {
      // [what the change decides, what is there afterwards]
      const cases: Array<[string, (s: StoredHandoff | undefined) => StoredHandoff | null | undefined, RiskLevel | undefined]> = [
        ['writes a changed copy', (s) => s && { ...s, risk: 'urgent' }, 'urgent'],
        ['writes nothing when it decides nothing', () => undefined, 'none'],
        ['deletes on null', () => null, undefined],
      ];
      for (const [what, decide, after] of cases) {
        it(what, async () => {
          await put(handoff('a'));
          const result = await store.update('a', (current) => ({ next: decide(current), result: current?.conversationKey }));
          expect(result).to.equal('a');
          expect((await store.get('a'))?.risk).to.equal(after);
          expect(keys(await store.list('demo'))).to.deep.equal(after ? ['a'] : []);
        });
      }

      it('sees nothing for a key never written, and can create it', async () => {
        const seen = await store.update('new', (current) => ({ next: current ?? handoff('new'), result: current }));
        expect(seen).to.equal(undefined);
        expect((await store.get('new'))?.conversationKey).to.equal('new');
      });

      it('of two claims at once, exactly one wins', async () => {
        await put(handoff('a'));
        const claim = (advisor: string) =>
          store.update('a', (s) => {
            if (!s || s.phase === 'connected') return { result: false };
            return { next: { ...s, phase: 'connected' as const, advisor: { id: advisor, name: advisor, org: 'demo', languages: ['en'] } }, result: true };
          });
        const results = await Promise.all([claim('ana'), claim('ben'), claim('cy')]);
        expect(results.filter(Boolean)).to.have.length(1);
        const winner = ['ana', 'ben', 'cy'][results.indexOf(true)];
        expect((await store.get('a'))?.advisor?.id).to.equal(winner);
      });

      it('keeps every one of 20 lines written at once', async () => {
        await put(handoff('a'));
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store.update('a', (s) =>
              s
                ? { next: { ...s, during: [...s.during, { from: 'person' as const, text: `line ${i}`, at: T0 + i }], unread: s.unread + 1 }, result: undefined }
                : { result: undefined },
            ),
          ),
        );
        const after = await store.get('a');
        expect(after?.during.map((l) => l.text)).to.have.members(Array.from({ length: 20 }, (_, i) => `line ${i}`));
        expect(after?.unread).to.equal(20);
      });
    });

    describe('copies', () => {
      it('keeps its own copy: changing what was written, what get returns or what a change received changes nothing', async () => {
        const written = handoff('a');
        await put(written);
        written.during.push({ from: 'person', text: 'later', at: T0 });
        const got = await store.get('a');
        got!.risk = 'emergency';
        await store.update('a', (current) => {
          current!.topics.push('changed');
          return { result: undefined };
        });
        const [listed] = await store.list('demo');
        listed.org = 'valleys';
        expect(await store.get('a')).to.deep.equal(handoff('a'));
      });
    });
  });
}
