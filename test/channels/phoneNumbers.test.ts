/** Phone numbers in the bot's words: found in every script the locales use, and nothing else is. */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { callableNumbers, findPhoneNumbers, linkPhoneNumbers } from '../../channels/phoneNumbers';
import { ALREADY_LINKED, NEGATIVES, POSITIVES } from './phoneTable';

describe('channels/phoneNumbers', () => {
  describe('finds every phone number', () => {
    for (const [text, found] of POSITIVES) it(JSON.stringify(text), () => expect(findPhoneNumbers(text).map((s) => [s.text, s.href])).to.deep.equal(found));
  });

  describe('finds nothing that is not one', () => {
    for (const text of NEGATIVES) it(JSON.stringify(text), () => expect(findPhoneNumbers(text)).to.deep.equal([]));
  });

  describe('links outside existing links only', () => {
    for (const text of ALREADY_LINKED) it(JSON.stringify(text), () => expect(linkPhoneNumbers(text)).to.equal(text));
  });

  const linked: Array<[string, string]> = [
    ['call 0808 808 7777 now', 'call [0808 808 7777](tel:08088087777) now'],
    ['If anyone is in danger, call 999.', 'If anyone is in danger, call [999](tel:999).'],
    // Web Chat's sanitiser drops sms: links, so by default a short code stays text.
    ['Text SHOUT to 85258', 'Text SHOUT to 85258'],
    ['[116 123](tel:116123) or 999', '[116 123](tel:116123) or [999](tel:999)'],
  ];
  for (const [text, expected] of linked) it(`links ${JSON.stringify(text)}`, () => expect(linkPhoneNumbers(text)).to.equal(expected));

  it('sms: links only where the channel follows them', () => {
    expect(linkPhoneNumbers('Text SHOUT to 85258', ['tel', 'sms'])).to.equal('Text SHOUT to [85258](sms:85258)');
  });

  it('callableNumbers: tel: numbers only, each once', () => {
    expect(callableNumbers('999, 116 123, 999 or text 85258').map((s) => s.href)).to.deep.equal(['tel:999', 'tel:116123']);
  });

  it('every locale and knowledge card says numbers in ASCII digits (so one finder serves every language)', () => {
    const files = [
      ...readdirSync('locales', { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'backtranslations')
        .flatMap((d) => readdirSync(`locales/${d.name}`).map((f) => `locales/${d.name}/${f}`)),
      ...readdirSync('data/knowledge/text').map((f) => `data/knowledge/text/${f}`),
    ].filter((f) => f.endsWith('.json'));
    expect(files.length).to.be.greaterThan(14);
    for (const file of files) {
      // What people type (`examples`) may use their script's digits; what the bot says may not.
      const said = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), (key, value: unknown) => (key === 'examples' ? undefined : value));
      const other = said.match(/(?![0-9])\p{Nd}/u);
      expect(other, `${file} has a digit of another script: ${other?.[0]}`).to.equal(null);
    }
  });
});
