/**
 * The start of a turn on Redis (bots/turnLease.ts with activityOnce.ts): the activity record is
 * left for the lease's one script; a repeat runs nothing; when the script cannot run, the record
 * is asked on its own and the message is handled if that fails too; the hand-off is skipped only
 * when the script proved there is none.
 */
import { expect } from 'chai';
import { TurnContext, TestAdapter, type Activity } from 'botbuilder';
import { OncePerActivityMiddleware, type SeenActivities } from '../../bots/activityOnce';
import { handoffProvedAbsent, TurnLeaseMiddleware, type TurnLease, type TurnStart } from '../../bots/turnLease';

type Begin = TurnLease['begin'];

interface Run {
  ran: boolean;
  handoffAbsent: boolean;
  asked: Parameters<Begin>[1][];
  sighted: string[];
  released: number;
  errors: number;
}

async function turn(begin: (keys: Parameters<Begin>[1]) => Promise<Omit<TurnStart, 'release'>>, seenAnswer: () => Promise<boolean>): Promise<Run> {
  const run: Run = { ran: false, handoffAbsent: false, asked: [], sighted: [], released: 0, errors: 0 };
  const seen: SeenActivities = {
    recordedAtTurnStart: true,
    firstSighting: (key) => (run.sighted.push(key), seenAnswer()),
  };
  const lease: TurnLease = {
    begin: async (_conversation, keys) => {
      run.asked.push(keys);
      const start = await begin(keys);
      return { ...start, release: async () => void (run.released += 1) };
    },
  };
  const adapter = new TestAdapter(async (context: TurnContext) => {
    run.ran = true;
    run.handoffAbsent = handoffProvedAbsent(context);
  });
  adapter.use(new OncePerActivityMiddleware(seen));
  adapter.use(
    new TurnLeaseMiddleware(lease, () => (run.errors += 1), {
      stateKeyOf: () => 'webchat/conversations/c1/',
      handoffKeyOf: (conversationKey) => `handoff:${conversationKey.length}`,
    }),
  );
  await adapter.send({ type: 'message', id: 'm1', text: 'hello' } as Partial<Activity>);
  await new Promise((resolve) => setImmediate(resolve));
  return run;
}

describe('the start of a turn in one call (bots/turnLease.ts)', () => {
  const cases = [
    {
      name: 'a first sighting: runs, the record goes with the lease (not asked on its own), the hand-off proved absent',
      begin: async () => ({ repeat: false, handoffAbsent: true }),
      seen: async () => true,
      expect: { ran: true, handoffAbsent: true, sighted: 0, released: 1, errors: 0 },
    },
    {
      name: 'a hand-off that may exist: runs and the desk is asked as before',
      begin: async () => ({ repeat: false, handoffAbsent: false }),
      seen: async () => true,
      expect: { ran: true, handoffAbsent: false, sighted: 0, released: 1, errors: 0 },
    },
    {
      name: 'a repeat: nothing runs, no lease to give back',
      begin: async () => ({ repeat: true, handoffAbsent: false }),
      seen: async () => true,
      expect: { ran: false, handoffAbsent: false, sighted: 0, released: 0, errors: 0 },
    },
    {
      name: 'the script fails: the record is asked on its own; a first sighting runs without the lease',
      begin: async () => Promise.reject(new Error('down')),
      seen: async () => true,
      expect: { ran: true, handoffAbsent: false, sighted: 1, released: 0, errors: 1 },
    },
    {
      name: 'the script fails and the record says repeat: nothing runs',
      begin: async () => Promise.reject(new Error('lease timeout')),
      seen: async () => false,
      expect: { ran: false, handoffAbsent: false, sighted: 1, released: 0, errors: 1 },
    },
    {
      name: 'both unreachable: the message is handled anyway (it may carry risk)',
      begin: async () => Promise.reject(new Error('down')),
      seen: async () => Promise.reject(new Error('down')),
      expect: { ran: true, handoffAbsent: false, sighted: 1, released: 0, errors: 2 },
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const run = await turn(c.begin, c.seen);
      expect({ ran: run.ran, handoffAbsent: run.handoffAbsent, sighted: run.sighted.length, released: run.released, errors: run.errors }).to.deep.equal(
        c.expect,
      );
      expect(run.asked).to.have.length(1);
      expect(run.asked[0].seen).to.match(/:m1$/);
      expect(run.asked[0].stateKey).to.equal('webchat/conversations/c1/');
      expect(run.asked[0].handoffKey).to.match(/^handoff:/);
    });
  }

  it('a record kept locally (lowdb, memory) is asked before the queue as before, and the lease gets no id', async () => {
    const asked: Parameters<Begin>[1][] = [];
    const adapter = new TestAdapter(async () => undefined);
    adapter.use(new OncePerActivityMiddleware({ firstSighting: async () => true }));
    adapter.use(
      new TurnLeaseMiddleware({ begin: async (_c, keys) => (asked.push(keys), { repeat: false, handoffAbsent: false, release: async () => undefined }) }),
    );
    await adapter.send({ type: 'message', id: 'm2', text: 'hi' } as Partial<Activity>);
    expect(asked[0].seen).to.equal(undefined);
  });
});
