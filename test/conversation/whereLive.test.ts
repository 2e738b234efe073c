/** Where they live: Crown Dependency places, codes that are no postcode, councils sharing a district or a name, and a place changed. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply, type Reply } from '../../conversation/answers';
import { nextQuestion } from '../../conversation/questions';
import { newConversationData, type ConversationData } from '../../conversation/state';
import { looseDistrict, notAPostcode } from '../../conversation/whereLive';
import type { LanguageCode } from '../../core/languages';
import type { TopicId } from '../../core/topics';
import { recognizeSync } from '../../understanding';
import { guide, keyT } from './helpers';

const text = (contents: Content[]) =>
  contents.map((c) => (c.kind === 'text' ? c.text : c.kind === 'services' ? c.services.map((s) => `${s.name} ${s.why}`).join('\n') : '')).join('\n');

const reply = (said: string, language: LanguageCode = 'en'): Reply => ({ text: said, understanding: recognizeSync(said, { conversationLanguage: language }) });
const pick = (value: string, label = value): Reply => ({ text: label, choice: { value, label }, understanding: recognizeSync(label) });

/** Asked "where do you live?" about a local topic, they answer. */
function answerWhere(said: string, topic: TopicId = 'assessment'): { data: ConversationData; out: string } {
  const data = newConversationData('en', 'demo');
  data.situation.focus = topic;
  data.situation.topics = [topic];
  const out = text(handleReply('where', reply(said), data, guide('en', keyT)));
  return { data, out };
}

describe('where they live', () => {
  const crown: [string, string, string][] = [
    ['Jersey', 'jersey', 'JE'],
    ['St Helier', 'jersey', 'JE'],
    ['Guernsey', 'guernsey', 'GY'],
    ['St Peter Port', 'guernsey', 'GY'],
    ['Alderney', 'guernsey', 'GY'],
    ['Sark', 'guernsey', 'GY'],
    ['Douglas', 'isle_of_man', 'IM'],
    ['Isle of Man', 'isle_of_man', 'IM'],
  ];
  for (const [place, dependency, code] of crown) {
    it(`"${place}" is ${dependency}: its own government's way in at once, never "where do you live?" again`, () => {
      const { data, out } = answerWhere(place);
      expect(data.situation.crownDependency).to.equal(dependency);
      expect(data.situation.councilCodes).to.deep.equal([code]);
      expect(nextQuestion(data, guide('en', keyT)).id).not.to.equal('where');
      expect(data.situation.answered).to.include('assessment');
      expect(out).to.contain('local.assessment');
    });
  }

  const notPostcodes = ['XX9', 'xx9', 'QQ1 2AB', 'A1'];
  for (const code of notPostcodes) {
    it(`"${code}" is said kindly to be no UK postcode, and where they live stays open`, () => {
      const { data, out } = answerWhere(code);
      expect(out).to.equal(`local.notAPostcode ${JSON.stringify({ code: code.toUpperCase() })}`);
      expect(data.situation.councilCodes).to.equal(undefined);
      expect(nextQuestion(data, guide('en', keyT)).id).to.equal('where');
    });
  }
  for (const words of ['me 2', 'im 1', 'no 1', 'ok 2']) {
    it(`"${words}" is no postcode with odd spaces`, () => expect(looseDistrict(words)).to.equal(undefined));
  }
  for (const fine of ['SE15', 'sa1 1aa', '5pm', 'ok', 'Leeds', 'tired']) {
    it(`"${fine}" is not called a wrong postcode`, () => expect(notAPostcode(fine)).to.equal(undefined));
  }

  const areas: [string, string, string | undefined][] = [
    ['CF', 'CF', 'wales'],
    ['my postcode starts with SA', 'SA', 'wales'],
    ['postcode is ab', 'AB', 'scotland'],
    ['CH', 'CH', undefined],
  ];
  for (const [said, area, nation] of areas) {
    it(`only a postcode area ("${said}"): ${nation ?? 'no one nation'}, and the first part or the town asked for kindly`, () => {
      const { data, out } = answerWhere(said);
      expect(out).to.contain(`local.areaOnly {"area":"${area}"`);
      expect(data.situation.nation).to.equal(nation);
      // A nation is enough for results; across a border, where they live is asked again.
      expect(data.situation.answered.includes('assessment')).to.equal(nation !== undefined);
    });
  }
  for (const words of ['ME', 'ok', 'me', 'B', 'no']) {
    it(`"${words}" is no postcode area`, () => expect(answerWhere(words).out).not.to.contain('local.areaOnly'));
  }

  const spaced: [string, string][] = [
    ['SE 15', 'SE15'],
    ['s e 1 5', 'SE15'],
    ['cf 10', 'CF10'],
    ['Sw1a 1 aa', 'SW1A'],
  ];
  for (const [typed, district] of spaced) {
    it(`"${typed}", a postcode with odd spaces, is read as ${district}`, () => {
      const { data } = answerWhere(typed);
      expect(data.situation.district).to.equal(district);
    });
  }

  const asked: [string, string[], string, string][] = [
    ['CH1', ['E06000050', 'W06000005'], 'W06000005', 'wales'],
    ['TD15', ['E06000057', 'S12000026'], 'S12000026', 'scotland'],
    ['Bangor', ['W06000002', 'NI-SEHSCT'], 'W06000002', 'wales'],
    ['Wellington', ['E06000020', 'E06000066'], 'E06000066', 'england'],
  ];
  for (const [said, councils, chosen, nation] of asked) {
    it(`"${said}" is shared by ${councils.join(' and ')} (another nation, or no main one): which one is asked, by name, before the results`, () => {
      const { data, out } = answerWhere(said);
      expect(out).not.to.contain('local.assessment');
      const question = nextQuestion(data, guide('en', keyT));
      expect(question.id).to.equal('where_council');
      const choices = question.contents.flatMap((c) => (c.kind === 'text' ? (c.choices ?? []) : [])).map((c) => c.value);
      expect(choices).to.deep.equal([...councils.map((c) => `council:${c}`), 'council:unsure']);
      const after = text(handleReply('where_council', pick(`council:${chosen}`), data, guide('en', keyT)));
      expect(data.situation.councilCodes).to.deep.equal([chosen]);
      expect(data.situation.nation).to.equal(nation);
      expect(after).to.match(/local\.(assessment|why)/);
      expect(nextQuestion(data, guide('en', keyT)).id).not.to.equal('where_council');
    });
  }

  it('the council can be typed instead of tapped ("Flintshire" for CH1)', () => {
    const { data } = answerWhere('CH1');
    handleReply('where_council', reply('Flintshire'), data, guide('en', keyT));
    expect(data.situation.councilCodes).to.deep.equal(['W06000005']);
  });

  it('"not sure" keeps the main council first and asks nothing more', () => {
    const { data } = answerWhere('CH1');
    const out = text(handleReply('where_council', pick('council:unsure', 'Not sure'), data, guide('en', keyT)));
    expect(data.situation.councilCodes?.[0]).to.equal('E06000050');
    expect(out).to.contain('local.');
    expect(nextQuestion(data, guide('en', keyT)).id).not.to.equal('where_council');
  });

  it('across a border, it matters only for local help: nothing is asked about understanding the illness', () => {
    const data = newConversationData('en', 'demo');
    data.situation.focus = 'illness_info';
    handleReply('more', reply('CH1'), data, guide('en', keyT));
    expect(nextQuestion(data, guide('en', keyT)).id).not.to.equal('where_council');
  });

  it('across a border, given after the results, which council is asked, then it looks again for that one', () => {
    const data = newConversationData('en', 'demo');
    data.situation.focus = 'assessment';
    data.situation.answered = ['assessment'];
    handleReply('more', reply('CH1'), data, guide('en', keyT));
    expect(nextQuestion(data, guide('en', keyT)).id).to.equal('where_council');
    const out = text(handleReply('where_council', pick('council:W06000005', 'Flintshire'), data, guide('en', keyT)));
    expect(out).to.contain('Flintshire');
  });

  const withinOne: [string, string, string][] = [
    ['SE15', 'E09000028', 'Lewisham'],
    ['SA1', 'W06000011', 'Neath Port Talbot'],
  ];
  for (const [district, main, other] of withinOne) {
    it(`${district}, shared within one nation, is answered for its main council at once, naming ${other} so they can say`, () => {
      const { data, out } = answerWhere(district);
      expect(data.situation.councilCodes?.[0]).to.equal(main);
      expect(nextQuestion(data, guide('en', keyT)).id).not.to.equal('where_council');
      expect(out).to.contain(`local.alsoHere {"others":"${other}"}`);
      expect(out).to.match(/local\.assessment(NoRoute)?/);
      // The main council's own way in, never a neighbour's said as theirs.
      expect(out).not.to.match(new RegExp(`local\\.assessment[^\\n]*${other}`));
    });
  }

  it(`"Lewisham" after SE15's results looks again, for Lewisham`, () => {
    const { data } = answerWhere('SE15');
    const out = text(handleReply('more', reply('Lewisham'), data, guide('en', keyT)));
    expect(data.situation.councilCodes).to.deep.equal(['E09000023']);
    expect(out).to.contain('Lewisham');
  });

  const alike: [string, string][] = [
    ['Newport', 'Newport, Isle of Wight'],
    ['Richmond', 'Richmond, North Yorkshire'],
  ];
  for (const [place, other] of alike) {
    it(`"${place}" is answered for its main council, and "${other}" named so they can say`, () => {
      const { out } = answerWhere(place);
      expect(out).to.match(new RegExp(`local\\.alsoHere \\{"others":"[^"]*${other}`));
      expect(out).to.contain('local.assessment');
    });
  }

  it('a place changed after the results looks again, near the new place ("Leeds", then "we live in York now")', () => {
    const { data } = answerWhere('Leeds');
    expect(data.situation.answered).to.include('assessment');
    const out = text(handleReply('more', reply('actually we moved, we live in York now'), data, guide('en', keyT)));
    expect(data.situation.councilCodes).to.deep.equal(['E06000014']);
    expect(data.situation.district).to.equal(undefined);
    expect(out).to.contain('York');
  });

  it('a place named in a first message with a worry is taken in before the answer, so the answer is for that nation', () => {
    const data = newConversationData('en', 'demo');
    handleReply('opening', reply("I look after my dad in Swansea, he has cancer. Can I get a carer's assessment?"), data, guide('en', keyT));
    expect(data.situation.councilCodes).to.deep.equal(['W06000011']);
    expect(data.situation.nation).to.equal('wales');
  });

  const twoPlaces: [string, string, string][] = [
    ["my mum lives in Newport, I'm in Bristol, I need help looking after her", 'W06000022', 'Bristol'],
    ["I'm in Bristol but my dad lives in Cardiff and I need a break from caring for him", 'W06000015', 'Bristol'],
    ['we live in Leeds and my husband goes to hospital in Bradford', 'E08000035', 'Bradford'],
  ];
  for (const [said, lead, other] of twoPlaces) {
    it(`two places in one message: the one said of the person looked after leads, ${other} is named back ("${said}")`, () => {
      const data = newConversationData('en', 'demo');
      const out = text(handleReply('opening', reply(said), data, guide('en', keyT)));
      expect(data.situation.councilCodes).to.deep.equal([lead]);
      expect(out).to.contain(`local.alsoHere {"others":"${other}"}`);
    });
  }

  const crownCards: [string, string][] = [
    ["can I get carer's allowance? I live in Guernsey", 'States of Guernsey'],
    ['I look after my dad in Jersey, how do I get a carers assessment?', 'Government of Jersey'],
  ];
  for (const [said, council] of crownCards) {
    it(`a card asked in a Crown Dependency says it has its own rules (${council}), never "tell me where you live"`, () => {
      const data = newConversationData('en', 'demo');
      const out = text(handleReply('opening', reply(said), data, guide('en', keyT)));
      expect(data.situation.card, 'a card answered it').to.be.a('string');
      expect(out).to.contain(`local.crownOwnRules`);
      expect(out).to.contain(council);
      expect(out).not.to.contain('knowledge.differs');
    });
  }

  it('said in Welsh, Bangor is the Welsh one (Gwynedd): nothing to ask', () => {
    const data = newConversationData('cy', 'demo');
    data.situation.focus = 'break';
    handleReply('where', reply('Mae Mam yn byw ym Mangor', 'cy'), data, guide('cy', keyT));
    expect(data.situation.councilCodes).to.deep.equal(['W06000002']);
    expect(data.situation.nation).to.equal('wales');
    expect(nextQuestion(data, guide('cy', keyT)).id).not.to.equal('where_council');
  });

  it('in Welsh, a Welsh name is said back as they wrote it ("Caerdydd")', () => {
    const data = newConversationData('cy', 'demo');
    data.situation.focus = 'assessment';
    const out = text(handleReply('where', reply('Caerdydd', 'cy'), data, guide('cy', keyT)));
    expect(out).to.contain('"place":"Caerdydd"');
  });
});
