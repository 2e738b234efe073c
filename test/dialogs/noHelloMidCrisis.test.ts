/**
 * The hello (what the bot does, what it keeps) is not said in the middle of a crisis: after a call
 * back is booked, "gracias" on SMS gets the crisis follow-up, not the welcome crowding it out.
 */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

describe('no hello in the middle of a crisis', () => {
  it('SMS, Spanish, chemo fever, call back booked, then "gracias"', async () => {
    const bot = await startBot({ now: CLOSED, channelId: 'sms', locale: 'es' });
    for (const turn of ['mi madre está con quimio y tiene 39 de fiebre y tiembla', 'sí porfa', '07700 900123', '2']) await bot.say(turn);
    const after = await bot.say('gracias');
    expect(after.text).to.match(/999/);
    expect(after.text).to.match(/Sigo aquí/);
    expect(after.text).to.not.match(/Hola, estoy aquí/);
    await bot.close();
  });
});
