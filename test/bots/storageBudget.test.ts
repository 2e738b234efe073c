/**
 * Storage that hangs (Redis down, ioredis still retrying) must not hold up the crisis reply:
 * the load runs out of its budget and the fail-safe speaks. Time is moved by fake timers and the
 * test asserts on the path taken (the fail-safe's crisis contacts), never on how long it took.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { TimedStorage } from '../../storage';
import { startBot, type Seen } from '../dialogs/botHarness';
import { HangingStorage } from '../storage/hangingStorage';

const URGENT = 'I want to kill myself tonight';
const CRISIS_NUMBERS = [/116 123/, /85258/, /999/];
const BUDGET_MS = 2000;

describe('a turn with storage that hangs', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })));
  afterEach(() => sinon.restore());

  async function hungBot() {
    const inner = new HangingStorage();
    const h = await startBot({ storage: new TimedStorage(inner, BUDGET_MS, () => clock.now) });
    await h.say('hello');
    inner.hanging = true;
    return { h, inner };
  }

  it('an urgent message gets the crisis contacts once the budget is spent, and not before', async () => {
    const { h } = await hungBot();
    let reply: Seen | undefined;
    const turn = h.say(URGENT).then((seen) => (reply = seen));
    await clock.tickAsync(BUDGET_MS - 1);
    expect(reply, 'still waiting on the load inside its budget').to.equal(undefined);
    await clock.tickAsync(1);
    await turn;
    for (const number of CRISIS_NUMBERS) expect(reply!.text).to.match(number);
    await h.close();
  });

  it('urgent messages queued behind a hung turn of the same conversation do not each wait the budget', async () => {
    const { h } = await hungBot();
    const first = h.say(URGENT);
    await clock.tickAsync(BUDGET_MS);
    await first;
    // The store is known to be down: the next turn fails at once (no time passes at all).
    const second = await h.say('I am going to end it all');
    for (const number of CRISIS_NUMBERS) expect(second.text).to.match(number);
    await h.close();
  });

  it('a message without risk gets the kind apology through the same path', async () => {
    const { h } = await hungBot();
    const turn = h.say('money worries');
    await clock.tickAsync(BUDGET_MS);
    const reply = await turn;
    expect(reply.text).to.match(/sorry/i);
    expect(reply.text).not.to.match(/116 123/);
    await h.close();
  });
});
