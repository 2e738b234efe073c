/** After a crisis reply: when it lapses, what carries it on, and "not safe" in every language. */
import { expect } from 'chai';
import { CRISIS_LAPSE_MS, carriesOn, liveCrisis, movesOn, saysNotSafe } from '../../conversation/crisisFollowUp';
import type { CrisisMemory } from '../../conversation/state';
import { recognizeSync } from '../../understanding';

const at = new Date('2026-11-24T14:00:00Z');
const memory = (level: CrisisMemory['level']): CrisisMemory => ({
  situation: 'not_breathing',
  also: [],
  level,
  categories: ['medical_emergency'],
  flags: [],
  at: at.toISOString(),
});
const later = (ms: number) => new Date(at.getTime() + ms);

describe('crisis follow-up', () => {
  it('a crisis stays live for a while after the latest reply, then lapses', () => {
    expect(liveCrisis(memory('emergency'), later(60_000))).to.not.equal(undefined);
    expect(liveCrisis(memory('emergency'), later(CRISIS_LAPSE_MS - 1))).to.not.equal(undefined);
    expect(liveCrisis(memory('emergency'), later(CRISIS_LAPSE_MS))).to.equal(undefined);
    expect(liveCrisis({ ...memory('emergency'), at: 'garbage' }, later(0))).to.equal(undefined);
    expect(liveCrisis(undefined, later(0))).to.equal(undefined);
  });

  it('only an urgent or emergency reply is carried on; a concern waits for its answer', () => {
    expect(carriesOn(memory('emergency'), later(1000))).to.equal(true);
    expect(carriesOn(memory('urgent'), later(1000))).to.equal(true);
    expect(carriesOn(memory('concern'), later(1000))).to.equal(false);
  });

  const rows: { text: string; movesOn: boolean }[] = [
    { text: 'what do I do?', movesOn: false },
    { text: 'ok', movesOn: false },
    { text: 'thanks', movesOn: false },
    { text: "he's still not breathing properly", movesOn: false },
    { text: "I'm so scared", movesOn: false },
    { text: "what's next", movesOn: false },
    { text: 'help', movesOn: false },
    { text: 'can she get any benefits?', movesOn: true },
    { text: 'start again', movesOn: true },
    { text: 'delete my data', movesOn: true },
    { text: 'we live in SA1 2AB', movesOn: true },
  ];
  for (const row of rows) {
    it(`"${row.text}" ${row.movesOn ? 'moves on' : 'carries the crisis on'}`, () => {
      expect(movesOn(recognizeSync(row.text, { conversationLanguage: 'en' }))).to.equal(row.movesOn);
    });
  }

  const notSafe: [string, boolean][] = [
    ["No, I'm not safe", true],
    ["I don't feel safe", true],
    ['i cant keep myself safe tonight', true],
    ['Dw i ddim yn ddiogel', true],
    ['Nie czuję się bezpiecznie', true],
    ['nu sunt in siguranta', true],
    ['Não estou segura', true],
    ['no me siento seguro', true],
    ['لست بأمان', true],
    ['میں محفوظ نہیں ہوں', true],
    ['main mehfooz nahi hoon', true],
    ['ਮੈਂ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹਾਂ', true],
    ['আমি নিরাপদ নই', true],
    ['હું સુરક્ષિત નથી', true],
    ['我不安全', true],
    ["yes I'm safe, just tired", false],
    ['no thanks', false],
    ['ok', false],
  ];
  for (const [text, expected] of notSafe) {
    it(`"${text}" ${expected ? 'says' : 'does not say'} they are not safe`, () => {
      expect(saysNotSafe(text)).to.equal(expected);
    });
  }
});
