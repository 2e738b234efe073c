/**
 * Which strings hold phone numbers, in every script the locales use (numbers stay ASCII digits in
 * every locale: test/channels/phoneNumbers.test.ts checks). Shared by the renderer's finder
 * (channels/phoneNumbers.ts) and Web Chat's client-side fallback (embed/phoneLinks.js).
 */

/** A text and the numbers in it, as written, with what a tap dials. */
export type PhoneCase = [text: string, found: Array<[number: string, href: string]>];

export const POSITIVES: PhoneCase[] = [
  ['Call us on 0300 123 4567.', [['0300 123 4567', 'tel:03001234567']]],
  ['Carers UK 0808 808 7777 (Mon-Fri)', [['0808 808 7777', 'tel:08088087777']]],
  ['call 0808 808 7777', [['0808 808 7777', 'tel:08088087777']]],
  ['Macmillan: 0808 808 00 00, 8am to 8pm', [['0808 808 00 00', 'tel:08088080000']]],
  ['Samaritans: 116 123, any time', [['116 123', 'tel:116123']]],
  ['116123 is free', [['116123', 'tel:116123']]],
  ['In an emergency, call 999.', [['999', 'tel:999']]],
  ['Ring 111 for advice', [['111', 'tel:111']]],
  ['NHS 111, option 2', [['111', 'tel:111']]],
  ['Childline: 0800 1111', [['0800 1111', 'tel:08001111']]],
  [
    'the council on 01632 960000 or 020 7946 0000',
    [
      ['01632 960000', 'tel:01632960000'],
      ['020 7946 0000', 'tel:02079460000'],
    ],
  ],
  ['mobile 07700 900123', [['07700 900123', 'tel:07700900123']]],
  ['+44 20 7946 0000 from abroad', [['+44 20 7946 0000', 'tel:+442079460000']]],
  ['+44 (0)20 7946 0000', [['+44 (0)20 7946 0000', 'tel:+442079460000']]],
  ['+443001234567', [['+443001234567', 'tel:+443001234567']]],
  ['0300\u00a0123\u00a04567', [['0300\u00a0123\u00a04567', 'tel:03001234567']]],
  ['text SHOUT to 85258', [['85258', 'sms:85258']]],
  ['(116 123)', [['116 123', 'tel:116123']]],
  [
    'call 116 123 or 999',
    [
      ['116 123', 'tel:116123'],
      ['999', 'tel:999'],
    ],
  ],
  // Every script of the locales, numbers in ASCII digits.
  ['اتصل بالرقم 0808 808 7777 الآن', [['0808 808 7777', 'tel:08088087777']]], // Arabic
  ['اتصل على999', [['999', 'tel:999']]],
  ['فوری مدد کے لیے 999 پر کال کریں۔', [['999', 'tel:999']]], // Urdu
  ['116 123 پر کال کریں', [['116 123', 'tel:116123']]],
  ['জরুরি অবস্থায় 999 নম্বরে ফোন করুন।', [['999', 'tel:999']]], // Bengali
  ['0300 123 4567 নম্বরে ফোন করুন', [['0300 123 4567', 'tel:03001234567']]],
  ['ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 ਤੇ ਕਾਲ ਕਰੋ।', [['999', 'tel:999']]], // Punjabi (Gurmukhi)
  ['કટોકટીમાં 999 પર ફોન કરો.', [['999', 'tel:999']]], // Gujarati
  ['0808 808 7777 પર ફોન કરો', [['0808 808 7777', 'tel:08088087777']]],
  ['紧急情况请拨打999。', [['999', 'tel:999']]], // Chinese
  ['请拨打 116 123（免费）', [['116 123', 'tel:116123']]],
  ['Zadzwoń pod 0808 808 7777.', [['0808 808 7777', 'tel:08088087777']]], // Polish
  ['Ffoniwch 111, opsiwn 2.', [['111', 'tel:111']]], // Welsh
  ['Sună la 999!', [['999', 'tel:999']]], // Romanian
  ['Ligue para 116 123.', [['116 123', 'tel:116123']]], // Portuguese
  ['Llame al 0300 123 4567.', [['0300 123 4567', 'tel:03001234567']]], // Spanish
  ['foran 999 par call karein', [['999', 'tel:999']]], // Roman Urdu
];

export const NEGATIVES: string[] = [
  'I keep it for 24 hours, the latest 40 lines',
  'Postcode LS6 2AB, year 2026, ref 19990',
  'under 18',
  "Carer's Allowance is £83.30 a week if you care for 35 hours a week",
  'You can earn up to £196 a week after tax.',
  'Open 9am-5pm, Monday to Friday; Sat 10am-1pm',
  'From 6 April 2026 to 5 April 2027',
  'On 01/02/2026 or 2026-02-01',
  'Tax year 2025/26; 2025-26',
  '£111 a month, £999 a year',
  '111 hours, 999 people, 111.5, 999,000',
  '111%',
  'the 1990s, 1,000 carers, 10,000 steps',
  'code 0800 111, a number cut short',
  '12345678901',
  'SW1A 1AA and CF10 1AA',
  'Room 111a, flat 999B',
  'https://example.org/0300123456',
  'ID 0300-123-4567-89',
  '٩٩٩ and ০৮০৮', // digits of other scripts are not ours (the locales keep ASCII digits)
  'سنة 2026 و £83.30',
  '2026年4月6日起每周£83.30',
  'at 07:30 or 18:00',
  'v1.116.123',
];

/** Markdown where the number is already inside a link: left as it is. */
export const ALREADY_LINKED: string[] = [
  '- Samaritans: [116 123](tel:116123)',
  '[Our site](https://example.org/0300123456)',
  'See <https://example.org/08088087777>',
];
