/** Where they live, named inside a sentence in any language, is where they live. */
import { expect } from 'chai';
import { handleReply } from '../../conversation/answers';
import { placeAfterCue, placeIn } from '../../conversation/placeIn';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { guide, said, understood } from './helpers';

describe('a place inside a sentence', () => {
  const table: [LanguageCode, string, string][] = [
    ['pl', 'Mieszkam w Birmingham', 'Birmingham'],
    ['es', 'vivo en Leicester', 'Leicester'],
    ['es', 'mi madre vive en Leeds', 'Leeds'],
    ['pt', 'a minha mãe mora em Leeds', 'Leeds'],
    ['ro', 'Mama locuiește în Luton', 'Luton'],
    ['pt', 'moro em Leeds', 'Leeds'],
    ['ur', 'main Bradford mein rehti hoon', 'Bradford'],
    ['cy', "Dw i'n byw yng Nghaerdydd", 'Cardiff'],
    ['cy', "Dw i'n byw ym Mangor", 'Bangor'],
    ['cy', "Rydyn ni'n byw yn Abertawe", 'Swansea'],
    ['ro', 'Locuiesc în Luton', 'Luton'],
    // Names in the language's own script or form (data/geography/exonyms.json).
    ['ar', 'أسكن في مانشستر مع أمي', 'Manchester'],
    ['ar', 'أمي تعيش في برمنغهام', 'Birmingham'],
    ['ar', 'والدي يسكن في كارديف', 'Cardiff'],
    ['ar', 'نعيش بلندن من سنين', 'London'],
    ['zh', '我住在曼彻斯特，妈妈生病了', 'Manchester'],
    ['zh', '我們住在倫敦', 'London'],
    ['bn', 'আমি লন্ডনে থাকি', 'London'],
    ['gu', 'હું લેસ્ટરમાં રહું છું', 'Leicester'],
    ['pa', 'ਮੈਂ ਬਰਮਿੰਘਮ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ', 'Birmingham'],
    ['ur', 'میں بریڈفورڈ میں رہتی ہوں', 'Bradford'],
    ['pl', 'Mieszkam w Londynie z mamą', 'London'],
    ['es', 'vivo en Londres', 'London'],
    ['cy', "Dw i'n byw yn Lerpwl", 'Liverpool'],
    // English names with Polish case endings (not in exonyms.json): the name without the ending.
    ['pl', 'mieszkam pod Manchesterem', 'Manchester'],
    ['pl', 'mieszkam w Sheffieldzie', 'Sheffield'],
    ['pl', 'mieszkamy koło Nottinghamu', 'Nottingham'],
  ];
  for (const [, text, place] of table) {
    it(`"${text}" -> ${place}`, () => expect(placeIn(text)?.where.place).to.equal(place));
  }

  for (const [language, text, place] of table) {
    it(`${language}: said while asked how they are, it is where they live (${place})`, () => {
      const data = newConversationData(language, 'demo');
      handleReply('how_are_you', said(text), data, guide(language));
      expect(data.situation.councilCodes, text).to.have.length.greaterThan(0);
    });
    it(`${language}: said in answer to "where do you live?", it is the answer (${place})`, () => {
      const data = newConversationData(language, 'demo');
      data.situation.focus = 'money';
      handleReply('where', said(text), data, guide(language));
      expect(data.situation.councilCodes, text).to.have.length.greaterThan(0);
    });
  }

  it('a postcode beside the place is read instead: "mieszkam w Londynie, E8" is Hackney, not all of London', () => {
    expect(placeIn('mieszkam w Londynie, E8')).to.equal(undefined);
    const data = newConversationData('pl', 'demo');
    data.situation.focus = 'money';
    handleReply(
      'where',
      said('mieszkam w Londynie, E8', understood({ entities: { postcode: { district: 'E8', area: 'E', wasFull: false } } })),
      data,
      guide('pl'),
    );
    expect(data.situation.district).to.equal('E8');
  });

  const notPlaces: [string, string][] = [
    ['New York holds York inside it', 'أعيش في نيويورك'],
    ['New York holds York inside it (Latin letters)', 'New York'],
    ['a county is not the city inside its name', 'أعيش في ليسترشاير'],
    ['no place at all', '我住在家里，照顾我妈妈'],
  ];
  for (const [why, text] of notPlaces) it(`${why}: "${text}" is no place we know`, () => expect(placeIn(text)).to.equal(undefined));

  it('a place name with one slip of spelling, said while asked how they are, is where they live (Middlesbrough)', () => {
    const data = newConversationData('en', 'demo');
    handleReply('how_are_you', said('Middlesborough'), data, guide());
    expect(data.situation.councilCodes?.[0]).to.equal('E06000002');
  });

  it('a slip of spelling is not taken while asked who they look after, nor once a place is known', () => {
    const asked = newConversationData('en', 'demo');
    handleReply('confirm_who', said('Eileen'), asked, guide());
    expect(asked.situation.councilCodes).to.equal(undefined);
    const known = newConversationData('en', 'demo');
    known.situation.councilCodes = ['E08000035'];
    handleReply('how_are_you', said('Eileen'), known, guide());
    expect(known.situation.councilCodes).to.deep.equal(['E08000035']);
  });

  it('an everyday word that is also a town, with no word for living, is no place', () => {
    const data = newConversationData('en', 'demo');
    handleReply('more', said('Reading the forms is hard'), data, guide());
    expect(data.situation.councilCodes).to.equal(undefined);
  });
});

describe('a place after "in" or "near" inside a longer sentence', () => {
  const found: [string, string][] = [
    ["I look after my dad in Swansea, he has cancer. Can I get a carer's assessment?", 'Swansea'],
    ['help for carers in Ynys Môn', 'Sir Ynys Môn'],
    ['I look after my mum in Jersey, who can help?', 'Jersey'],
    ['is there a carers centre near Kirkwall?', 'Kirkwall'],
    ['my husband is in Tower Hamlets and I need a break', 'Tower Hamlets'],
    ['we need help in Bath with his washing', 'Bath'],
    ['Mae fy nhad yn byw yn Abertawe', 'Swansea'],
    ['Potrzebuję pomocy w Cardiff dla taty', 'Cardiff'],
    ['meri ammi Bradford mein hain aur unko cancer hai', 'Bradford'],
    ['Mi madre vive cerca de Leicester', 'Leicester'],
    ['we live on the outskirts of Norwich and need help', 'Norwich'],
    // One slip of spelling right after a word for living (issue 16).
    ["I look after my mum and we live in Middlesborough. How do I get a carer's assessment?", 'Middlesbrough'],
    ['my dad lives near Glasgo and has cancer', 'Glasgow City'],
    ["we're in Sheffeild, is there a carers centre?", 'Sheffield'],
    // Polish "we" is a cue too, but "are in Newport" is no name: the whole "Newport, Isle of Wight" after "in" is.
    ['I look after my mum, we are in Newport, Isle of Wight. Any support near us?', 'Newport, Isle of Wight'],
  ];
  for (const [text, place] of found) it(`"${text}" -> ${place}`, () => expect(placeAfterCue(text)?.where.place).to.equal(place));

  const none: [string, string][] = [
    ['a month, even with a capital', 'his chemo starts in March and I need help'],
    ['an everyday word without a capital', "I'm in bath most evenings crying"],
    ['no cue before the name', 'Reading the forms is hard'],
    ['a postcode says more', 'my dad lives in Swansea SA1'],
    ['not a place', 'I live in fear of the next scan'],
    ['a slip of spelling with no word for living', 'is there help in Middlesborough'],
    ['not a place after living', 'we live in poverty since he stopped work'],
    ['a slip of spelling after "we are in" without a capital', 'we are in sheffeild'],
    ['where they are, not where they live', 'he is in Trouble again'],
    ['Polish "to", not where they live', 'mam do Manchesteru daleko'],
  ];
  for (const [why, text] of none) it(`${why}: "${text}" names no place`, () => expect(placeAfterCue(text)).to.equal(undefined));
});
