/** The turn's part in insight: what a conversation adds to the counters, once per row, and that counting never breaks a turn. */
import { expect } from 'chai';
import type { Count } from '../../insight/model';
import { districtWithNothingLocal } from '../catalogue/nothingLocal';
import { startBot, type Harness } from '../dialogs/botHarness';

const WEEK = '2026-W48';
const counted = async (h: Harness): Promise<string[]> => {
  await h.app.insight.settled();
  return (await h.app.insight.store.read(['demo'], [WEEK])).map((c: Count) => `${c.metric}:${c.category}=${c.value}`).sort();
};

describe('turn insight (bots/turnInsight.ts)', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('counts a conversation once per row: started at the first message, then new topics, the council and unmet need', async () => {
    h = await startBot();
    await h.update();
    expect(await counted(h), 'a welcome alone is not a conversation').to.deep.equal([]);
    await h.say('I need a break from caring');
    // A district whose council has nothing local yet (found in the shipped data, which keeps growing), so a break there is unmet need.
    const { district, council } = districtWithNothingLocal();
    await h.say(district);
    await h.say('I need a break from caring');
    const rows = await counted(h);
    expect(rows).to.include.members([
      'conversations:started=1',
      'channel:webchat=1',
      'language:en=1',
      'topic:break=1',
      `council:${council}=1`,
      `unmet:break/${council}=1`,
    ]);
    expect((await h.data())?.insight).to.include.members(['start', 'l:en', 't:break', `p:${council}`, `u:break/${council}`]);
  });

  it('keeps the counts after "delete my data" (nothing in them is the person\'s), while the conversation\'s tags go', async () => {
    h = await startBot();
    await h.say('I am worried about money');
    await h.say('delete my data');
    expect(await counted(h)).to.include('conversations:started=1');
    expect((await h.data())?.insight).to.equal(undefined);
  });

  for (const failure of ['rejects', 'throws'] as const)
    it(`answers as usual when the counter store ${failure}`, async () => {
      h = await startBot();
      const store = h.app.insight.store as { add: (...args: unknown[]) => Promise<void> };
      store.add =
        failure === 'rejects'
          ? () => Promise.reject(new Error('down'))
          : () => {
              throw new Error('down');
            };
      const reply = await h.say('I am worried about money');
      expect(reply.text).to.match(/money/i);
      await h.app.insight.settled();
    });
});
