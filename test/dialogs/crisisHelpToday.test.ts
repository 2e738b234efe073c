/**
 * No food, heating or money today ("we've got no food and the heating's off and I get paid next week"): the risk flow's
 * hardship concern acknowledges it, then gives what helps today (the money.crisis-help card: the council's crisis
 * support, an advance, the energy supplier, a food bank referral), then the one yes/no offer of a person. Before, the
 * concern said only that "there is help with money" and offered a person, with no route.
 */
import { expect } from 'chai';
import { OPEN, startBot } from './botHarness';

interface Row {
  locale: string;
  before?: string;
  text: string;
  /** The acknowledgement, the card's own words, and the offer: in this order. */
  ack: RegExp;
  card: RegExp;
  offer: RegExp;
}

const rows: Row[] = [
  {
    locale: 'en-GB',
    text: "we've got no food and the heating's off and I get paid next week",
    ack: /Here is what can help today/,
    card: /Crisis and Resilience Fund/,
    offer: /real person/,
  },
  { locale: 'en-GB', text: "can't afford the electric", ack: /Here is what can help today/, card: /ask for a crisis payment/, offer: /real person/ },
  {
    locale: 'en-GB',
    before: 'I look after my dad, he has lung cancer',
    text: "there's nothing to eat in the house and the gas has gone off, I don't get paid till next friday",
    ack: /Here is what can help today/,
    card: /food bank/,
    offer: /real person/,
  },
  {
    locale: 'es-ES',
    text: 'no tenemos comida y la calefacción está apagada hasta que cobre la semana que viene',
    ack: /Esto es lo que puede ayudar hoy/,
    card: /Crisis and Resilience Fund/,
    offer: /persona de verdad/,
  },
  {
    locale: 'pl-PL',
    text: 'nie mamy jedzenia i nie ma ogrzewania, wypłata dopiero w przyszłym tygodniu',
    ack: /Oto co może pomóc jeszcze dziś/,
    card: /Crisis and Resilience Fund/,
    offer: /prawdziwą osobą/,
  },
  {
    locale: 'ur',
    text: 'گھر میں کھانا نہیں اور ہیٹنگ بند ہے، تنخواہ اگلے ہفتے آئے گی',
    ack: /آج ہی کیا مدد مل سکتی ہے/,
    card: /Crisis and Resilience Fund/,
    offer: /اصلی انسان/,
  },
];

describe('no food, heating or money today: the concern, then what helps today, then a person', () => {
  for (const row of rows)
    it(`${row.locale}: ${JSON.stringify(row.text)}`, async () => {
      const bot = await startBot({ now: OPEN, locale: row.locale });
      if (row.before) await bot.say(row.before);
      const turn = await bot.say(row.text);
      // After the welcome (which names a real person too): the acknowledgement, the card, the offer.
      const ack = turn.text.search(row.ack);
      expect(ack, turn.text).to.be.at.least(0);
      const reply = turn.text.slice(ack);
      const card = reply.search(row.card);
      const offer = reply.search(row.offer);
      expect(card, turn.text).to.be.greaterThan(0);
      expect(offer, turn.text).to.be.greaterThan(card);
      // One offer of a person, with its yes/no.
      expect(turn.choices, turn.text).to.have.length(2);
      expect(reply.match(new RegExp(row.offer.source, 'g')) ?? []).to.have.length(1);
      const data = (await bot.data()) as { situation?: { card?: string } } | undefined;
      expect(data?.situation?.card).to.equal('money.crisis-help');
      await bot.close();
    });

  it('said again later in the conversation, the card is not repeated: the concern alone', async () => {
    const bot = await startBot({ now: OPEN, locale: 'en-GB' });
    await bot.say("we've got no food and the heating's off and I get paid next week");
    await bot.say('no thanks');
    const again = await bot.say("honestly we've still got no food and no heating, I'm scared");
    expect(again.text).not.to.match(/Crisis and Resilience Fund/);
    await bot.close();
  });

  it('a worry with no hardship keeps the concern as it was', async () => {
    const bot = await startBot({ now: OPEN, locale: 'en-GB' });
    const turn = await bot.say("I can't cope anymore, I'm at the end of my rope");
    expect(turn.text).not.to.match(/Here is what can help today/);
    expect(turn.text).to.match(/That sounds really hard/);
    await bot.close();
  });
});
