/** Changing language while a person is being offered: the offer is asked again in the new language, never repeated in the old one. */
import { expect } from 'chai';
import { startBot } from './botHarness';

describe('a language change while a person is offered', () => {
  it('Portuguese concern, then "can we speak English please": the offer again, in English', async () => {
    const bot = await startBot({ locale: 'pt-PT' });
    await bot.say('olá');
    const offered = await bot.say('o meu marido tem cancro e eu cuido dele e estou exausta, não aguento mais');
    expect(offered.text).to.match(/pessoa real/);
    const after = await bot.say('can we speak English please');
    expect(after.text).to.match(/English/);
    expect(after.text).to.match(/real person/);
    expect(after.text).to.not.match(/Obrigad|pessoa real|marido/);
    await bot.close();
  });
});
