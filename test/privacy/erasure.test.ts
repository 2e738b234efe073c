/**
 * "Delete my data" leaves nothing of the person in any registered store, with
 * either state storage; a store that fails makes erasure fail, naming it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { conversationKeyOf } from '../../bots/conversationKeys';
import { ErasureService } from '../../privacy/erasure';
import { LowdbStorage, MemoryStateStorage, type StateStorage } from '../../storage';
import { CLOSED, OPEN, startBot, type Harness } from '../dialogs/botHarness';

/** How to tell that a registered store still holds something of the conversation. */
const planTokens: string[] = [];
const holdsSomething: Record<string, (h: Harness, conversationKey: string) => Promise<boolean>> = {
  plans: async (h) => planTokens.some((token) => h.app.plans.get(token) !== undefined),
  'conversation-state': async (h) => (await h.storage.read([h.storageKey]))[h.storageKey] !== undefined,
  handoff: async (h, key) => (await h.app.desk.phase(key)) !== undefined || (await h.app.queue.position(key)) !== undefined,
  'callback-requests': async (h, key) => (await h.app.callbacks.list('demo', OPEN.getTime())).some((r) => r.conversationKey === key),
};

const storages: { name: string; open: (dir: string) => StateStorage }[] = [
  { name: 'MemoryStateStorage', open: () => new MemoryStateStorage() },
  { name: 'LowdbStorage', open: (dir) => new LowdbStorage({ dir }) },
];

function keyOf(h: Harness): string {
  const { channelId, conversation } = h.adapter.template;
  return conversationKeyOf({ activity: { channelId, conversation } } as Parameters<typeof conversationKeyOf>[0]);
}

describe('delete my data', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'erasure-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  for (const { name, open } of storages) {
    it(`${name}: nothing of the person remains in any registered store`, async () => {
      const storage = open(dir);
      let now = CLOSED;
      const h = await startBot({ storage, clock: () => now });
      try {
        const key = keyOf(h);
        // A call-back request out of hours, then a place in the queue in hours.
        await h.say('I need help with money, my mum has cancer, I live in SE15 4QF');
        await h.say('talk to a person');
        await h.say('yes');
        await h.say('07700 900123');
        expect((await h.say('morning')).text).to.match(/call/i);
        now = OPEN;
        await h.say('talk to a person');
        const plan = await h.say('my plan');
        for (const m of JSON.stringify(plan.activities).matchAll(/\/plan\/([\w-]+)/g)) planTokens.push(m[1]);
        expect(Object.keys(holdsSomething)).to.have.members(h.app.erasure.registered);
        for (const store of h.app.erasure.registered) expect(await holdsSomething[store](h, key), `${store} before`).to.equal(true);

        expect((await h.say('delete my data')).text).to.match(/deleted/i);
        for (const store of h.app.erasure.registered) expect(await holdsSomething[store](h, key), `${store} after`).to.equal(false);
      } finally {
        await h.close();
        await storage.close();
      }
    });
  }

  it('the next message after erasure starts afresh without the old situation', async () => {
    const h = await startBot();
    try {
      await h.say('my mum has cancer');
      await h.say('delete my data');
      const next = await h.say('money worries');
      expect(next.text).not.to.match(/your mum/i);
    } finally {
      await h.close();
    }
  });

  it('a failing store makes erase throw naming it, after trying every store', async () => {
    const erasure = new ErasureService();
    const tried: string[] = [];
    erasure.register({ storeName: 'conversation-state', erase: async () => void tried.push('conversation-state') });
    erasure.register({
      storeName: 'handoff-queue',
      erase: async () => {
        throw new Error('down');
      },
    });
    erasure.register({ storeName: 'callback-requests', erase: async () => void tried.push('callback-requests') });
    let error: unknown;
    try {
      await erasure.erase({ conversationKey: 'k', storageKeys: ['x'] });
    } catch (e) {
      error = e;
    }
    expect(String(error))
      .to.match(/handoff-queue/)
      .and.not.match(/conversation-state|callback-requests/);
    expect(tried).to.have.members(['conversation-state', 'callback-requests']);
  });

  it('a store registered twice is refused', () => {
    const erasure = new ErasureService();
    erasure.register({ storeName: 'a', erase: async () => undefined });
    expect(() => erasure.register({ storeName: 'a', erase: async () => undefined })).to.throw(/twice/);
  });

  it('when a store fails in the bot, the person is told it did not work, and nothing is written back', async () => {
    const h = await startBot();
    try {
      await h.say('my mum has cancer');
      h.app.erasure.register({
        storeName: 'broken',
        erase: async () => {
          throw new Error('down');
        },
      });
      const reply = await h.say('delete my data');
      expect(reply.text)
        .to.match(/sorry/i)
        .and.not.match(/deleted everything/i);
      expect(await h.data(), 'state written back after a half-done erasure').to.equal(undefined);
    } finally {
      await h.close();
    }
  });
});
