/** SMS never sends a phone number on its own: a long line split across texts keeps each number whole and with its name. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { findPhoneNumbers } from '../../channels/phoneNumbers';
import { splitForSms } from '../../channels/sms';
import { smsTurn } from '../../channels/smsTurn';

const limits = { gsm: 320, unicode: 201 };
const wording = { replyWithNumber: 'Odpowiedz, wpisując numer.' };

const how = '0113 222 4401 · leedsdirectory.org/carers-corner/carers-assessments/';
const lines: Array<[string, string]> = [
  [
    'Polish assessment line (UCS-2)',
    `Można poprosić Radę Miasta Leeds i jej zespół opieki społecznej dla dorosłych o ocenę potrzeb opiekuna (carer's assessment), żeby porozmawiać o tym, co by pomogło: ${how}`,
  ],
  [
    'Polish finders line (UCS-2)',
    'Te organizacje pomogą znaleźć coś w pobliżu: Carers UK, porady dla opiekunów: 0808 808 7777 · carersuk.org; Carers Trust, lokalne wsparcie: 0300 772 9600 · carers.org; Age UK, porady dla starszych osób: 0800 678 1602 · ageuk.org.uk',
  ],
  [
    'English finders line with a long list',
    `These can find what's near you: ${Array.from({ length: 6 }, (_, i) => `Finder number ${i + 1} for carers near you: 0800 ${i}00 1234 · example.org/find-${i + 1}`).join('; ')}`,
  ],
];

/** Every number arrives whole, in a text that names something before it on its line or the line above. */
function expectNamed(texts: string[], original: string): void {
  // A number may be dropped with its sentence, never cut: where its first half is, the whole of it is.
  for (const { text: number } of findPhoneNumbers(original))
    if (texts.some((t) => t.includes(number.slice(0, Math.ceil(number.length / 2)))))
      expect(
        texts.some((t) => t.includes(number)),
        `${number} cut in:\n${texts.join('\n---\n')}`,
      ).to.equal(true);
  for (const text of texts)
    for (const span of findPhoneNumbers(text)) {
      const before = text.slice(0, span.start);
      const after = text.slice(span.end);
      const named = /\p{L}[^\n]*$/u.test(before) || /\p{L}[^\n]*\n[^\p{L}\n]*$/u.test(before) || /^ - \p{L}/u.test(after);
      expect(named, `"${span.text}" alone in:\n${text}`).to.equal(true);
    }
}

describe('SMS: a number never arrives without its name', () => {
  // A longer or shorter name moves the cut onto every character around the numbers.
  const variants = (line: string) => Array.from({ length: 60 }, (_, k) => line.replace(/Leeds|near you|pobliżu/, (w) => `${w}${'a'.repeat(k)}`));
  for (const [name, line] of lines) {
    it(`${name}: split for SMS`, () => variants(line).forEach((v) => expectNamed(splitForSms(v, limits), v)));
    it(`${name}: in a turn`, () =>
      variants(line).forEach((v) => {
        const contents: Content[] = [
          { kind: 'text', text: 'Dziękuję. Poszukam pomocy w pobliżu LS1.' },
          { kind: 'text', text: v },
        ];
        expectNamed(smsTurn([{ contents, wording }], limits), v);
      }));
  }
});
