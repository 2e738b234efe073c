/**
 * What a person in danger is told, judged as they would read it: a table of whole conversations through the real
 * bot, across every risk category, every UK nation and Crown Dependency, several languages and all three channels,
 * and the turns after the crisis reply ("I'm ok", "what's the number again", "I can't call, I'm deaf", silence and a
 * new question, "you're useless", the advice line closed at night, a second danger while waiting for a person).
 * Each turn says which number must come first, what must and must never be said, and what must be kept.
 */
import { expect } from 'chai';
import { startBot, OPEN, type Harness, type Seen } from './botHarness';

type Channel = 'webchat' | 'sms' | 'msteams';
type Place = 'england' | 'wales' | 'scotland' | 'northern_ireland' | 'jersey' | 'guernsey' | 'isle_of_man';

/** A postcode in each place, said before the danger (the bot knows the place from it). */
const POSTCODE: Record<Place, string> = {
  england: 'SO14 7DU',
  wales: 'CF10 1AA',
  scotland: 'EH1 1YZ',
  northern_ireland: 'BT1 5GS',
  jersey: 'JE2 3AB',
  guernsey: 'GY1 1AA',
  isle_of_man: 'IM1 2AB',
};

/** Numbers the bot may put first: whichever appears earliest in the turn's text is what the person reads first. */
const NUMBER =
  /999|\b111\b|116 123|85258|0808 2000 247|0808 80 10 800|0800 027 1234|0808 802 1414|0808 808 8141|0800 1111|0808 800 5000|0800 83 85 87|0808 808 8000/;
const firstNumber = (text: string): string | undefined => text.replace(/\[([^\]]+)\]\(tel:[^)]+\)/g, '$1').match(NUMBER)?.[0];

/** English crisis wording that must never reach someone writing in another language. */
const ENGLISH = /Thank you for telling me|You can talk to someone|While you wait|Would you like|I'm still here|You don't have to call|If anyone is in danger/;
/** Lines that exist only in the UK: never in Jersey, Guernsey or the Isle of Man. */
const UK_ONLY = /NHS 111|\b111\b|SHOUT|85258|0808 2000 247|0808 808 8141|0800 1111|Hourglass|REGISTER/;
const OFFER = /person from Hearth|talk to a person/;

interface Step {
  say: string;
  /** The first number the person reads. */
  first?: string;
  has?: RegExp[];
  never?: RegExp[];
  /** The language the bot answers in. */
  language?: string;
  /** The crisis kept (negation never lowers): the level the conversation remembers. */
  keeps?: 'urgent' | 'emergency';
  handoff?: string;
  /** Minutes of silence before this message. */
  after?: number;
}

interface Conversation {
  name: string;
  channel: Channel;
  place?: Place;
  /** The clock: the demo advice line is open at OPEN, closed at night. */
  at?: Date;
  steps: Step[];
}

const NIGHT = new Date('2026-11-23T23:30:00Z');

/** The dangers, each with what must lead in each place. */
interface Danger {
  id: string;
  text: string;
  first: Partial<Record<Place | 'uk' | 'crown', string>>;
  has?: RegExp[];
  never?: RegExp[];
}
const DANGERS: Danger[] = [
  { id: 'suicide', text: 'I want to kill myself', first: { uk: '116 123', crown: '116 123' }, has: [OFFER] },
  {
    id: 'abuse by a partner',
    text: "my partner hits me when I'm caring for my mum",
    first: { england: '0808 2000 247', wales: '0808 80 10 800', scotland: '0800 027 1234', northern_ireland: '0808 802 1414', crown: '116 123' },
    has: [/press 55/],
  },
  {
    id: 'abuse by a paid carer',
    text: "the carer from the agency hits my dad, he's 84",
    first: { uk: '0808 808 8141', crown: '116 123' },
    has: [/safeguarding/],
  },
  {
    id: 'harm to the person cared for',
    text: "I'm scared I'm going to hurt my mum, I nearly hit her",
    first: { uk: '116 123', crown: '116 123' },
    has: [/another room/],
  },
  { id: 'stroke signs', text: "dad's face has dropped and he can't lift his arm", first: { uk: '999', crown: '999' }, has: [/Note the time/] },
  {
    id: 'fever during chemotherapy',
    text: "my wife is on chemo and her temperature is 38.5 and she's shivering",
    first: {},
    has: [/alert card/, /999/, /last chemo/],
  },
];
const PLACES: Place[] = ['england', 'wales', 'scotland', 'northern_ireland', 'jersey', 'guernsey', 'isle_of_man'];
const CHANNELS: Channel[] = ['webchat', 'sms', 'msteams'];
const crown = (place: Place) => place === 'jersey' || place === 'guernsey' || place === 'isle_of_man';

/** Every danger in every place, the channel turning with each row. */
const MATRIX: Conversation[] = DANGERS.flatMap((danger, d) =>
  PLACES.map((place, p): Conversation => {
    const never = [...(danger.never ?? []), ...(crown(place) ? [UK_ONLY] : [])];
    if (place === 'northern_ireland') never.push(/\b111\b/);
    if (place !== 'scotland') never.push(/Breathing Space|0800 027 1234/);
    if (place !== 'wales') never.push(/0808 80 10 800/);
    const has = [...(danger.has ?? [])];
    // The islands have no council: their government's adult social care team keeps adults safe.
    if (danger.id === 'abuse by a paid carer') has.push(crown(place) ? /island government's adult social care/ : /council's adult social care/);
    if (danger.id === 'suicide' && place === 'scotland') has.push(/0800 83 85 87/, /NHS 24/);
    if (danger.id === 'suicide' && place === 'northern_ireland') has.push(/0808 808 8000/);
    if (danger.id === 'suicide' && (place === 'england' || place === 'wales')) has.push(/NHS 111/);
    return {
      name: `${danger.id}, ${place}`,
      channel: CHANNELS[(d + p) % 3],
      place,
      steps: [{ say: danger.text, first: danger.first[place] ?? danger.first[crown(place) ? 'crown' : 'uk'], has, never }],
    };
  }),
);

/** Other dangers, in England. */
const MORE: Conversation[] = [
  {
    name: 'the person cared for wanting to die',
    channel: 'sms',
    steps: [{ say: 'my husband keeps saying he wants to die', first: '116 123', has: [/You, or they/] }],
  },
  {
    name: 'an older person hurt by family',
    channel: 'webchat',
    steps: [{ say: "my brother takes mum's money and shouts at her, she's scared of him", first: '0808 808 8141' }],
  },
  {
    name: 'an overdose taken',
    channel: 'sms',
    steps: [{ say: "mum has taken too many of her morphine tablets, she's very sleepy", first: '999', has: [/packets/] }],
  },
  {
    name: 'a fall with a head injury',
    channel: 'msteams',
    steps: [{ say: "dad fell and hit his head, he's being sick and confused", first: '999', has: [/call handler/] }],
  },
  { name: 'not breathing', channel: 'webchat', steps: [{ say: "mum's collapsed and she isn't breathing", first: '999', has: [/CPR/] }] },
  {
    name: 'carer breakdown, about to leave him alone',
    channel: 'webchat',
    steps: [{ say: "I can't do this anymore, I'm going to walk out and leave him on his own tonight", first: '116 123', has: [OFFER] }],
  },
  {
    name: 'the writer collapsed with someone depending on them: 999, and the call handler told about them',
    channel: 'webchat',
    steps: [
      {
        say: "I've collapsed on the floor and I can't get up, my husband has dementia and is alone",
        first: '999',
        has: [/someone at home depends on you/],
        never: [/surgery/],
      },
    ],
  },
  {
    name: 'hardship today: no food, no heating',
    channel: 'sms',
    // What helps today (the money.crisis-help card, its first sentence and a food bank on SMS) between the concern and the offer.
    steps: [
      {
        say: 'we have no food and no heating today and no money until next week',
        has: [/what can help today/, /ask for help today/, /food bank/i, /real person/],
        never: [/went wrong/],
      },
    ],
  },
];

/** A crisis in each language: the right number first, and not a word of English. */
const LANGUAGE_ROWS: [string, string, Channel, string, string][] = [
  ['cy', 'Dw i eisiau lladd fy hun', 'sms', '116 123', 'suicide, Welsh'],
  ['pl', 'Chcę się zabić, nie daję już rady', 'msteams', '116 123', 'suicide, Polish'],
  ['pl', 'chce umrzec', 'webchat', '116 123', 'suicide, Polish without accents (a weak guess)'],
  ['ur', 'میں خودکشی کرنا چاہتا ہوں', 'webchat', '116 123', 'suicide, Urdu'],
  ['ur', 'main khudkushi karna chahta hoon', 'sms', '116 123', 'suicide, Roman Urdu'],
  ['ar', 'أريد أن أموت', 'webchat', '116 123', 'suicide, Arabic'],
  ['zh', '我不想活了', 'webchat', '116 123', 'suicide, Chinese'],
  ['es', 'quiero matarme', 'webchat', '116 123', 'suicide, Spanish, two words'],
  ['es', 'ya no quiero vivir', 'sms', '116 123', 'suicide, Spanish, SMS'],
  ['pt', 'quero morrer', 'webchat', '116 123', 'suicide, Portuguese, two words'],
  ['ar', 'زوجي يضربني وأنا خائفة', 'sms', '0808 2000 247', 'a husband hitting her, Arabic'],
  ['ar', 'أبي وجهه مائل ولا يستطيع الكلام', 'webchat', '999', 'stroke signs, Arabic'],
  ['zh', '我妈妈吃了太多安眠药，叫不醒', 'sms', '999', 'an overdose, Chinese'],
  ['es', 'mi padre no respira', 'msteams', '999', 'not breathing, Spanish'],
  ['pl', 'Mama jest na chemioterapii i ma gorączkę 38,6 i dreszcze', 'sms', '999', 'fever during chemotherapy, Polish'],
  ['cy', "Mae fy ngŵr yn fy nharo i ac rydw i'n ofnus", 'webchat', '0808 2000 247', 'a husband hitting her, Welsh'],
];
const LANGUAGES: Conversation[] = LANGUAGE_ROWS.map(([language, say, channel, first, name]) => ({
  name,
  channel,
  steps: [
    {
      say,
      first: first === '999' && name.includes('chemotherapy') ? undefined : first,
      language,
      never: [ENGLISH],
      has: name.includes('chemotherapy') ? [/999/] : [],
    },
  ],
}));

/** On SMS what to do now survives the three-text limit, in scripts that fit fewer characters a text. */
const SMS_KEEPS: Conversation[] = [
  {
    name: 'a husband hitting her, Arabic, SMS: "press 55" kept',
    channel: 'sms',
    steps: [{ say: 'زوجي يضربني وأنا خائفة', first: '0808 2000 247', language: 'ar', has: [/55/], never: [ENGLISH] }],
  },
  {
    name: 'fever during chemotherapy, Polish, SMS: what to tell them kept',
    channel: 'sms',
    steps: [
      { say: 'Mama jest na chemioterapii i ma gorączkę 38,6 i dreszcze', language: 'pl', has: [/karty alarmowej/, /ostatnia chemioterapia/], never: [ENGLISH] },
    ],
  },
];

/** The turns after a crisis reply. */
const AFTER: Conversation[] = [
  {
    name: '"no I\'m ok" after a suicidal message: kind, and the crisis kept',
    channel: 'sms',
    steps: [
      { say: 'I want to end my life tonight', first: '116 123' },
      { say: "no I'm ok", has: [/numbers are here/], never: [/116 123/], keeps: 'urgent' },
      { say: "what's the number again", first: '116 123', keeps: 'urgent' },
      { say: 'can I talk to someone', has: [/queue/], handoff: 'queued' },
    ],
  },
  {
    name: '"I didn\'t mean it like that": heard, the numbers kept',
    channel: 'webchat',
    steps: [
      { say: 'I want to kill myself', first: '116 123' },
      { say: "I didn't mean it like that", has: [/numbers are here/, /anything else I can help/], keeps: 'urgent' },
    ],
  },
  {
    name: 'deaf, after stroke signs: text routes, never "call now" again',
    channel: 'webchat',
    steps: [
      { say: "my dad's face has dropped and he can't speak properly", first: '999' },
      { say: "now he can't speak at all", first: '999', never: [/REGISTER/] },
      {
        say: "I can't call, I'm deaf",
        has: [/text REGISTER to 999/, /18000/, /call \[?999\]?(\(tel:999\))? for you now/, OFFER],
        never: [/call now/],
        keeps: 'emergency',
      },
    ],
  },
  {
    name: "can't talk with someone in the room, suicide, SMS: Shout first",
    channel: 'sms',
    steps: [
      { say: 'I want to kill myself', first: '116 123' },
      { say: "I can't talk right now, someone's here", has: [/^text SHOUT to 85258/, /jo@samaritans\.org/], never: [/still here/] },
    ],
  },
  {
    name: "can't talk, a partner in the next room, Scotland: by text, and the silent call",
    channel: 'sms',
    place: 'scotland',
    steps: [
      { say: "my partner hits me when I'm caring for my mum", first: '0800 027 1234' },
      { say: "I can't talk, he's in the next room", has: [/REGISTER/, /press 55/] },
    ],
  },
  {
    name: "can't call, Jersey: no UK-only text line, someone near them",
    channel: 'webchat',
    place: 'jersey',
    steps: [
      { say: 'I want to kill myself', first: '116 123', never: [UK_ONLY] },
      { say: "I can't call", has: [/jo@samaritans\.org/, /for you now/], never: [UK_ONLY] },
    ],
  },
  {
    name: 'deaf, Chinese: the text routes in Chinese, not a queue',
    channel: 'webchat',
    steps: [
      { say: '我妈妈脸歪了，说不清话', first: '999', language: 'zh' },
      { say: '我是聋人，不能打电话', has: [/REGISTER/, /18000/], never: [ENGLISH], language: 'zh', handoff: 'offered' },
    ],
  },
  {
    name: "can't talk, Polish",
    channel: 'webchat',
    steps: [
      { say: 'Chcę się zabić', first: '116 123', language: 'pl' },
      { say: 'nie mogę rozmawiać', has: [/85258/, /jo@samaritans\.org/], never: [ENGLISH], language: 'pl' },
    ],
  },
  {
    name: "can't talk, Arabic, SMS",
    channel: 'sms',
    steps: [
      { say: 'أريد أن أقتل نفسي', first: '116 123', language: 'ar' },
      { say: 'لا أستطيع الكلام', has: [/85258/], never: [ENGLISH], language: 'ar' },
    ],
  },
  {
    name: 'silence, then a new question: the crisis lapses and the question is answered',
    channel: 'webchat',
    steps: [
      { say: 'I want to kill myself', first: '116 123' },
      { say: 'no thanks', has: [/numbers are here/] },
      { say: "how do I get carer's allowance?", after: 45, never: [/116 123/, /still here/], has: [/Carer's Allowance/] },
    ],
  },
  {
    name: '"you\'re useless" and swearing: the numbers and a person stay, never a dead end',
    channel: 'sms',
    steps: [
      { say: 'I want to kill myself', first: '116 123' },
      { say: "you're useless", first: '116 123', has: [/sorry I can't do more/, /person from Hearth/] },
      { say: 'fuck this', first: '116 123', keeps: 'urgent' },
    ],
  },
  {
    name: 'the advice line closed at night: when it opens, the lines open now, a call back',
    channel: 'webchat',
    at: NIGHT,
    steps: [
      { say: 'I want to kill myself', first: '116 123', has: [/closed now/, /opens/, /call you back/] },
      { say: 'yes please', has: [/phone number/], handoff: 'callback_offered' },
    ],
  },
  {
    name: 'harm at night on SMS: "can I talk to someone" gets the lines open now',
    channel: 'sms',
    at: NIGHT,
    steps: [
      { say: "I'm going to hurt my husband, I can't stop myself", first: '116 123', has: [/closed now/, /opens/] },
      { say: 'can I talk to someone', first: '116 123', has: [/open/] },
    ],
  },
  {
    name: 'suicide in Polish, Guernsey: no note naming Shout or NHS 111, not a word of English',
    channel: 'webchat',
    place: 'guernsey',
    steps: [{ say: 'Chcę się zabić, nie daję już rady', first: '116 123', language: 'pl', never: [ENGLISH, /Shout|NHS 111/] }],
  },
  {
    name: 'the advice line closed at night, Jersey: the lines open now are the ones that serve the island',
    channel: 'webchat',
    place: 'jersey',
    at: NIGHT,
    steps: [
      { say: 'I want to kill myself', first: '116 123', has: [/closed now/], never: [UK_ONLY] },
      { say: 'no thanks', has: [/numbers are here/] },
      { say: 'can I talk to someone', first: '116 123', has: [/call you back/], never: [UK_ONLY] },
    ],
  },
  {
    name: 'a second danger while waiting for a person: 999 first, and their place kept',
    channel: 'webchat',
    steps: [
      { say: 'I want to kill myself', first: '116 123' },
      { say: 'yes please', has: [/queue/], handoff: 'queued' },
      { say: 'yes' },
      { say: "I've taken all my tablets", first: '999', has: [/packets/, /still in the queue/], handoff: 'queued', keeps: 'emergency' },
    ],
  },
  {
    name: 'yes to a person during an emergency: the number to call now comes first',
    channel: 'msteams',
    steps: [
      { say: "mum's collapsed and she isn't breathing", first: '999' },
      { say: 'yes please', first: '999', handoff: 'queued' },
    ],
  },
];

const TABLE: Conversation[] = [...MATRIX, ...MORE, ...LANGUAGES, ...SMS_KEEPS, ...AFTER];

async function run(conversation: Conversation, check: (step: Step, seen: Seen, h: Harness) => Promise<void>): Promise<void> {
  let now = conversation.at ?? OPEN;
  const h = await startBot({ channelId: conversation.channel, clock: () => now });
  try {
    if (conversation.place) {
      await h.say('hi');
      await h.say(`we live in ${POSTCODE[conversation.place]}`);
    }
    for (const step of conversation.steps) {
      if (step.after) now = new Date(now.getTime() + step.after * 60_000);
      await check(step, await h.say(step.say), h);
    }
  } finally {
    await h.close();
  }
}

describe('risk replies, conversation by conversation', () => {
  it('covers at least 80 conversations, every place, six languages and every channel', () => {
    expect(TABLE.length).to.be.at.least(80);
    expect(new Set(TABLE.map((c) => c.place).filter(Boolean)).size).to.equal(7);
    expect(new Set(TABLE.flatMap((c) => c.steps.map((s) => s.language)).filter(Boolean)).size).to.be.at.least(6);
    expect(new Set(TABLE.map((c) => c.channel))).to.deep.equal(new Set(CHANNELS));
  });

  for (const conversation of TABLE) {
    it(`${conversation.name} (${conversation.channel})`, async () => {
      await run(conversation, async (step, seen, h) => {
        const where = `"${step.say}"`;
        const text = seen.text;
        expect(text, `${where}: a reply`).to.not.equal('');
        expect(text, where).not.to.match(/went wrong/);
        if (step.first) expect(firstNumber(text), `${where}: the first number read`).to.equal(step.first);
        for (const re of step.has ?? []) expect(text, where).to.match(re);
        for (const re of step.never ?? []) expect(text, where).not.to.match(re);
        const data = (await h.data()) as { language?: string; handoff?: string; crisis?: { level?: string } } | undefined;
        if (step.language) expect(data?.language, `${where}: answered in`).to.equal(step.language);
        if (step.keeps) expect(data?.crisis?.level, `${where}: the crisis kept`).to.equal(step.keeps);
        if (step.handoff) expect(data?.handoff, where).to.equal(step.handoff);
        if (conversation.channel === 'sms') {
          // On SMS the whole turn fits in three texts, and a crisis number leads the first.
          expect(seen.activities.length, `${where}: texts`).to.be.at.most(3);
          if (step.first) expect(firstNumber(seen.activities[0].text ?? ''), `${where}: first text`).to.equal(step.first);
        }
      });
    });
  }
});
