/**
 * What to say when they call, in every language: the card's example relation in [brackets] was kept in every language
 * but English (an Urdu script said "میرے [شوہر]" to someone who had named امی). Now, as in English, the one relation
 * named is put in, and with nobody named the words are neutral, never an example relation (conversation/cardPersonWords.ts, words in conversation/callWords/).
 */
import { expect } from 'chai';
import type { LanguageCode } from '../../core/languages';
import { forPerson } from '../../conversation/cardPerson';
import { CALL_WORDS } from '../../conversation/callWords';
import type { Translate } from '../../conversation/translate';
import { knowledge, renderCard } from '../../knowledge';

const { kb } = knowledge();
const NOW = new Date('2026-12-07T12:00:00Z');
const t = ((key: string) => key) as unknown as Translate;

function callOf(language: LanguageCode, script: 'Latn' | undefined, cardId: string, relation: string | undefined): string {
  const answer = renderCard(kb, cardId, { language, script, now: NOW, relation });
  const caredFor = relation ? [{ relation, words: '' }] : [];
  return forPerson(answer, caredFor, t).call.join('\n');
}

type Row = [LanguageCode, 'Latn' | undefined, string, string | undefined, string, string];

const ROWS: Row[] = [
  ['es', undefined, 'money.crisis-help', undefined, 'Cuido de una persona querida, que está muy enferma', '[madre]'],
  ['es', undefined, 'money.crisis-help', 'wife', 'Cuido de mi esposa, que está muy enferma', '['],
  ['es', undefined, 'money.carers-allowance-pension', 'father', 'cuido de mi padre', '[marido]'],
  ['pt', undefined, 'money.crisis-help', undefined, 'Cuido de uma pessoa querida', '[mãe]'],
  ['pt', undefined, 'money.crisis-help', 'mother', 'Cuido da minha mãe,', '['],
  ['pl', undefined, 'money.crisis-help', undefined, 'Opiekuję się bliską mi osobą, która', '[mamą]'],
  ['pl', undefined, 'money.crisis-help', 'wife', 'Opiekuję się żoną, która', '['],
  ['pl', undefined, 'money.carers-allowance-pension', 'son', 'opiekuję się synem', '[mężem]'],
  ['ro', undefined, 'money.crisis-help', undefined, 'Am grijă de o rudă, care', '[mama]'],
  ['ro', undefined, 'money.crisis-help', 'daughter', 'Am grijă de fiica mea, care', '['],
  ['cy', undefined, 'money.crisis-help', undefined, "Dw i'n gofalu am fy anwylyd", '[mam]'],
  ['cy', undefined, 'money.carers-allowance-pension', 'father', 'gofalu am fy nhad', '[ngŵr]'],
  ['ar', undefined, 'money.crisis-help', undefined, 'أعتني بـقريبتي', '[أمي]'],
  ['ar', undefined, 'money.crisis-help', 'wife', 'أعتني بـزوجتي', '['],
  ['ur', undefined, 'money.carers-allowance-pension', 'mother', 'میری امی کی دیکھ بھال', '[شوہر]'],
  ['ur', undefined, 'money.carers-allowance-pension', undefined, 'میرے رشتہ دار کی دیکھ بھال', '[شوہر]'],
  ['ur', 'Latn', 'money.carers-allowance-pension', 'mother', 'meri ammi ki dekh bhaal', '[shohar]'],
  ['ur', 'Latn', 'money.crisis-help', undefined, 'Meri rishtedaar bahut bimar hain', '[ammi]'],
  ['pa', undefined, 'money.carers-allowance-pension', 'mother', 'ਮੇਰੀ ਮਾਂ ਦੀ', '[ਪਤੀ]'],
  ['gu', undefined, 'money.carers-allowance-pension', 'mother', 'મારાં મમ્મી ની', '[પતિ]'],
  ['gu', undefined, 'money.crisis-help', 'wife', 'હું મારી પત્ની ની', '[મમ્મી]'],
  ['bn', undefined, 'money.crisis-help', 'husband', 'আমার স্বামী-র দেখাশোনা', '[মা]'],
  ['bn', undefined, 'money.crisis-help', undefined, 'আমার প্রিয়জনের দেখাশোনা', '[মা]'],
  ['zh', undefined, 'money.crisis-help', 'father', '我在照顾我爸爸，他病得很重', '她'],
  ['zh', undefined, 'money.crisis-help', undefined, '照顾我家人', '[妈妈]'],
];

describe('what to say names the one they look after, in every language', () => {
  for (const [language, script, cardId, relation, has, never] of ROWS)
    it(`${language}${script ? '-Latn' : ''} ${cardId}, ${relation ?? 'nobody named'}: "${has}"`, () => {
      const call = callOf(language, script, cardId, relation);
      expect(call).to.include(has);
      expect(call).not.to.include(never);
    });

  // Every card, every language this table holds: with nobody named, no example relation is left in [brackets].
  for (const language of Object.keys(CALL_WORDS)) {
    const [code, script] = language === 'ur-Latn' ? (['ur', 'Latn'] as const) : ([language as LanguageCode, undefined] as const);
    it(`${language}: with nobody named, no card's script keeps an example relation`, () => {
      const examples = Object.keys(CALL_WORDS[language as LanguageCode]!.examples);
      for (const card of kb.cards) {
        const call = callOf(code, script, card.id, undefined);
        for (const example of examples) expect(call, `${card.id}: ${call}`).not.to.include(`[${example}]`);
      }
    });
  }

  it('Arabic keeps a relation of the other gender in [brackets] to change (its verbs agree with the example)', () => {
    expect(callOf('ar', undefined, 'money.crisis-help', 'father')).to.include('[أمي]');
  });
});
