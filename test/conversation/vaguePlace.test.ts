/** "Near me", "I don't know", "rather not say" in answer to "where do you live?": read in every language, answered kindly. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply, type Reply } from '../../conversation/answers';
import { nextQuestion } from '../../conversation/questions';
import { newConversationData, type ConversationData } from '../../conversation/state';
import { foldAnswer, vaguePlace } from '../../conversation/vaguePlace';
import { VAGUE_PHRASES, type VagueKind } from '../../conversation/vaguePlaceWords';
import { LANGUAGES, type LanguageCode } from '../../core/languages';
import { recognizeSync } from '../../understanding';
import { guide, keyT } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');
const reply = (said: string, language: LanguageCode): Reply => ({ text: said, understanding: recognizeSync(said, { conversationLanguage: language }) });

/** Asked "where do you live?" about a carer's assessment, they answer. */
function answerWhere(said: string, language: LanguageCode = 'en', t = keyT): { data: ConversationData; out: string } {
  const data = newConversationData(language, 'demo');
  data.situation.focus = 'assessment';
  data.situation.topics = ['assessment'];
  const out = text(handleReply('where', reply(said, language), data, guide(language, t)));
  return { data, out };
}

describe('no place in answer to "where do you live?"', () => {
  describe('reading it (vaguePlace)', () => {
    it('every phrase in the table is read as its own kind, and no phrase is in two kinds', () => {
      const seen = new Map<string, VagueKind>();
      for (const [kind, phrases] of Object.entries(VAGUE_PHRASES) as Array<[VagueKind, readonly string[]]>) {
        for (const phrase of phrases) {
          expect(vaguePlace(phrase), phrase).to.equal(kind);
          const folded = foldAnswer(phrase);
          expect(seen.get(folded) ?? kind, `${phrase} is also ${seen.get(folded)}`).to.equal(kind);
          seen.set(folded, kind);
        }
      }
    });

    const typed: Array<[string, VagueKind]> = [
      ['Near me', 'nearMe'],
      ['near me please', 'nearMe'],
      ['Just local.', 'nearMe'],
      ['um, my area', 'nearMe'],
      ['somewhere near me', 'nearMe'],
      ['I live locally', 'nearMe'],
      ['HERE!', 'nearMe'],
      ['I dont know', 'unsure'],
      ['I don’t know, sorry', 'unsure'],
      ['not sure', 'unsure'],
      ["I'd rather not say", 'decline'],
      ['Rather not say thanks', 'decline'],
      ['prefer not to say', 'decline'],
      ['yn agos ata i', 'nearMe'],
      ['Yn lleol', 'nearMe'],
      ['Dwi ddim yn siwr', 'unsure'],
      ['dwn i ddim', 'unsure'],
      ['Gwell gen i beidio dweud', 'decline'],
      ['Blisko mnie', 'nearMe'],
      ['w mojej okolicy', 'nearMe'],
      ['Nie wiem', 'unsure'],
      ['Wolę nie mówić', 'decline'],
      ['wole nie mowic', 'decline'],
      ['Cerca de mí', 'nearMe'],
      ['cerca de mi por favor', 'nearMe'],
      ['No sé', 'unsure'],
      ['no se', 'unsure'],
      ['Prefiero no decirlo', 'decline'],
      ['Perto de mim', 'nearMe'],
      ['Não sei', 'unsure'],
      ['Prefiro não dizer', 'decline'],
      ['Lângă mine', 'nearMe'],
      ['nu stiu', 'unsure'],
      ['Prefer să nu spun', 'decline'],
      ['میرے قریب', 'nearMe'],
      ['مجھے نہیں پتا', 'unsure'],
      ['میں نہیں بتانا چاہتی', 'decline'],
      ['mere qareeb', 'nearMe'],
      ['Mujhe nahi pata', 'unsure'],
      ['nahi batana', 'decline'],
      ['بالقرب مني', 'nearMe'],
      ['لا اعرف', 'unsure'],
      ['我附近', 'nearMe'],
      ['不知道。', 'unsure'],
      ['不想说', 'decline'],
      ['আমার কাছে', 'nearMe'],
      ['ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ', 'unsure'],
      ['મારી નજીક', 'nearMe'],
    ];
    for (const [said, kind] of typed) it(`"${said}" is ${kind}`, () => expect(vaguePlace(said)).to.equal(kind));

    const other = [
      'Leeds',
      'SE15',
      'near Leeds',
      "I don't know what to do",
      'here is my postcode',
      'local council',
      'my mum',
      'not sure what a carer is',
      'help',
      'just please',
      '',
      'near me '.repeat(20),
    ];
    for (const said of other) it(`"${said.slice(0, 30)}" is something else`, () => expect(vaguePlace(said)).to.equal(undefined));
  });

  describe('answering it', () => {
    const nearOrUnsure: Array<[string, LanguageCode, 'nearMe' | 'unsure']> = [
      ['near me', 'en', 'nearMe'],
      ['here', 'en', 'nearMe'],
      ['my area', 'en', 'nearMe'],
      ["I don't know", 'en', 'unsure'],
      ['yn lleol', 'cy', 'nearMe'],
      ['dw i ddim yn gwybod', 'cy', 'unsure'],
      ['blisko mnie', 'pl', 'nearMe'],
      ['nie wiem', 'pl', 'unsure'],
      ['cerca de mí', 'es', 'nearMe'],
      ['no sé', 'es', 'unsure'],
      ['میرے قریب', 'ur', 'nearMe'],
      ['mujhe nahi pata', 'ur', 'unsure'],
    ];
    for (const [said, language, kind] of nearOrUnsure) {
      it(`${language} "${said}": never "couldn't find that place"; asked again saying what is enough, how long it is kept, the finders and Skip`, () => {
        const { data, out } = answerWhere(said, language);
        expect(out).not.to.contain('situation.where.notFound');
        const question = nextQuestion(data, guide(language, keyT));
        expect(question.id).to.equal('where');
        const [content] = question.contents;
        const asked = content.kind === 'text' ? content.text : '';
        expect(asked).to.contain(`local.vague.${kind}`).and.contain('"hours":24').and.contain('local.vague.skip').and.contain('local.vague.finders');
        expect(content.kind === 'text' && content.choices?.map((c) => c.value)).to.deep.equal(['skip']);
        // Asked once: the next answer that is no place gets the usual question.
        handleReply('where', reply('blah blah', language), data, guide(language, keyT));
        const again = nextQuestion(data, guide(language, keyT)).contents[0];
        expect(again.kind === 'text' && again.text).to.equal('situation.where.question');
      });
    }

    const declined: Array<[string, LanguageCode]> = [
      ['rather not say', 'en'],
      ['gwell gen i beidio', 'cy'],
      ['wolę nie mówić', 'pl'],
      ['prefiero no decirlo', 'es'],
      ['نہیں بتانا', 'ur'],
    ];
    for (const [said, language] of declined) {
      it(`${language} "${said}": skipped kindly, with how to say later and how long it is kept; the results come now`, () => {
        const { data, out } = answerWhere(said, language);
        expect(out).to.contain('local.vague.decline').and.contain('local.vague.later').and.contain('"hours":24');
        expect(out).not.to.contain('situation.where.notFound');
        expect(data.situation.answers.where).to.equal('skipped');
        expect(nextQuestion(data, guide(language, keyT)).id).not.to.equal('where');
      });
    }

    it('a real place always wins ("Cardiff" is Cardiff, not a vague answer)', () => {
      const { data, out } = answerWhere('Cardiff');
      expect(out).to.contain('local.placeThanks');
      expect(data.situation.councilCodes).to.deep.equal(['W06000015']);
    });

    it('reads in real words in every language, with a Welsh example for Welsh speakers', () => {
      for (const language of LANGUAGES) {
        const { data } = answerWhere('near me', language);
        const content = nextQuestion(data, guide(language)).contents[0];
        const asked = content.kind === 'text' ? content.text : '';
        expect(asked, language).not.to.match(/local\.vague|\{\{/);
        expect(asked, language)
          .to.contain(language === 'cy' ? 'CF10' : 'SE15')
          .and.contain('24');
        expect(asked, language).to.contain('0808 808 7777');
      }
    });
  });
});
