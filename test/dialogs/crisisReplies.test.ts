/**
 * Risk replies through the real bot: the number that fits the danger per nation and channel,
 * the concern question and "not safe", and a follow-up that carries the crisis on.
 */
import { expect } from 'chai';
import { startBot, OPEN, type Harness } from './botHarness';

const WELCOME = /Hello, I'm here to help|Who are you here about/;
const PLAN = /Your plan|We haven't talked about much yet/;
const HELP = /At any time you can say/;

const POSTCODE = { england: 'SO14 7DU', wales: 'CF10 1AA', scotland: 'EH1 1YZ', northern_ireland: 'BT1 5GS' } as const;
type Nation = keyof typeof POSTCODE;

async function bot(channelId: string, nation?: Nation, clock?: () => Date): Promise<Harness> {
  const h = await startBot({ channelId, ...(clock ? { clock } : {}) });
  await h.say('hi');
  if (nation) await h.say(`we live in ${POSTCODE[nation]}`);
  return h;
}

describe('risk replies through the bot: the number that fits the danger', () => {
  const rows: { name: string; channel: string; nation?: Nation; text: string; says: RegExp[]; never?: RegExp[] }[] = [
    {
      name: 'suicide, England, Web Chat',
      channel: 'webchat',
      nation: 'england',
      text: 'I want to kill myself',
      says: [/\[116 123\]\(tel:116123\)/, /tel:111/, /tel:999/],
    },
    {
      name: 'suicide, Scotland, SMS',
      channel: 'sms',
      nation: 'scotland',
      text: 'I want to kill myself',
      says: [/^116 123 - Samaritans/m, /^0800 83 85 87 - Breathing Space/m, /^111 - NHS 24/m],
    },
    {
      name: 'suicide, Northern Ireland, Teams',
      channel: 'msteams',
      nation: 'northern_ireland',
      text: 'I want to kill myself',
      says: [/0808 808 8000/, /116 123/],
      never: [/NHS 111/],
    },
    {
      name: 'a partner hitting her, Wales, Web Chat',
      channel: 'webchat',
      nation: 'wales',
      text: 'my partner hits me and I am frightened',
      says: [/0808 80 10 800/, /press 55/],
      never: [/0808 2000 247/],
    },
    {
      name: 'an older person hurt by paid carers, SMS',
      channel: 'sms',
      nation: 'england',
      text: "the carers from the agency are rough with my dad, he's got bruises",
      says: [/0808 808 8141 - Hourglass/, /safeguarding/],
    },
    { name: 'a child hurt', channel: 'webchat', text: 'im 12 and her boyfriend hits me', says: [/0800 1111/, /0808 800 5000/] },
    { name: 'not breathing, Teams', channel: 'msteams', nation: 'england', text: "mum's collapsed and she isn't breathing", says: [/^Call 999 now/, /CPR/] },
    {
      name: 'stroke signs, SMS',
      channel: 'sms',
      text: 'her face has dropped on one side and her speech is slurred',
      says: [/^999 - Emergency/m, /Note the time/],
    },
    {
      name: "the writer's own chest pain, Web Chat",
      channel: 'webchat',
      text: 'I have crushing chest pain and my arm is numb',
      says: [/tel:999/, /Sit down and rest/],
      never: [/Samaritans/],
    },
    { name: 'heavy bleeding', channel: 'webchat', text: "he's bleeding heavily from his leg", says: [/clean cloth/] },
    { name: 'an overdose taken', channel: 'webchat', text: "she's taken all her tablets", says: [/Keep the packets/] },
    {
      name: 'chemotherapy fever, SMS',
      channel: 'sms',
      text: 'my wife had chemo last thurs and now her temp is 38.3 and shes shivery',
      says: [/alert card/, /999/, /last chemo/],
    },
    { name: 'scared of hurting him', channel: 'webchat', nation: 'england', text: "I'm scared I'll hurt him", says: [/116 123/, /another room/] },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const h = await bot(row.channel, row.nation);
      try {
        const seen = await h.say(row.text);
        for (const re of row.says) expect(seen.text).to.match(re);
        for (const re of row.never ?? []) expect(seen.text).not.to.match(re);
        expect(seen.text).not.to.match(WELCOME);
        // The contacts come first, in their own message.
        expect(seen.activities[0].text).to.match(/999|116 123|0808|0800/);
        if (row.channel === 'sms') for (const a of seen.activities) expect(a.text).not.to.match(/·/);
      } finally {
        await h.close();
      }
    });
  }
});

describe('concern: one warm yes/no question that offers a person', () => {
  it('asks once, and "no, I\'m not safe" brings the crisis reply in the same turn', async () => {
    const h = await bot('webchat');
    try {
      const concern = await h.say('not suicidal or anything, just absolutely done in');
      expect(concern.text).to.match(/real person/);
      expect((concern.text.match(/\?/g) ?? []).length).to.equal(1);
      expect(concern.choices).to.deep.equal(['Yes please', 'No thanks']);
      expect(concern.text).not.to.match(/116 123/);
      const unsafe = await h.say("no, I'm not safe");
      expect(unsafe.text).to.match(/116 123/);
      expect(unsafe.text).to.match(/real person|person from/);
    } finally {
      await h.close();
    }
  });

  it('saying more that raises the level brings the crisis reply', async () => {
    const h = await bot('sms');
    try {
      await h.say('not suicidal or anything, just absolutely done in');
      const raised = await h.say('actually I have been thinking about how I would end my life');
      expect(raised.activities[0].text).to.match(/^116 123/);
    } finally {
      await h.close();
    }
  });

  it('"no thanks" resumes what they were doing', async () => {
    const h = await bot('webchat');
    try {
      await h.say('not suicidal or anything, just absolutely done in');
      const no = await h.say('no thanks');
      expect(no.text).to.match(/numbers are here|carry on/);
      expect(no.text).not.to.match(/116 123/);
    } finally {
      await h.close();
    }
  });

  it('a physical worry gets GP or 111 today and the danger signs, then the offer', async () => {
    const h = await bot('webchat', 'england');
    try {
      const seen = await h.say("I've had a headache for three days and feel dizzy");
      expect(seen.text).to.match(/checked today/);
      expect(seen.text).to.match(/tel:111/);
      expect(seen.text).to.match(/Call \[999\]\(tel:999\) straight away if/);
    } finally {
      await h.close();
    }
  });
});

describe('concern beside what they asked', () => {
  it('a first ask that worries is taken in: the money help comes after the offer is answered', async () => {
    const h = await bot('webchat');
    try {
      const first = await h.say("My husband has bowel cancer and I've had to give up work to look after him. We're really struggling with money now.");
      expect(first.text).to.match(/real person/);
      expect((await h.data())?.situation).to.deep.include({ focus: 'money' });
      const place = await h.say('BH1 1AA');
      expect(place.text).to.match(/\b0\d{3} \d{3} \d{4}\b/);
    } finally {
      await h.close();
    }
  });

  it('a tapped choice never brings the concern offer, and "delete my data" is done', async () => {
    const h = await bot('webchat');
    try {
      await h.say('Estou preocupada com dinheiro, a minha mãe tem cancro');
      const tapped = await h.say({ text: 'Sim, estou a trabalhar', value: { choice: 'answer:money_work:working' } });
      expect(tapped.text).not.to.match(/pessoa real/);
      const deleted = await h.say('proszę usunąć wszystkie moje dane');
      expect(deleted.text).to.match(/usun|usuni|skasow|wymaz/i);
    } finally {
      await h.close();
    }
  });

  it('leaving the queue reached from a crisis offer carries on, without an error', async () => {
    const h = await bot('webchat');
    try {
      await h.say('I want to kill myself');
      await h.say('yes please');
      const left = await h.say({ text: 'Leave the queue', value: { choice: 'leave_queue' } });
      expect(left.text).not.to.match(/went wrong/);
      expect((await h.data())?.handoff).to.equal('none');
    } finally {
      await h.close();
    }
  });
});

describe('carrying on a crisis', () => {
  const followUps = ['what do I do?', 'thanks', "what's next", 'help', "I'm so scared"];
  for (const channel of ['webchat', 'msteams', 'sms']) {
    it(`${channel}: follow-ups after an emergency continue it (the number again, what to do, a person), never the welcome, help or the plan`, async () => {
      const h = await bot(channel);
      try {
        await h.say("my dad's collapsed and he isn't breathing");
        // On SMS, HELP is the carriers' keyword and gets the service's own answer first.
        for (const text of followUps.filter((f) => channel !== 'sms' || f !== 'help')) {
          const seen = await h.say(text);
          expect(seen.text, text).to.match(/I'm still here/);
          expect(seen.text, text).to.match(/999/);
          expect(seen.text, text).to.match(/CPR/);
          expect(seen.text, text).to.match(/person from/);
          for (const never of [WELCOME, PLAN, HELP]) expect(seen.text, text).not.to.match(never);
        }
        const again = await h.say("he's still not breathing properly");
        expect(again.text).to.match(/I'm still here[\s\S]*999/);
      } finally {
        await h.close();
      }
    });
  }

  it('"ok" to the offer during an emergency: the number first, then the person', async () => {
    const h = await bot('webchat');
    try {
      await h.say("my dad's collapsed and he isn't breathing");
      const ok = await h.say('ok');
      expect(ok.activities[0].text).to.match(/tel:999/);
      expect(ok.text).not.to.match(WELCOME);
      expect((await h.data())?.handoff).to.be.oneOf(['queued', 'connected', 'callback_offered']);
    } finally {
      await h.close();
    }
  });

  it('an urgent crisis carries on too, and "no thanks" to a person does not restart the welcome', async () => {
    const h = await startBot({ channelId: 'webchat' });
    try {
      await h.say('I want to kill myself');
      const no = await h.say('no thanks');
      expect(no.text).not.to.match(WELCOME);
      const what = await h.say('what do I do?');
      expect(what.text).to.match(/I'm still here[\s\S]*116 123/);
    } finally {
      await h.close();
    }
  });

  it('in Welsh: the follow-up is carried on in Welsh', async () => {
    const h = await startBot({ channelId: 'webchat', locale: 'cy-GB' });
    try {
      await h.say('Helo');
      await h.say('Mae dad wedi llewygu a dydy o ddim yn anadlu');
      const seen = await h.say('beth dw i fod i wneud?');
      expect(seen.text).to.match(/Rydw i yma o hyd/);
      expect(seen.text).to.match(/999/);
    } finally {
      await h.close();
    }
  });

  it('moves on with a new subject, and lapses after a while', async () => {
    let now = OPEN;
    const h = await bot('webchat', undefined, () => now);
    try {
      await h.say("my dad's collapsed and he isn't breathing");
      const money = await h.say('can he get any benefits?');
      expect(money.text).not.to.match(/I'm still here/);
      expect((await h.data())?.crisis).to.equal(undefined);

      await h.say("my dad's collapsed and he isn't breathing");
      now = new Date(OPEN.getTime() + 31 * 60 * 1000);
      const later = await h.say('thanks');
      expect(later.text).not.to.match(/I'm still here/);
    } finally {
      await h.close();
    }
  });

  it('keeps the crisis in the state with when it happened', async () => {
    const h = await bot('webchat');
    try {
      await h.say("she's taken all her tablets");
      const crisis = (await h.data())?.crisis as { situation: string; level: string; at: string };
      expect(crisis).to.include({ situation: 'overdose', level: 'emergency', at: OPEN.toISOString() });
    } finally {
      await h.close();
    }
  });
});
