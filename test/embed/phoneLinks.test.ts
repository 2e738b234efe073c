/** Web Chat's client-side fallback finds the same numbers as the renderer: one table for both. */
import { expect } from 'chai';
import { linkPhoneNumbers } from '../../embed/phoneLinks.js';
import { linkPhoneNumbers as linkOnServer } from '../../channels/phoneNumbers';
import { ALREADY_LINKED, NEGATIVES, POSITIVES } from '../channels/phoneTable';

describe('embed/phoneLinks.js: the same numbers as channels/phoneNumbers.ts', () => {
  for (const [text] of POSITIVES) it(`links ${JSON.stringify(text)} as the renderer does`, () => expect(linkPhoneNumbers(text)).to.equal(linkOnServer(text)));
  for (const text of [...NEGATIVES, ...ALREADY_LINKED]) it(`leaves ${JSON.stringify(text)}`, () => expect(linkPhoneNumbers(text)).to.equal(text));
  it('leaves a message the bot already linked alone', () => {
    const linked = linkOnServer('call 0808 808 7777 or 999');
    expect(linkPhoneNumbers(linked)).to.equal(linked);
  });
});
