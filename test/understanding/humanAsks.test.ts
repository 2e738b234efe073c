/** Asking for a person, as people write it in each language; someone else not wanting to talk is no ask. */
import { expect } from 'chai';
import { detectCommand } from '../../understanding/commands';

describe('asking for a person', () => {
  const asks = [
    'আমি কি কারো সাথে কথা বলতে পারি?',
    'میں کسی سے بات کرنا چاہتی ہوں',
    'get me a human',
    'can you put me through to someone',
    'أريد التحدث مع شخص',
    // Spoken Arabic: Levantine, Egyptian and Gulf.
    'بدي أحكي مع حدا',
    'عايز اتكلم مع حد',
    'ابغى اكلم احد',
  ];
  for (const text of asks) it(`"${text}" is human`, () => expect(detectCommand(text)).to.equal('human'));
  const not = ['زوجي لا يريد التحدث مع أحد', 'ما بدها تحكي مع حدا', 'بدي احكي عن امي', "he won't talk to anyone", 'get me some money help'];
  for (const text of not) it(`"${text}" is not`, () => expect(detectCommand(text)).to.not.equal('human'));
});
