/** Urdu in Latin letters: weekdays in opening hours are in Latin letters too (Intl has no Roman Urdu, so English day names). */
import { expect } from 'chai';
import { startBot } from './botHarness';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

describe('Roman Urdu opening hours', () => {
  it('a list of services names the days in Latin letters, never in Urdu script', async () => {
    const bot = await startBot();
    await bot.say('meri ammi ko cancer hai aur main unki dekh bhaal karti hoon');
    const reply = await bot.say('mujhe kisi se baat karni hai apni feelings ke baare mein, bohat pareshan hoon');
    expect(reply.text).to.match(/Mon–Sun \d\d:\d\d/);
    expect(reply.text).not.to.match(ARABIC_SCRIPT);
    await bot.close();
  });
});
