/**
 * The behaviour every store of Direct Line conversations must show (directline/conversations.ts
 * `DirectLineConversations`), in process or shared: start, numbered activities paged by watermark,
 * a bounded history, listeners (the WebSocket streams), erasure, expiry on the suite's clock (token-only
 * conversations sooner), and the caps on new conversations (global, per address, the reserve).
 * Every call is awaited, so a shared (asynchronous) implementation can run this suite unchanged.
 */
import { expect } from 'chai';
import {
  ConversationRefused,
  type ActivitySet,
  type ChannelActivity,
  type ConversationLimits,
  type DirectLineConversations,
  type StreamListener,
} from '../../directline/conversations';

export interface ConversationsContractEnv {
  limits: ConversationLimits;
  /** The suite's clock (starts 2026-11-24 14:00 UTC); it moves only when a test moves it. */
  now: () => number;
}

export interface ConversationsContractOptions<S extends DirectLineConversations> {
  dispose?: (store: S) => Promise<void>;
}

const T0 = Date.parse('2026-11-24T14:00:00Z');
const MINUTE = 60_000;
const IDLE = 60 * MINUTE;
const DEFAULT_LIMITS: ConversationLimits = { historyLimit: 5, idleMs: IDLE, unstartedIdleMs: IDLE, maxConversations: 100, reserve: 0, perOwner: 0 };

const message = (text: string): ChannelActivity => ({ type: 'message', text });

/** A listener that remembers what it was sent and whether it was closed. */
function recorder(): StreamListener & { sets: ActivitySet[]; closed: number } {
  const sets: ActivitySet[] = [];
  const listener = { sets, closed: 0, send: (set: ActivitySet) => void sets.push(set), close: () => void listener.closed++ };
  return listener;
}

export function conversationsContract<S extends DirectLineConversations>(
  name: string,
  makeStore: (env: ConversationsContractEnv) => Promise<S> | S,
  options: ConversationsContractOptions<S> = {},
): void {
  describe(`${name} (DirectLineConversations contract)`, () => {
    let time = T0;
    const stores: S[] = [];
    const open = async (limits: Partial<ConversationLimits> = {}): Promise<S> => {
      const store = await makeStore({ limits: { ...DEFAULT_LIMITS, ...limits }, now: () => time });
      stores.push(store);
      return store;
    };
    beforeEach(() => {
      time = T0;
    });
    afterEach(async () => {
      for (const store of stores.splice(0)) await options.dispose?.(store);
    });

    const texts = async (store: S, id: string, watermark = 0): Promise<Array<string | undefined>> =>
      (await store.after(id, watermark))!.activities.map((a) => a.text);

    describe('start', () => {
      it('creates a conversation not started yet, with its user, start properties and time', async () => {
        const store = await open();
        time += 5000;
        const created = await store.create('dl_user', { locale: 'cy', org: 'valleys' });
        expect(await store.get(created.id)).to.deep.include({
          id: created.id,
          userId: 'dl_user',
          start: { locale: 'cy', org: 'valleys' },
          started: false,
          lastActiveAt: T0 + 5000,
        });
        expect(await store.ids()).to.deep.equal([created.id]);
      });

      it('gives each of 200 conversations its own id, long enough not to be guessed', async () => {
        const store = await open({ maxConversations: 1000 });
        const ids = await Promise.all(Array.from({ length: 200 }, async () => (await store.create('dl_user')).id));
        expect(new Set(ids).size).to.equal(200);
        for (const id of ids) expect(id).to.match(/^[A-Za-z0-9_-]{22,}$/);
        expect((await store.ids()).sort()).to.deep.equal([...ids].sort());
      });

      it('knows nothing of a conversation it never created, and does not mind being asked', async () => {
        const store = await open();
        await store.create('dl_user');
        const unknown = 'never-created';
        expect([
          await store.get(unknown),
          await store.after(unknown, 0),
          await store.append(unknown, message('x')),
          await store.listen(unknown, recorder()),
        ]).to.deep.equal([undefined, undefined, undefined, undefined]);
        expect(await store.hasActivity(unknown, `${unknown}|0000001`)).to.equal(false);
        await store.touch(unknown);
        await store.eraseHistory(unknown);
        await store.remove(unknown);
        expect(await store.ids()).to.have.length(1);
      });

      it('starts a conversation once: only the first call says it did', async () => {
        const store = await open();
        const { id } = await store.create('dl_user');
        time += 1000;
        expect([await store.markStarted(id), await store.markStarted(id), await store.markStarted('never-created')]).to.deep.equal([true, false, false]);
        expect(await store.get(id)).to.deep.include({ started: true, lastActiveAt: T0 + 1000 });
      });
    });

    describe('caps on new conversations', () => {
      /** What each create in turn gave: 'ok' or why it was refused. */
      async function attempts(store: S, owners: Array<string | undefined>): Promise<string[]> {
        const out: string[] = [];
        for (const owner of owners) {
          try {
            await store.create('dl_user', {}, owner);
            out.push('ok');
          } catch (error) {
            if (!(error instanceof ConversationRefused)) throw error;
            out.push(error.reason);
          }
        }
        return out;
      }

      // [what, limits, who asks in turn, what each got]
      const cases: Array<[string, Partial<ConversationLimits>, Array<string | undefined>, string[]]> = [
        ['refuses past the global cap', { maxConversations: 2 }, [undefined, undefined, undefined], ['ok', 'ok', 'full']],
        ['refuses an address past its own cap, not the others', { perOwner: 2 }, ['a', 'a', 'a', 'b'], ['ok', 'ok', 'owner', 'ok']],
        [
          'keeps the reserve for addresses holding no conversation yet',
          { maxConversations: 4, reserve: 2 },
          ['a', 'a', 'a', 'b', 'c', 'd'],
          ['ok', 'ok', 'reserve', 'ok', 'ok', 'full'],
        ],
      ];
      for (const [what, limits, owners, expected] of cases) {
        it(what, async () => {
          expect(await attempts(await open(limits), owners)).to.deep.equal(expected);
        });
      }

      it('has room again once a conversation ends or expires (no sweep needed)', async () => {
        const store = await open({ maxConversations: 2, unstartedIdleMs: 5 * MINUTE });
        const first = await store.create('a');
        await store.create('b');
        expect(await attempts(store, [undefined])).to.deep.equal(['full']);
        await store.remove(first.id);
        expect(await attempts(store, [undefined, undefined])).to.deep.equal(['ok', 'full']);
        time += 5 * MINUTE;
        expect(await attempts(store, [undefined, undefined, undefined])).to.deep.equal(['ok', 'ok', 'full']);
      });
    });

    describe('activities', () => {
      it('numbers activities from 1 and pages them by watermark', async () => {
        const store = await open();
        const { id } = await store.create('dl_user');
        for (const text of ['a', 'b', 'c']) await store.append(id, message(text));
        // [watermark asked for, texts after it, watermark returned]
        const cases: Array<[number, string[], string]> = [
          [0, ['a', 'b', 'c'], '3'],
          [1, ['b', 'c'], '3'],
          [2, ['c'], '3'],
          [3, [], '3'],
          [99, [], '3'],
        ];
        for (const [watermark, expected, next] of cases) {
          const page = (await store.after(id, watermark))!;
          expect(
            page.activities.map((a) => a.text),
            `after ${watermark}`,
          ).to.deep.equal(expected);
          expect(page.watermark, `after ${watermark}`).to.equal(next);
        }
      });

      it('pages an empty conversation as nothing, at watermark 0', async () => {
        const store = await open();
        const { id } = await store.create('dl_user');
        expect(await store.after(id, 0)).to.deep.equal({ activities: [], watermark: '0' });
      });

      it('stamps each activity with the id `<conversation>|<7-digit number>` and leaves the caller’s object as it was', async () => {
        const store = await open();
        const { id } = await store.create('dl_user');
        const given = { ...message('hello'), id: 'client-chosen', channelData: { org: 'demo' } };
        const stored = (await store.append(id, given))!;
        expect(stored).to.deep.equal({ type: 'message', text: 'hello', id: `${id}|0000001`, channelData: { org: 'demo' } });
        expect(given.id).to.equal('client-chosen');
        expect((await store.after(id, 0))!.activities).to.deep.equal([stored]);
        expect((await store.append(id, message('again')))!.id).to.equal(`${id}|0000002`);
      });

      it('numbers each conversation on its own', async () => {
        const store = await open();
        const one = (await store.create('a')).id;
        const two = (await store.create('b')).id;
        await store.append(one, message('1a'));
        await store.append(one, message('1b'));
        await store.append(two, message('2a'));
        expect(await texts(store, one)).to.deep.equal(['1a', '1b']);
        expect(await store.after(two, 0)).to.deep.equal({ activities: [{ type: 'message', text: '2a', id: `${two}|0000001` }], watermark: '1' });
      });

      it('knows which activities a conversation holds, and only its own', async () => {
        const store = await open();
        const one = (await store.create('a')).id;
        const two = (await store.create('b')).id;
        const stamped = (await store.append(one, message('x')))!.id!;
        expect([await store.hasActivity(one, stamped), await store.hasActivity(two, stamped), await store.hasActivity(one, `${one}|0000002`)]).to.deep.equal([
          true,
          false,
          false,
        ]);
      });

      it('keeps only the last activities of a long conversation, numbering on', async () => {
        const store = await open({ historyLimit: 3 });
        const { id } = await store.create('dl_user');
        for (let i = 1; i <= 10; i++) await store.append(id, message(String(i)));
        expect(await store.after(id, 0)).to.deep.include({ watermark: '10' });
        expect(await texts(store, id)).to.deep.equal(['8', '9', '10']);
        expect(await texts(store, id, 8)).to.deep.equal(['9', '10']);
        expect(await store.hasActivity(id, `${id}|0000001`)).to.equal(false);
      });
    });

    describe('listeners', () => {
      it('pushes each appended activity, with its watermark, to every listener until it unsubscribes', async () => {
        const store = await open();
        const { id } = await store.create('dl_user');
        const first = recorder();
        const second = recorder();
        const stopFirst = (await store.listen(id, first))!;
        await store.listen(id, second);
        await store.append(id, message('one'));
        stopFirst();
        await store.append(id, message('two'));
        const seen = (listener: ReturnType<typeof recorder>) => listener.sets.map((s) => [s.activities.map((a) => a.text), s.watermark]);
        expect(seen(first)).to.deep.equal([[['one'], '1']]);
        expect(seen(second)).to.deep.equal([
          [['one'], '1'],
          [['two'], '2'],
        ]);
        expect(second.sets[1].activities[0].id).to.equal(`${id}|0000002`);
      });

      it('pushes nothing from other conversations', async () => {
        const store = await open();
        const one = (await store.create('a')).id;
        const two = (await store.create('b')).id;
        const listener = recorder();
        await store.listen(one, listener);
        await store.append(two, message('not yours'));
        expect(listener.sets).to.deep.equal([]);
      });
    });

    describe('erasing the history ("delete my data")', () => {
      it('drops what was said but keeps the numbering and the streams, so clients get what comes next', async () => {
        const store = await open();
        const { id } = await store.create('dl_user');
        const listener = recorder();
        await store.listen(id, listener);
        const said = (await store.append(id, message('private')))!.id!;
        await store.eraseHistory(id);
        expect(await store.hasActivity(id, said)).to.equal(false);
        expect(await store.after(id, 0)).to.deep.equal({ activities: [], watermark: '1' });
        await store.append(id, message('deleted'));
        expect(await texts(store, id, 1)).to.deep.equal(['deleted']);
        expect(await texts(store, id, 0)).to.deep.equal(['deleted']);
        expect(listener.sets.map((s) => s.watermark)).to.deep.equal(['1', '2']);
        expect(listener.closed).to.equal(0);
      });
    });

    describe('expiry (on the suite’s clock)', () => {
      // [idle for, swept]
      const cases: Array<[string, number, boolean]> = [
        ['the idle limit less 1 ms', IDLE - 1, false],
        ['exactly the idle limit', IDLE, true],
        ['a day', 24 * 60 * MINUTE, true],
      ];
      for (const [label, ms, swept] of cases) {
        it(`${swept ? 'sweeps' : 'keeps'} a conversation idle for ${label}`, async () => {
          const store = await open();
          const { id } = await store.create('dl_user');
          time += ms;
          expect(await store.sweep()).to.deep.equal(swept ? [id] : []);
          expect((await store.get(id)) === undefined).to.equal(swept);
        });
      }

      // What counts as activity: each resets the idle time.
      const keepAlive: Array<[string, (store: S, id: string) => Promise<unknown> | unknown]> = [
        ['an appended activity', (store, id) => store.append(id, message('still here'))],
        ['a touch (a client read or reconnected)', (store, id) => store.touch(id)],
      ];
      for (const [label, act] of keepAlive) {
        it(`counts idle time from the last activity: ${label}`, async () => {
          const store = await open();
          const { id } = await store.create('dl_user');
          time += 50 * MINUTE;
          await act(store, id);
          expect(await store.get(id)).to.deep.include({ lastActiveAt: T0 + 50 * MINUTE });
          time += 50 * MINUTE;
          expect(await store.sweep()).to.deep.equal([]);
          time += 10 * MINUTE;
          expect(await store.sweep()).to.deep.equal([id]);
        });
      }

      it('sweeps a conversation that only ever had a token after minutes, a started one only after the idle limit', async () => {
        const store = await open({ unstartedIdleMs: 5 * MINUTE });
        const tokenOnly = (await store.create('dl_1')).id;
        const started = (await store.create('dl_2')).id;
        await store.markStarted(started);
        time += 5 * MINUTE - 1;
        expect(await store.sweep()).to.deep.equal([]);
        time += 1;
        expect(await store.sweep()).to.deep.equal([tokenOnly]);
        time += IDLE - 5 * MINUTE;
        expect(await store.sweep()).to.deep.equal([started]);
      });

      it('closes the streams of what it sweeps, keeps the rest, and forgets the swept for good', async () => {
        const store = await open();
        const idle = (await store.create('dl_1')).id;
        const listener = recorder();
        await store.listen(idle, listener);
        time += 30 * MINUTE;
        const active = (await store.create('dl_2')).id;
        time += 30 * MINUTE;
        expect(await store.sweep()).to.deep.equal([idle]);
        expect(listener.closed).to.equal(1);
        expect(await store.ids()).to.deep.equal([active]);
        expect([
          await store.get(idle),
          await store.append(idle, message('late')),
          await store.after(idle, 0),
          await store.listen(idle, recorder()),
        ]).to.deep.equal([undefined, undefined, undefined, undefined]);
        expect(await store.sweep()).to.deep.equal([]);
      });
    });

    describe('remove and close', () => {
      it('remove ends one conversation: its streams close, the others stay', async () => {
        const store = await open();
        const one = (await store.create('a')).id;
        const two = (await store.create('b')).id;
        const [first, second] = [recorder(), recorder()];
        await store.listen(one, first);
        await store.listen(two, second);
        await store.remove(one);
        expect([first.closed, second.closed]).to.deep.equal([1, 0]);
        expect(await store.get(one)).to.equal(undefined);
        expect(await store.ids()).to.deep.equal([two]);
        await store.remove(one);
        expect(first.closed).to.equal(1);
      });

      it('close closes every stream this process holds (server stop)', async () => {
        const store = await open({ maxConversations: 2 });
        const listeners = [recorder(), recorder()];
        for (const listener of listeners) await store.listen((await store.create('u')).id, listener);
        await store.close();
        expect(listeners.map((l) => l.closed)).to.deep.equal([1, 1]);
      });
    });
  });
}
