/**
 * A turn whose start proved there is no hand-off session (bots/turnLease.ts, on Redis) does not
 * ask the desk for one, and offers the bot's lines only once it queues the person: what the
 * advisor reads and what the person sees are the same as when the desk is asked every time.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { TurnLeaseMiddleware } from '../../bots/turnLease';
import { startBot, type Harness } from '../dialogs/botHarness';

const OPEN = Date.parse('2026-11-24T14:00:00Z');
const STEPS = ['hello', 'my dad has cancer and money is tight', 'can I talk to a real person please', 'yes', 'is anyone there?'];

interface Outcome {
  replies: string[];
  transcript: string[];
  phaseAsked: number;
  botLinesOffered: number;
}

async function converse(proveAbsence: boolean): Promise<Outcome> {
  const bot: Harness = await startBot({ clock: () => new Date(OPEN) });
  try {
    const desk = bot.app.desk;
    if (proveAbsence)
      // As the Redis start script does: absent only when the desk really holds no session.
      bot.adapter.use(
        new TurnLeaseMiddleware({
          begin: async (conversationKey) => ({ repeat: false, handoffAbsent: !(await desk.sessions.get(conversationKey)), release: async () => undefined }),
        }),
      );
    const phase = sinon.spy(desk, 'phase');
    const botMessage = sinon.spy(desk, 'botMessage');
    const replies: string[] = [];
    for (const step of STEPS) replies.push((await bot.say(step)).text);
    const advisor = { id: 'ana', name: 'Ana', org: 'demo', languages: ['en'] };
    const transcript = ((await desk.transcript(bot.conversationKey, advisor)) ?? []).map((line) => `${line.from}: ${line.text}`);
    return { replies, transcript, phaseAsked: phase.callCount, botLinesOffered: botMessage.callCount };
  } finally {
    sinon.restore();
    await bot.close();
  }
}

describe('a turn that began with no hand-off session (bots/turnSteps.ts)', () => {
  it('says and keeps for the advisor exactly what it does when the desk is asked, with fewer questions to the desk', async () => {
    const asked = await converse(false);
    const proved = await converse(true);
    expect(proved.replies).to.deep.equal(asked.replies);
    expect(proved.transcript).to.deep.equal(asked.transcript);
    expect(proved.transcript.some((line) => line.startsWith('bot: '))).to.equal(true);
    // The desk is still asked once a session exists (the turns after the request).
    expect(proved.phaseAsked).to.be.greaterThan(0).and.lessThan(asked.phaseAsked);
    expect(proved.botLinesOffered).to.be.greaterThan(0).and.lessThan(asked.botLinesOffered);
  });
});
