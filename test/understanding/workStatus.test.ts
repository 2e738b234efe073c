/** Their own work, read from what they say: a stop, not working, or working; plans, questions and other people's jobs are not. */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding/recognizer';
import type { WorkStatus } from '../../understanding/types';

const CASES: [string, WorkStatus | undefined][] = [
  ["I need help with money, I've stopped working to look after her", 'stopped'],
  ['gave up work to care for mum, can i get anything', 'stopped'],
  ['I had to give up my job when dad got worse', 'stopped'],
  ["I'm not working any more since his diagnosis", 'stopped'],
  ["I'm not working at the moment", 'not_working'],
  ['im retired and look after my wife', 'not_working'],
  ['I work full time and look after my mum', 'working'],
  ["I'm still working but it's hard", 'working'],
  ['i work part time and im struggling to fit it all in', 'juggling'],
  ['thinking of giving up work to look after my husband', undefined],
  ['should I quit my job?', undefined],
  ['my husband had to give up work because of his cancer', undefined],
  ['the stairlift is not working at the moment', undefined],
  ['how does it work', undefined],
  ['przestałam pracować, żeby opiekować się mamą', 'stopped'],
  ['nie pracuję, opiekuję się tatą', 'not_working'],
  ['dejé de trabajar para cuidar a mi madre', 'stopped'],
  ['parei de trabalhar para cuidar do meu marido', 'stopped'],
  ['am renuntat la serviciu ca sa am grija de mama', 'stopped'],
  ['تركت عملي لأعتني بأمي', 'stopped'],
  ['maine naukri chor di ammi ki dekh bhaal ke liye', 'stopped'],
  ['میں نے نوکری چھوڑ دی امی کی دیکھ بھال کے لیے', 'stopped'],
  ['ਮੈਂ ਨੌਕਰੀ ਛੱਡ ਦਿੱਤੀ ਮਾਂ ਦੀ ਦੇਖਭਾਲ ਲਈ', 'stopped'],
  ['মায়ের দেখাশোনা করতে চাকরি ছেড়ে দিয়েছি', 'stopped'],
  ['મેં નોકરી છોડી દીધી મમ્મીની સંભાળ રાખવા', 'stopped'],
  ['我辞职了，在家照顾我妈妈', 'stopped'],
  ['他辞职了', undefined],
  ["dw i wedi rhoi'r gorau i'r gwaith i ofalu am mam", 'stopped'],
];

describe('their own work, from what they say', () => {
  for (const [text, expected] of CASES) {
    it(`${JSON.stringify(text)} -> ${expected ?? 'nothing'}`, () => {
      expect(recognizeSync(text).entities.work).to.equal(expected);
    });
  }
});
