/**
 * Whole conversations as a person holds them (issue 16): they say what they need, answer "where do you live?"
 * with a postcode or a place, then ask a follow-up ("who do I phone?", "is there a group near me?", "is there a
 * hospice near her?", "is there a Maggie's?"), in English, Welsh, Polish, Spanish, Urdu (both scripts), Arabic,
 * Chinese, Bengali and Punjabi. Each row: what the last turn's replies must say (their council's route, the local
 * place, or an honest "nothing near" with a finder) and what they must not (the "tell me a bit more" loop, a
 * neighbour's council, an English council name in Welsh). In-process, through the real bot, a fresh conversation a row.
 */
import { expect } from 'chai';
import { createBotApp, type BotApp } from '../../app';
import { loadConfig } from '../../config';
import { createLogger } from '../../ops/logger';
import { MemoryStateStorage } from '../../storage';
import { lastTurnOf, OPEN } from '../dialogs/botHarness';

interface Row {
  locale: string;
  turns: string[];
  says: RegExp[];
  never?: RegExp[];
}

/** Asking for more instead of answering, in the languages below. */
const LOOP = /tell me a bit more|ychydig mwy|trochę więcej|un poco más|تھوڑا اور|thora aur|بالمزيد|再多说|আর একটু|ਥੋੜ੍ਹਾ ਹੋਰ/;

const ROWS: Row[] = [
  // "Who do I phone?": the council's way in, phone first where one is known, and local help
  { locale: 'en', turns: ['I look after my mum and need help near me', 'LS6 2AB', 'who do I phone?'], says: [/0113 222 4401/, /Carers Leeds/], never: [LOOP] },
  {
    locale: 'en',
    turns: ['I look after my mum and need help near me', 'Oldham', 'who do I phone?'],
    says: [/oldham\.gov\.uk/, /Carers UK Helpline: .*0808 808 7777/],
    never: [LOOP],
  },
  {
    locale: 'en',
    turns: ['I care for my mum with cancer, what help is near me', 'BT48 6AA', 'what number do I ring?'],
    says: [/Western Trust Carers Support Team/, /028 6634 4217/, /Your HSC trust/],
    never: [LOOP, /Your council/],
  },
  {
    locale: 'en',
    turns: ['I look after my dad and need help near me', 'JE2 3AB', 'who should I contact?'],
    says: [/gov\.je/, /Carers Jersey/, /Your island's adult social care team/],
    never: [LOOP, /Your council/],
  },
  { locale: 'en', turns: ['I look after my dad and need help near me', 'Aberdeen', 'who do I call?'], says: [/01224 264004/, /check/i], never: [LOOP] },
  {
    locale: 'en',
    turns: ['I need a break from caring for my dad', 'Maidenhead', 'who do I phone?'],
    says: [/rbwm\.gov\.uk/, /couldn't find a local service/, /0808 808 7777/],
    never: [LOOP],
  },
  {
    locale: 'cy',
    turns: ["Dw i'n gofalu am fy mam sydd â chanser", 'Caerfyrddin', 'pwy ddylwn i ffonio?'],
    says: [/Cyngor Sir Gâr/, /029 2081 1370/],
    never: [LOOP, /Carmarthenshire County Council/],
  },
  {
    locale: 'pl',
    turns: ['Opiekuję się tatą i potrzebuję pomocy w okolicy', 'Ealing', 'do kogo mam zadzwonić?'],
    says: [/Ealing Carers Partnership/, /Polish interpreter/],
    never: [LOOP],
  },
  {
    locale: 'es',
    turns: ['Cuido de mi padre y necesito ayuda cerca de mí', 'Cardiff', '¿a quién llamo?'],
    says: [/029 2023 4234/, /Care'diff/],
    never: [LOOP],
  },
  {
    locale: 'es',
    turns: ['Cuido de mi madre y necesito ayuda cerca de mí', 'Isla de Man', '¿a quién llamo?'],
    says: [/gov\.im/, /Crossroads Care Isle of Man/],
    never: [LOOP, /No he encontrado ese lugar/],
  },
  {
    locale: 'ur',
    turns: ['میں اپنے والد کی دیکھ بھال کرتا ہوں اور مجھے قریب مدد چاہیے', 'بریڈفورڈ', 'مجھے کس کو فون کرنا چاہیے؟'],
    says: [/Carers' Resource/, /01274 449660/],
    never: [LOOP],
  },
  {
    locale: 'ur-Latn',
    turns: ['main apne abbu ki dekh bhal karta hoon, mujhe qareeb madad chahiye', 'Luton', 'kisko phone karun?'],
    says: [/Luton Borough Council/],
    never: [LOOP, /wafat/],
  },
  { locale: 'ar', turns: ['أعتني بوالدتي وأحتاج مساعدة قريبة مني', 'GY1 1AA', 'بمن أتصل؟'], says: [/01481 725241/, /Carers Guernsey/], never: [LOOP] },
  { locale: 'zh', turns: ['我照顾我爸爸，需要附近的帮助', '曼彻斯特', '我该打哪个电话？'], says: [/0161 234 5001/, /Carers Manchester/], never: [LOOP] },
  { locale: 'bn', turns: ['আমি আমার বাবার দেখাশোনা করি, কাছাকাছি সাহায্য দরকার', 'E1 6AN', 'আমি কাকে ফোন করব?'], says: [/Tower Hamlets/], never: [LOOP] },
  { locale: 'pa', turns: ['ਮੈਂ ਆਪਣੇ ਪਿਤਾ ਜੀ ਦੀ ਦੇਖਭਾਲ ਕਰਦਾ ਹਾਂ, ਮੈਨੂੰ ਨੇੜੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ', 'Southall', 'ਮੈਂ ਕਿਸਨੂੰ ਫ਼ੋਨ ਕਰਾਂ?'], says: [/Ealing/], never: [LOOP] },
  // asked before a place: the council is whom to call, so where they live is asked, then its number given
  { locale: 'en', turns: ['I look after my mum who has cancer', 'who do I phone?', 'LS6 2AB'], says: [/0113 222 4401/], never: [LOOP] },
  { locale: 'pl', turns: ['Opiekuję się mamą, ma raka', 'do kogo mam zadzwonić?'], says: [/Gdzie mieszkasz/] },
  // the national lines once, not twice, when nothing local is known (Merthyr Tydfil)
  {
    locale: 'cy',
    turns: ["Dw i'n gofalu am fy nhad ac angen help yn lleol", 'Merthyr Tudful', "pwy dw i'n ffonio?"],
    says: [/Cyngor Bwrdeistref Sirol Merthyr Tudful/, /0808 808 7777/],
    never: [/Gall y rhain ddod o hyd[\s\S]*Gall y rhain ddod o hyd/],
  },
  // a neighbour council's carers' centre is not theirs (Windsor's SL4 touches Buckinghamshire)
  { locale: 'ar', turns: ['أعتني بوالدي وأحتاج مساعدة قريبة مني', 'SL4 1NJ', 'هل توجد مجموعة دعم قريبة مني؟'], says: [/SL4/], never: [/Carers Bucks/] },
  // the Crown Dependencies have no council: the island's government is asked
  {
    locale: 'en',
    turns: ['I look after my dad and need help near me', 'Douglas, Isle of Man'],
    says: [/island government's adult social care team/],
    never: [/your council's adult social care team/],
  },
  { locale: 'es', turns: ['Cuido de mi madre y necesito ayuda cerca de mí', 'GY1 1AA'], says: [/gobierno de tu isla/] },
  // a name with several councils: whose number is still to be asked, never a borough picked for them
  {
    locale: 'en',
    turns: ['I look after my dad and need help near me', 'London', 'who do I phone?'],
    says: [/borough/],
    never: [/Barking|Bexley|Barnet/, LOOP],
  },
  // "Is there a group near me?": their carers' centre again, which runs the groups; never a hospice for it
  { locale: 'en', turns: ['I look after my dad and need help near me', 'Cardiff', 'is there a group near me?'], says: [/Care'diff/] },
  { locale: 'en', turns: ['I look after my dad and need help near me', 'Belfast', 'is there a group near me?'], says: [/Belfast Trust carers' services/] },
  {
    locale: 'en',
    turns: ['I look after my dad and need help near me', 'Peckham', 'is there a group near me?'],
    says: [/Southwark Carers/],
    never: [/St Christopher's Hospice/],
  },
  {
    locale: 'pl',
    turns: ['Opiekuję się mamą, która ma raka. Potrzebuję pomocy blisko mnie', 'BD1 1AA', 'czy jest jakaś grupa wsparcia w pobliżu?'],
    says: [/Carers' Resource/],
  },
  { locale: 'ar', turns: ['أعتني بوالدتي وأحتاج مساعدة قريبة مني', 'GY1 1AA', 'هل توجد مجموعة دعم قريبة مني؟'], says: [/Carers Guernsey/] },
  {
    locale: 'ur-Latn',
    turns: ['main apne shohar ki dekh bhal karti hoon, qareeb madad chahiye', 'OL8 1AA', 'kya mere qareeb koi group hai?'],
    says: [/OL8/, /Carers Trust|carers\.org/],
    never: [/Kershaw/],
  },
  {
    locale: 'cy',
    turns: ["Dw i'n gofalu am fy nhad ac angen help yn lleol", 'Abertawe', 'oes grŵp yn agos ata i?'],
    says: [/Swansea Carers Centre/, /Dinas a Sir Abertawe/],
    never: [/City and County of Swansea Council/],
  },
  // "Is there a hospice near her?": their hospice first, or plainly none known, with Hospice UK's finder
  { locale: 'pl', turns: ['Mój tata umiera, opiekuję się nim w domu', 'Worcester', 'czy jest hospicjum w pobliżu?'], says: [/St Richard's Hospice/] },
  {
    locale: 'en',
    turns: ['my husband is dying and I need help looking after him at home', 'Altrincham', 'is there a hospice near her?'],
    says: [/don't know of a hospice near WA14/, /hospiceuk\.org/],
  },
  { locale: 'cy', turns: ["Mae fy ngŵr yn marw ac rydw i'n gofalu amdano", 'Bangor, Gwynedd', 'oes hosbis yn agos?'], says: [/St David's Hospice/] },
  {
    locale: 'en',
    turns: ["my mum is dying and I'm looking after her", 'Hull', 'is there a hospice near her?'],
    says: [/Dove House Hospice/],
  },
  { locale: 'en', turns: ['I look after my dad and need help near me', 'DD1 1AA', "what's the number?"], says: [/Dundee Carers Centre/], never: [LOOP] },
  // somewhere to talk: Maggie's; a place the register and the catalogue both hold is shown once
  {
    locale: 'en',
    turns: ['I look after my wife, she has cancer', 'Southampton', "is there a Maggie's centre near me?"],
    says: [/Maggie's Southampton/],
    never: [/Carers in Southampton[\s\S]*Carers in Southampton/],
  },
  { locale: 'en', turns: ['I look after my husband, he has cancer', 'Edinburgh', "is there a Maggie's near me?"], says: [/Maggie's/], never: [LOOP] },
];

describe('local help, followed up, as a person asks (through the bot)', function () {
  this.timeout(30000);
  let app: BotApp;
  before(() => {
    const config = { ...loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent' }), defaultOrg: 'demo' };
    app = createBotApp(config, createLogger('silent'), { clock: () => OPEN, storage: new MemoryStateStorage() });
  });
  after(() => app.turns.drain());

  let counter = 0;
  async function lastReplies(locale: string, texts: string[]): Promise<string> {
    const last = await lastTurnOf(app, `follow-${++counter}`, locale, texts);
    return last.map((a) => [a.text ?? '', JSON.stringify(a.attachments ?? [])].join('\n')).join('\n');
  }

  for (const row of ROWS) {
    it(`${row.locale} ${row.turns.map((t) => `"${t}"`).join(' / ')}`, async () => {
      const text = await lastReplies(row.locale, row.turns);
      for (const re of row.says) expect(text, re.source).to.match(re);
      for (const re of row.never ?? []) expect(text, re.source).to.not.match(re);
    });
  }
});
