/**
 * The real bot, turn by turn, in every language whose locale folder is here:
 * a topic flow to services, risk interrupting mid-flow, a concern offer that
 * resumes the flow, and the commands that work at any point.
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import type { Choice } from '../../channels/content';
import { LANGUAGES } from '../../core/languages';
import { CLOSED, startBot, type Harness } from './botHarness';

interface Sample {
  money: string;
  urgent: string;
  /** A concern (hardship, breaking point) without intent; absent where the rules don't read one yet. */
  concern?: string;
  commands: { restart: string; back: string; help: string; language: string; human: string; plan: string; delete: string };
}

const SAMPLES: Partial<Record<string, Sample>> = {
  en: {
    money: "I'm worried about money, my mum has cancer",
    urgent: 'I want to kill myself',
    concern: 'I feel so low and alone, I am at breaking point',
    commands: {
      restart: 'start again',
      back: 'go back',
      help: 'help',
      language: 'change language',
      human: 'talk to a person',
      plan: 'my plan',
      delete: 'delete my data',
    },
  },
  cy: {
    money: "Dw i'n poeni am arian, mae gan mam ganser",
    urgent: 'Dw i eisiau lladd fy hun',
    commands: {
      restart: 'dechrau eto',
      back: 'mynd yn ol',
      help: 'cymorth',
      language: 'newid iaith',
      human: 'siarad gyda rhywun',
      plan: 'fy nghynllun',
      delete: 'dileu fy nata',
    },
  },
  pl: {
    money: 'Martwię się o pieniądze, mama ma raka',
    urgent: 'Chcę się zabić',
    commands: {
      restart: 'zacznij od nowa',
      back: 'cofnij',
      help: 'pomoc',
      language: 'zmień język',
      human: 'rozmowa z człowiekiem',
      plan: 'mój plan',
      delete: 'usuń moje dane',
    },
  },
  es: {
    money: 'Estoy preocupada por el dinero, mi madre tiene cáncer',
    urgent: 'Quiero suicidarme',
    concern: 'Ya no puedo más, estoy agotada',
    commands: {
      restart: 'empezar de nuevo',
      back: 'volver',
      help: 'ayuda',
      language: 'cambiar idioma',
      human: 'hablar con una persona',
      plan: 'mi plan',
      delete: 'borrar mis datos',
    },
  },
  pt: {
    money: 'Estou preocupada com dinheiro, a minha mãe tem cancro',
    urgent: 'Quero me matar',
    concern: 'Já não aguento mais, estou esgotada',
    commands: {
      restart: 'começar de novo',
      back: 'voltar',
      help: 'ajuda',
      language: 'mudar idioma',
      human: 'falar com uma pessoa',
      plan: 'o meu plano',
      delete: 'apagar os meus dados',
    },
  },
  ro: {
    money: 'Sunt îngrijorată de bani, mama are cancer',
    urgent: 'Vreau să mă sinucid',
    concern: 'Nu mai pot, sunt la capătul puterilor',
    commands: {
      restart: 'începe din nou',
      back: 'înapoi',
      help: 'ajutor',
      language: 'schimbă limba',
      human: 'vorbesc cu o persoană',
      plan: 'planul meu',
      delete: 'șterge datele mele',
    },
  },
  zh: {
    money: '我很担心钱的问题，我妈妈得了癌症',
    urgent: '我想自杀',
    concern: '我真的撑不下去了，太累了',
    commands: { restart: '重新开始', back: '返回', help: '帮助', language: '更改语言', human: '和真人谈谈', plan: '我的计划', delete: '删除我的数据' },
  },
};

const present = LANGUAGES.filter((lng) => existsSync(new URL(`../../locales/${lng}/`, import.meta.url)));
const covered = present.filter((lng) => SAMPLES[lng]);

async function lastChoices(h: Harness): Promise<Choice[]> {
  return ((await h.data())?.lastChoices as Choice[] | undefined) ?? [];
}
async function pickFirst(h: Harness) {
  const [first] = await lastChoices(h);
  expect(first, 'a choice was offered').to.not.equal(undefined);
  return h.say({ text: first.label, value: { choice: first.value } });
}
const CRISIS = /116 123/;

it('the flows below cover English and at least three other languages present', () => {
  expect(covered).to.include('en');
  expect(covered.length).to.be.at.least(4);
});

for (const language of covered) {
  const sample = SAMPLES[language]!;
  describe(`conversation in ${language}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startBot();
    });
    afterEach(() => h.close());

    it('a money worry leads through the questions to services, in that language', async () => {
      const first = await h.say(sample.money);
      expect((await h.data())?.language).to.equal(language);
      expect(first.choices.length).to.be.at.least(2);
      let services = '';
      for (let i = 0; i < 4 && !/0\d{3} \d{3} \d{3,4}|0\d{3} \d{3} \d{4}/.test(services); i++) {
        const reply = (await lastChoices(h)).some((c) => c.value === 'skip') ? await h.say({ text: 'skip', value: { choice: 'skip' } }) : await pickFirst(h);
        services = reply.text;
      }
      expect(services).to.match(/\d{4} \d{3} \d{4}/);
      expect((await h.data())?.language).to.equal(language);
    });

    it('urgent risk mid-flow: the numbers and an offer of a person in the same turn; "no" resumes the question', async () => {
      await h.say(sample.money);
      const question = await lastChoices(h);
      const crisis = await h.say(sample.urgent);
      expect(crisis.text).to.match(CRISIS);
      expect((await lastChoices(h)).map((c) => c.value)).to.deep.equal(['yes', 'no']);
      expect((await h.data())?.handoff).to.equal('offered');
      const resumed = await h.say({ text: 'no', value: { choice: 'no' } });
      expect(resumed.text.length).to.be.greaterThan(0);
      expect((await lastChoices(h)).map((c) => c.value)).to.deep.equal(question.map((c) => c.value));
      expect((await h.data())?.handoff).to.equal('none');
    });

    it('urgent risk, then "yes": queued for a person when the line is open', async () => {
      await h.say(sample.money);
      await h.say(sample.urgent);
      await h.say({ text: 'yes', value: { choice: 'yes' } });
      expect((await h.data())?.handoff).to.equal('queued');
      expect(await h.app.queue.list('demo')).to.have.length(1);
      // The "yes" carries no risk itself; the person queues at the crisis's level, ahead of others.
      expect((await h.app.queue.list('demo'))[0].risk).to.equal('urgent');
    });

    if (sample.concern) {
      it('concern: one yes/no offer, then the flow resumes', async () => {
        await h.say(sample.money);
        const question = await lastChoices(h);
        const offer = await h.say(sample.concern!);
        expect(offer.text).not.to.match(CRISIS);
        expect((await lastChoices(h)).map((c) => c.value)).to.deep.equal(['yes', 'no']);
        await h.say({ text: 'no', value: { choice: 'no' } });
        expect((await lastChoices(h)).map((c) => c.value)).to.deep.equal(question.map((c) => c.value));
      });
    }
  });
}

const commandLanguages = covered.filter((l) => ['en', 'cy', 'pl'].includes(l)).length >= 3 ? ['en', 'cy', 'pl'] : covered.slice(0, 3);
for (const language of commandLanguages) {
  const { commands, money } = SAMPLES[language]!;
  describe(`commands at any point, in ${language}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startBot();
      await h.say(money);
      await pickFirst(h);
    });
    afterEach(() => h.close());

    it('start again forgets the situation and asks afresh', async () => {
      const reply = await h.say(commands.restart);
      const data = await h.data();
      expect((data?.situation as { topics: string[] }).topics).to.deep.equal([]);
      expect(reply.choices.length).to.be.at.least(3);
    });

    it('go back forgets the latest answer and asks it again', async () => {
      await h.say(commands.back);
      const answers = ((await h.data())?.situation as { answers: Record<string, string> }).answers;
      expect(answers).not.to.have.property('money_work');
    });

    it('help explains, then repeats the question', async () => {
      const before = (await lastChoices(h)).map((c) => c.value);
      const reply = await h.say(commands.help);
      expect(reply.activities.length).to.be.at.least(2);
      expect((await lastChoices(h)).map((c) => c.value)).to.deep.equal(before);
    });

    it('change language opens the language menu', async () => {
      const reply = await h.say(commands.language);
      expect(reply.choices.length).to.be.at.least(5);
    });

    it('talk to a person: queued in hours', async () => {
      await h.say(commands.human);
      expect((await h.data())?.handoff).to.equal('queued');
    });

    it('my plan shows the plan', async () => {
      const reply = await h.say(commands.plan);
      expect(reply.activities.some((a) => (a.attachments ?? []).length > 0)).to.equal(true);
    });

    it('delete my data erases and confirms', async () => {
      const reply = await h.say(commands.delete);
      expect(reply.text.length).to.be.greaterThan(0);
      expect(await h.data()).to.equal(undefined);
    });
  });
}

describe('a person out of hours', () => {
  it('call back with consent: a bad number is asked again, a good one is saved as callback_requested', async () => {
    const h = await startBot({ now: CLOSED });
    try {
      await h.say('hello');
      const closed = await h.say('talk to a person');
      expect(closed.text).to.match(/call back|call you back/i);
      expect((await h.data())?.handoff).to.equal('callback_offered');
      const consent = await h.say({ text: 'Yes please', value: { choice: 'yes' } });
      expect(consent.text).to.match(/7 days/);
      expect((await h.say('12345')).text).to.match(/number/i);
      await h.say('+44 7700 900123');
      await h.say({ text: 'Morning', value: { choice: 'when:morning' } });
      expect((await h.data())?.handoff).to.equal('callback_requested');
      const [request] = await h.app.callbacks.list('demo', CLOSED.getTime());
      expect(request).to.include({ phone: '07700900123', when: 'morning' });
    } finally {
      await h.close();
    }
  });

  it('declining the call back goes back to the conversation', async () => {
    const h = await startBot({ now: CLOSED });
    try {
      await h.say('hello');
      await h.say('talk to a person');
      const reply = await h.say({ text: 'No thanks', value: { choice: 'no' } });
      expect(reply.text.length).to.be.greaterThan(0);
      expect(await h.app.callbacks.list('demo', CLOSED.getTime())).to.deep.equal([]);
    } finally {
      await h.close();
    }
  });
});

describe('changing language mid-flow', () => {
  it('the question on screen is asked again in the new language', async () => {
    const h = await startBot();
    try {
      await h.say('I need help with money');
      const english = (await lastChoices(h)).map((c) => c.label);
      const reply = await h.say('polski');
      expect((await h.data())?.language).to.equal('pl');
      const polish = await lastChoices(h);
      expect(polish.map((c) => c.value)).to.deep.equal(['answer:money_work:working', 'answer:money_work:not_working', 'answer:money_work:gave_up']);
      expect(polish.map((c) => c.label)).not.to.deep.equal(english);
      expect(reply.text).not.to.match(/Are you working/);
    } finally {
      await h.close();
    }
  });
});

describe('the call-back number is never a trap', () => {
  for (const way of ['no', 'three tries']) {
    it(`"${way}" leaves the number question and the conversation goes on`, async () => {
      const h = await startBot({ now: CLOSED });
      try {
        await h.say('I need help with money');
        await h.say('talk to a person');
        await h.say({ text: 'Yes please', value: { choice: 'yes' } });
        const replies = way === 'no' ? [await h.say('no')] : [await h.say('hello'), await h.say('afternoon'), await h.say('dunno')];
        const last = replies[replies.length - 1];
        expect(last.text).not.to.match(/doesn't look like a UK phone number/);
        expect((await h.data())?.handoff).to.equal('none');
        expect(await h.app.callbacks.list('demo', CLOSED.getTime())).to.deep.equal([]);
        expect(last.choices.length, 'back to a question with choices').to.be.greaterThan(0);
      } finally {
        await h.close();
      }
    });
  }
});
