/**
 * "Where do you live?" answered as people answer it, through the real bot in-process (one app, a fresh
 * conversation a row): postcodes whole, without the space, in lower case, with 0 for O; districts; towns
 * with and without a county; London areas; Welsh, Scottish, Northern Irish and island places; a place
 * inside a sentence; names several places share; places abroad; numbers that are no postcode; in English,
 * Welsh, Polish, Spanish, Urdu (script and romanised), Arabic and Chinese. Each row expects its council
 * (main one first), "ask" (which council is asked), "abroad" (nothing local, said plainly, UK-wide
 * finders) or "notPostcode" (no council, the question still open, said kindly).
 */
import { expect } from 'chai';
import { createBotApp, type BotApp } from '../../app';
import { councilByCode } from '../../catalogue';
import { loadConfig } from '../../config';
import { createLogger } from '../../ops/logger';
import { MemoryStateStorage } from '../../storage';
import { lastTurnOf, OPEN } from '../dialogs/botHarness';

/** [language, what they answer, expected] */
type Row = [string, string, string];
const ROWS: Row[] = [
  // England: postcodes in every form
  ['en', 'SE15 4QN', 'E09000028'],
  ['en', 'se154qn', 'E09000028'],
  ['en', 'SE15', 'E09000028'],
  ['en', 'se15', 'E09000028'],
  ['en', 'SO14 7DU', 'E06000045'],
  ['en', 'S014 7DU', 'E06000045'],
  ['en', 'so147du', 'E06000045'],
  ['en', 'M1 1AE', 'E08000003'],
  ['en', 'm11ae', 'E08000003'],
  ['en', 'LS1 4DY', 'E08000035'],
  ['en', 'B5 4BU', 'E08000025'],
  ['en', 'NE1 7RU', 'E08000021'],
  ['en', 'PL1 2AA', 'E06000026'],
  ['en', 'TR21 0JY', 'E06000053'],
  ['en', 'E1 6AN', 'E09000030'],
  ['en', 'SW1A 1AA', 'E09000033'],
  ['en', 'OL1 1UT', 'E08000004'],
  ['en', '0L1 1UT', 'E08000004'],
  ['en', 'SL4 1NJ', 'E06000040'],
  ['en', 'W5 2HL', 'E09000009'],
  ['en', 'HG1 2RQ', 'E06000065'],
  ['en', 'CA1 1RR', 'E06000063'],
  ['en', 'LA9', 'E06000064'],
  ['en', 'TA1 1HE', 'E06000066'],
  ['en', 'NN17', 'E06000061'],
  ['en', 'PO30 1UD', 'E06000046'],
  ['en', 'BS1 5TR', 'E06000023'],
  ['en', 'L1 8JQ', 'E08000012'],
  ['en', 'OX1 1BX', 'E10000025'],
  ['en', 'SE1O 9GB', 'E09000011'],
  ['en', 'my postcode is LS6 2AB', 'E08000035'],
  ['en', "it's nr17 2ab", 'E10000020'],
  // England: places
  ['en', 'Peckham', 'E09000028'],
  ['en', 'Tower Hamlets', 'E09000030'],
  ['en', 'Hackney', 'E09000012'],
  ['en', 'Brixton', 'E09000022'],
  ['en', 'Croydon', 'E09000008'],
  ['en', 'Walthamstow', 'E09000031'],
  ['en', 'Ilford', 'E09000026'],
  ['en', 'Ealing', 'E09000009'],
  ['en', 'Oldham', 'E08000004'],
  ['en', 'Altrincham', 'E08000009'],
  ['en', 'Sale', 'E08000009'],
  ['en', 'Maidenhead', 'E06000040'],
  ['en', 'Harrogate', 'E06000065'],
  ['en', 'Bath', 'E06000022'],
  ['en', 'Reading', 'E06000038'],
  ['en', 'Newport, Isle of Wight', 'E06000046'],
  ['en', 'Newport Isle of Wight', 'E06000046'],
  ['en', 'Newport, Shropshire', 'E06000020'],
  ['en', 'Richmond, North Yorkshire', 'E06000065'],
  ['en', 'Richmond upon Thames', 'E09000027'],
  ['en', 'Stratford-upon-Avon', 'E10000031'],
  ['en', 'manchester', 'E08000003'],
  ['en', 'near Manchester', 'E08000003'],
  ['en', 'Birmingham city centre', 'E08000025'],
  ['en', 'Kingston upon Hull', 'E06000010'],
  ['en', 'Hull', 'E06000010'],
  ['en', 'we live just outside York', 'E06000014'],
  ['en', "we're in Leeds but mum lives near Harrogate", 'E06000065'],
  ['en', "mum's in a care home in Scarborough", 'E06000065'],
  ['en', 'Carlisle, Cumbria', 'E06000063'],
  ['en', 'Kendal in the Lake District', 'E06000064'],
  ['en', 'Taunton Somerset', 'E06000066'],
  ['en', 'Corby', 'E06000061'],
  ['en', 'St Mary’s, Isles of Scilly', 'E06000053'],
  ['en', 'Penzance, Cornwall', 'E06000052'],
  ['en', 'Milton Keynes', 'E06000042'],
  ['en', 'Leeds LS1 4DY', 'E08000035'],
  // Wales
  ['en', 'CF10 3NQ', 'W06000015'],
  ['en', 'cf10', 'W06000015'],
  ['en', 'cf103nq', 'W06000015'],
  ['en', 'CF1O 3NQ', 'W06000015'],
  ['en', 'SA1 3SN', 'W06000011'],
  ['en', 'LL11 1AY', 'W06000006'],
  ['en', 'LL57 1UT', 'W06000002'],
  ['en', 'NP20 4UR', 'W06000022'],
  ['en', 'CF47 8AN', 'W06000024'],
  ['en', 'SA31 1JP', 'W06000010'],
  ['en', 'LL30', 'W06000003'],
  ['en', 'NP23', 'W06000019'],
  ['en', 'Wrexham', 'W06000006'],
  ['en', 'Merthyr', 'W06000024'],
  ['en', 'Merthyr Tydfil', 'W06000024'],
  ['en', 'Newport in Wales', 'W06000022'],
  ['en', 'Newport, South Wales', 'W06000022'],
  ['en', 'Newport', 'W06000022'],
  ['en', 'Carmarthen', 'W06000010'],
  ['en', 'Llandudno', 'W06000003'],
  ['en', 'Ebbw Vale', 'W06000019'],
  ['en', 'Aberystwyth', 'W06000008'],
  ['en', 'Bangor, Gwynedd', 'W06000002'],
  ['en', 'Anglesey', 'W06000001'],
  ['en', 'Pontypridd', 'W06000016'],
  ['en', 'I live in Cardiff but my mum is in Merthyr', 'W06000024'],
  ['en', 'my dad lives in Swansea', 'W06000011'],
  ['cy', 'Caerdydd', 'W06000015'],
  ['cy', 'Abertawe', 'W06000011'],
  ['cy', 'Casnewydd', 'W06000022'],
  ['cy', 'Wrecsam', 'W06000006'],
  ['cy', 'Caerfyrddin', 'W06000010'],
  ['cy', 'Merthyr Tudful', 'W06000024'],
  ['cy', 'Ynys Môn', 'W06000001'],
  ['cy', "Dw i'n byw yng Nghaerdydd", 'W06000015'],
  ['cy', 'Mae Mam yn byw ym Mangor', 'W06000002'],
  ['cy', "Rydyn ni'n byw yn Abertawe", 'W06000011'],
  ['cy', "Dw i'n byw yng Nghasnewydd", 'W06000022'],
  ['cy', 'Mae dad yn byw yn Sir Gâr', 'W06000010'],
  ['cy', 'LL55 1AB', 'W06000002'],
  // Scotland
  ['en', 'EH1 1YZ', 'S12000036'],
  ['en', 'G2 1DU', 'S12000049'],
  ['en', 'AB10 1AQ', 'S12000033'],
  ['en', 'DD1', 'S12000042'],
  ['en', 'IV1 1AA', 'S12000017'],
  ['en', 'KW15 1AA', 'S12000023'],
  ['en', 'ZE1 0AA', 'S12000027'],
  ['en', 'HS1 2BN', 'S12000013'],
  ['en', 'TD15 1AA', 'ask'],
  ['en', 'Dundee', 'S12000042'],
  ['en', 'Lerwick', 'S12000027'],
  ['en', 'Stornoway', 'S12000013'],
  ['en', 'Stornoway, Isle of Lewis', 'S12000013'],
  ['en', 'Glasgow', 'S12000049'],
  ['en', 'Aberdeen', 'S12000033'],
  ['en', 'Inverness', 'S12000017'],
  ['en', 'Fort William', 'S12000017'],
  ['en', 'Paisley', 'S12000038'],
  ['en', 'Kirkwall, Orkney', 'S12000023'],
  ['en', 'Portree on Skye', 'S12000017'],
  ['en', 'Perth, Scotland', 'S12000048'],
  ['en', 'Edinburgh', 'S12000036'],
  ['en', 'Edinburough', 'S12000036'],
  // Northern Ireland
  ['en', 'BT7 1NN', 'NI-BHSCT'],
  ['en', 'BT7', 'NI-BHSCT'],
  ['en', 'bt71nn', 'NI-BHSCT'],
  ['en', 'BT48 6DQ', 'NI-WHSCT'],
  ['en', 'BT62', 'NI-SHSCT'],
  ['en', 'Belfast', 'NI-BHSCT'],
  ['en', 'Derry', 'NI-WHSCT'],
  ['en', 'Londonderry', 'NI-WHSCT'],
  ['en', 'Derry/Londonderry', 'NI-WHSCT'],
  ['en', 'Portadown', 'NI-SHSCT'],
  ['en', 'Enniskillen', 'NI-WHSCT'],
  ['en', 'Newry', 'NI-SHSCT'],
  ['en', 'Ballymena', 'NI-NHSCT'],
  ['en', 'Lisburn', 'NI-SEHSCT'],
  ['en', 'Bangor, County Down', 'NI-SEHSCT'],
  ['en', 'Bangor NI', 'NI-SEHSCT'],
  ['en', 'Bangor', 'ask'],
  ['en', "mum's in a care home in Bangor", 'ask'],
  // "Mum's ... care ... in" once read as Romanian ("care", "în"): answered in English
  ['en', "Mum's in a care home in Bangor, Gwynedd", 'W06000002'],
  ['en', "Dad's in a care home in Leeds", 'E08000035'],
  // a hyphenated name's inner words ('in', 'de', 'la') are no language's
  ['en', 'I live in Kirkby-in-Ashfield', 'E10000024'],
  ['en', 'I live in Ashby-de-la-Zouch', 'E10000018'],
  // Crown Dependencies
  ['en', 'JE2 3AB', 'JE'],
  ['en', 'je2', 'JE'],
  ['en', 'St Helier', 'JE'],
  ['en', 'Jersey', 'JE'],
  ['en', 'GY1 1AA', 'GY'],
  ['en', 'St Peter Port', 'GY'],
  ['en', 'Guernsey', 'GY'],
  ['en', 'Alderney', 'GY'],
  ['en', 'IM1 1AA', 'IM'],
  ['en', 'Douglas IoM', 'IM'],
  ['en', 'Douglas, Isle of Man', 'IM'],
  ['en', 'Isle of Man', 'IM'],
  ['en', 'Ramsey, Isle of Man', 'IM'],
  // one name, several places: the main one at once, the others named (Richmond, North Yorkshire); asked only with no main one
  ['en', 'Richmond', 'E09000027'],
  ['en', 'London', 'ask'],
  ['en', 'Kingston', 'E09000021'],
  // disagreeing place and postcode: the postcode is read
  ['en', 'Cardiff SW1A 1AA', 'E09000033'],
  // abroad
  ['en', 'Lahore', 'abroad'],
  ['en', "we're in Spain", 'abroad'],
  ['en', 'Dublin', 'abroad'],
  ['en', 'mum lives in Pakistan', 'abroad'],
  ['en', 'Paris, France', 'abroad'],
  // numbers and codes that are not postcodes
  ['en', '12345', 'notPostcode'],
  ['en', '07700 900123', 'notPostcode'],
  ['en', '75', 'notPostcode'],
  ['en', 'XX1 1XX', 'notPostcode'],
  ['en', 'ZZ9', 'notPostcode'],
  // split districts: the council holding most of it leads (towns, neighbours, the hand-kept city list)
  ['en', 'LU2 7AB', 'E06000032'],
  ['en', 'TR24 0QQ', 'E06000053'],
  ['en', 'LE2 1AA', 'E06000016'],
  ['en', 'AB15 4AA', 'S12000033'],
  ['en', 'DE21 4AA', 'E06000015'],
  ['en', 'PL7 1AA', 'E06000026'],
  ['en', 'EH10 4AA', 'S12000036'],
  // more places: London areas, nicknames, islands, parishes
  ['en', 'Golders Green', 'E09000003'],
  ['en', 'Kew', 'E09000027'],
  ['en', 'Canning Town', 'E09000025'],
  ['en', 'IOW', 'E06000046'],
  ['en', 'Gower', 'W06000011'],
  ['en', 'Benbecula', 'S12000013'],
  ['en', 'Isle of Arran', 'S12000021'],
  ['en', 'Crumlin', 'NI-NHSCT'],
  ['en', 'Laxey', 'IM'],
  ['en', 'St Clement', 'JE'],
  ['en', 'Castel', 'GY'],
  ['cy', 'Llanelwy', 'W06000004'],
  // only a nation: its nation, and the town or postcode asked for
  ['en', 'Wales', 'nation:wales'],
  ['en', "we're in Scotland", 'nation:scotland'],
  ['en', 'Northern Ireland', 'nation:northern_ireland'],
  ['cy', "Dw i'n byw yng Nghymru", 'nation:wales'],
  ['pl', 'Mieszkam w Szkocji', 'nation:scotland'],
  ['es', 'vivo en Gales', 'nation:wales'],
  ['ar', 'أعيش في اسكتلندا', 'nation:scotland'],
  ['zh', '我住在威尔士', 'nation:wales'],
  ['zh', '我住在北爱尔兰贝尔法斯特', 'NI-BHSCT'],
  // Polish
  ['pl', 'Mieszkam w Birmingham', 'E08000025'],
  ['pl', 'Mama mieszka w Peterborough', 'E06000031'],
  ['pl', 'Mieszkam w Londynie', 'ask'],
  ['pl', 'Mieszkamy w Edynburgu', 'S12000036'],
  ['pl', 'Tata mieszka w Belfaście', 'NI-BHSCT'],
  ['pl', 'SL1 2EL', 'E06000039'],
  ['pl', 'Mieszkam w Polsce', 'abroad'],
  ['pl', 'Slough', 'E06000039'],
  // Spanish
  ['es', 'Vivo en Londres', 'ask'],
  ['es', 'vivo en Leicester', 'E06000016'],
  ['es', 'Mi madre vive en Edimburgo', 'S12000036'],
  ['es', 'Vivimos en España', 'abroad'],
  ['es', 'Estoy en Gales, en Swansea', 'W06000011'],
  ['es', 'LE1 5WW', 'E06000016'],
  ['es', 'Mi padre vive en Cardiff', 'W06000015'],
  // Urdu
  ['ur', 'میں برمنگھم میں رہتا ہوں', 'E08000025'],
  ['ur', 'بریڈفورڈ', 'E08000032'],
  ['ur', 'ہم لاہور میں رہتے ہیں', 'abroad'],
  ['ur', 'مانچسٹر', 'E08000003'],
  ['ur', 'میرا پوسٹ کوڈ BD3 9AB ہے', 'E08000032'],
  ['ur-Latn', 'main Bradford mein rehta hoon', 'E08000032'],
  ['ur-Latn', 'ammi Birmingham mein hain', 'E08000025'],
  ['ur-Latn', 'hum Lahore mein rehte hain', 'abroad'],
  ['ur-Latn', 'Luton', 'E06000032'],
  ['ur-Latn', 'mera postcode bd3 hai', 'E08000032'],
  // Arabic
  ['ar', 'أسكن في مانشستر', 'E08000003'],
  ['ar', 'لندن', 'ask'],
  ['ar', 'نحن في كارديف', 'W06000015'],
  ['ar', 'أمي تعيش في غلاسكو', 'S12000049'],
  ['ar', 'أعيش في القاهرة', 'abroad'],
  ['ar', 'بلفاست', 'NI-BHSCT'],
  ['ar', 'M14 5AB', 'E08000003'],
  // Chinese
  ['zh', '我住在曼彻斯特', 'E08000003'],
  ['zh', '伦敦', 'ask'],
  ['zh', '我妈妈住在爱丁堡', 'S12000036'],
  ['zh', '我们在贝尔法斯特', 'NI-BHSCT'],
  ['zh', '我住在北京', 'abroad'],
  ['zh', '邮编是 M14 5AB', 'E08000003'],
  ['zh', '格拉斯哥', 'S12000049'],
];

const OPENERS: Record<string, string> = {
  en: 'I look after my dad and need help near me',
  cy: "Dw i'n gofalu am fy nhad ac angen help yn lleol",
  pl: 'Opiekuję się tatą i potrzebuję pomocy w okolicy',
  es: 'Cuido de mi padre y necesito ayuda cerca de mí',
  ur: 'میں اپنے والد کی دیکھ بھال کرتا ہوں اور مجھے قریب مدد چاہیے',
  'ur-Latn': 'main apne abbu ki dekh bhal karta hoon, mujhe qareeb madad chahiye',
  ar: 'أعتني بوالدي وأحتاج مساعدة قريبة مني',
  zh: '我照顾我爸爸，需要附近的帮助',
};

/** Whole conversations: a place in the first message, or the answer to "which one?" after a name several councils share. */
const SCRIPTS: [string, string[], string][] = [
  ['en', ['I care for my mum who has cancer, we live in Swansea'], 'W06000011'],
  ['en', ["Can I get a carer's assessment? I'm in BT7"], 'NI-BHSCT'],
  ['en', ["my dad has lung cancer and I'm struggling. we live in Dundee"], 'S12000042'],
  ['en', ['how do I get a carers assessment in Leeds'], 'E08000035'],
  ['en', ['Is there a carers centre near Stornoway?'], 'S12000013'],
  ['en', ['I look after my husband, he has bowel cancer. We are in Derry.'], 'NI-WHSCT'],
  ['en', ['I look after my wife. postcode CF10 1EP'], 'W06000015'],
  ['en', ['I need a break from caring for my mum in Peckham'], 'E09000028'],
  ['en', ['my mum lives in Tower Hamlets and has dementia, I need help'], 'E09000030'],
  ['en', ['I look after my dad and need help near me', 'Bangor', 'Gwynedd'], 'W06000002'],
  ['en', ['I look after my dad and need help near me', 'Bangor', 'Northern Ireland'], 'NI-SEHSCT'],
  ['en', ['I look after my dad and need help near me', 'Bangor', 'the one in Wales'], 'W06000002'],
  ['en', ['I look after my dad and need help near me', 'London', 'Hackney'], 'E09000012'],
  ['en', ['I look after my dad and need help near me', 'London', 'E8'], 'E09000012'],
  ['en', ['I look after my dad and need help near me', 'TD15 1AA', 'Northumberland'], 'E06000057'],
  ['en', ['I look after my dad and need help near me', 'Leeds', 'actually we moved to York'], 'E06000014'],
  ['en', ['I look after my dad and need help near me', 'St Helier'], 'JE'],
  ['en', ['I look after my dad and need help near me', 'Lerwick, Shetland'], 'S12000027'],
  ['en', ['I look after my dad and need help near me', 'Douglas'], 'IM'],
  ['en', ['I look after my dad and need help near me', 'near Wrexham'], 'W06000006'],
  ['en', ['I look after my dad and need help near me', 'Wrexham area'], 'W06000006'],
  ['en', ['I look after my dad and need help near me', 'just outside Cardiff'], 'W06000015'],
  ['en', ['I look after my dad and need help near me', 'a village near Harrogate'], 'E06000065'],
  ['en', ['I look after my dad and need help near me', 'Hull'], 'E06000010'],
  ['en', ['I look after my dad and need help near me', 'south London'], 'ask'],
  ['en', ['I look after my dad and need help near me', 'Southwark'], 'E09000028'],
  ['en', ['I look after my dad and need help near me', 'in Glasgow'], 'S12000049'],
  ['en', ['I look after my dad and need help near me', 'glasgow g41'], 'S12000049'],
  ['en', ['I look after my dad and need help near me', 'NW1'], 'E09000007'],
  ['en', ['I look after my dad and need help near me', 'Portadown, Co Armagh'], 'NI-SHSCT'],
  ['en', ['I look after my dad and need help near me', 'Newry, County Down'], 'NI-SHSCT'],
  ['en', ['I look after my dad and need help near me', 'Isle of Skye'], 'S12000017'],
  ['en', ['I look after my dad and need help near me', 'Anglesey'], 'W06000001'],
  ['cy', ["Dw i'n gofalu am fy mam, mae hi'n byw yn Abertawe"], 'W06000011'],
  ['cy', ["Sut dw i'n cael asesiad gofalwr yng Nghaerfyrddin?"], 'W06000010'],
  ['pl', ['Opiekuję się mamą, która ma raka. Mieszkamy w Cardiff.'], 'W06000015'],
  ['pl', ['Opiekuję się tatą, mieszkamy w Glasgow'], 'S12000049'],
  ['es', ['Cuido a mi madre con cáncer, vivimos en Bristol'], 'E06000023'],
  ['ar', ['أعتني بأمي المصابة بالسرطان ونعيش في برمنغهام'], 'E08000025'],
  ['zh', ['我照顾得了癌症的妈妈，我们住在伦敦东区'], 'ask'],
  ['zh', ['我照顾得了癌症的妈妈，我们住在曼彻斯特'], 'E08000003'],
  ['ur', ['میں اپنی امی کی دیکھ بھال کرتی ہوں، ہم بریڈفورڈ میں رہتے ہیں'], 'E08000032'],
  ['ur-Latn', ['main apni ammi ki dekh bhal karti hoon, hum Birmingham mein rehte hain'], 'E08000025'],
  ['en', ['I look after my mum in Pakistan, she has cancer'], 'abroad'],
];

interface Situation {
  councilCodes?: string[];
  nation?: string;
  answers?: Record<string, string>;
}

describe('where they live, answered in many ways (through the bot)', function () {
  this.timeout(30000);
  let app: BotApp;
  const storage = new MemoryStateStorage();
  before(() => {
    const config = { ...loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent' }), defaultOrg: 'demo' };
    app = createBotApp(config, createLogger('silent'), { clock: () => OPEN, storage });
  });
  after(() => app.turns.drain());

  let counter = 0;
  async function converse(locale: string, texts: string[]): Promise<{ text: string; situation: Situation }> {
    const id = `where-${++counter}`;
    const last = await lastTurnOf(app, id, locale, texts);
    const key = `webchat/conversations/${id}/`;
    const stored = (await storage.read([key]))[key] as { data?: { situation?: Situation } } | undefined;
    return { text: last.map((a) => a.text ?? '').join('\n'), situation: stored?.data?.situation ?? {} };
  }

  for (const [locale, answer, expected] of ROWS) {
    const name = councilByCode(expected)?.shortName ?? expected;
    it(`${locale} "${answer}" -> ${name}`, async () => {
      const { text, situation } = await converse(locale, [OPENERS[locale]!, answer]);
      const codes = situation.councilCodes ?? [];
      const answers = situation.answers ?? {};
      expect(text, 'a reply').to.not.equal('');
      if (locale === 'en') expect(text, 'answered in English').to.match(/\b(?:the|you|your|I)\b/);
      if (expected === 'ask') expect(answers.where_council, `${codes.join(' ')}\n${text}`).to.equal('ask');
      else if (expected === 'abroad') {
        expect(codes, text).to.deep.equal([]);
        expect(answers.where, text).to.equal('skipped');
        expect(text).to.match(/carers\.org|0808 808 7777/);
      } else if (expected.startsWith('nation:')) {
        expect(codes, text).to.deep.equal([]);
        expect(situation.nation, text).to.equal(expected.slice('nation:'.length));
        expect(answers.where, text).to.equal(undefined);
      } else if (expected === 'notPostcode') {
        expect(codes, text).to.deep.equal([]);
        expect(answers.where, text).to.equal(undefined);
      } else {
        expect(codes[0], `${codes.join(' ')}\n${text}`).to.equal(expected);
        expect(answers.where_council, text).to.not.equal('ask');
      }
    });
  }

  for (const [locale, turns, expected] of SCRIPTS) {
    it(`${locale} ${turns.map((t) => `"${t}"`).join(' / ')} -> ${councilByCode(expected)?.shortName ?? expected}`, async () => {
      const { text, situation } = await converse(locale, turns);
      const codes = situation.councilCodes ?? [];
      const answers = situation.answers ?? {};
      if (expected === 'ask') expect(answers.where_council, text).to.equal('ask');
      else if (expected === 'abroad') {
        expect(codes, text).to.deep.equal([]);
        expect(text).to.match(/carers\.org|0808 808 7777/);
      } else expect(codes[0], `${codes.join(' ')}\n${text}`).to.equal(expected);
    });
  }
});
