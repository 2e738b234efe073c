import { expect } from 'chai';
import { startBot } from './botHarness';

/** A person who comes back within the idle time is offered to carry on where they left off. */
describe('coming back to a conversation', () => {
  async function talk(turns: { text: string; minutesLater: number }[]): Promise<string[]> {
    let now = Date.parse('2026-11-24T10:00:00Z');
    const bot = await startBot({ clock: () => new Date(now) });
    const said: string[] = [];
    for (const turn of turns) {
      now += turn.minutesLater * 60_000;
      said.push((await bot.say(turn.text)).text);
    }
    await bot.close();
    return said;
  }

  it('asks to carry on after a long pause, and carries on with the same question', async () => {
    const said = await talk([
      { text: 'hi', minutesLater: 0 },
      // A worry with a question to follow (a card question would be answered at once: knowledge cards).
      { text: 'money is tight at the moment', minutesLater: 1 },
      { text: 'hello again', minutesLater: 180 },
      { text: 'Carry on', minutesLater: 1 },
    ]);
    expect(said[2]).to.match(/carry on where we left off/i);
    expect(said[3]).to.match(/are you working at the moment/i);
  });

  it('starts again when asked', async () => {
    const said = await talk([
      { text: 'hi', minutesLater: 0 },
      { text: 'I need a break, I never get a minute', minutesLater: 1 },
      { text: 'hi', minutesLater: 120 },
      { text: 'Start again', minutesLater: 1 },
    ]);
    expect(said[3]).to.match(/start again/i);
    expect(said[3]).to.not.match(/what kind of break/i);
  });

  it('does not ask after a short pause, nor when the person goes straight on', async () => {
    const shortPause = await talk([
      { text: 'hi', minutesLater: 0 },
      { text: 'I need a break', minutesLater: 1 },
      { text: 'A few hours', minutesLater: 5 },
    ]);
    expect(shortPause[2]).to.not.match(/carry on where we left off/i);
    const straightOn = await talk([
      { text: 'hi', minutesLater: 0 },
      { text: 'I need a break', minutesLater: 1 },
      { text: 'can I get help with money as well', minutesLater: 300 },
    ]);
    expect(straightOn[2]).to.not.match(/carry on where we left off/i);
    expect(straightOn[2]).to.match(/money/i);
  });
});
