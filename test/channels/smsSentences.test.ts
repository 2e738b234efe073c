/** Sentence ends in SMS: an abbreviation's full stop ("np.", "e.g.", "Dr.") does not end a sentence. */
import { expect } from 'chai';
import { sentencesOf, splitForSms } from '../../channels/sms';

const table: Array<[string, string[]]> = [
  ['Możesz dostać pomoc, np. zasiłek dla opiekuna. Zadzwoń do nas.', ['Możesz dostać pomoc, np. zasiłek dla opiekuna.', 'Zadzwoń do nas.']],
  ['To jest ok. 80 zł tygodniowo. Sprawdź to.', ['To jest ok. 80 zł tygodniowo.', 'Sprawdź to.']],
  ['Pomoc w domu, tzn. opieka. Dalej.', ['Pomoc w domu, tzn. opieka.', 'Dalej.']],
  ['Biuro przy ul. Długiej 5. Otwarte rano.', ['Biuro przy ul. Długiej 5.', 'Otwarte rano.']],
  ['Zasiłki, tj. pieniądze, itd. są ważne. Koniec.', ['Zasiłki, tj. pieniądze, itd. są ważne.', 'Koniec.']],
  ['Ayudas, p. ej. la prestación. Llama hoy.', ['Ayudas, p. ej. la prestación.', 'Llama hoy.']],
  ['Pregunte al Dr. García. Él sabe.', ['Pregunte al Dr. García.', 'Él sabe.']],
  ['Apoios, por ex. o subsídio. Ligue hoje.', ['Apoios, por ex. o subsídio.', 'Ligue hoje.']],
  [
    'Some benefits, e.g. Attendance Allowance, count. Others, i.e. most, do not.',
    ['Some benefits, e.g. Attendance Allowance, count.', 'Others, i.e. most, do not.'],
  ],
  ['Ask Mr. Patel or Dr. Jones. They know.', ['Ask Mr. Patel or Dr. Jones.', 'They know.']],
  // A sentence may still end with "etc." or "itd.": a capital after it starts the next.
  ['Food, heating, etc. Call us.', ['Food, heating, etc.', 'Call us.']],
  ['Jedzenie, ogrzewanie itd. Zadzwoń.', ['Jedzenie, ogrzewanie itd.', 'Zadzwoń.']],
  ['Money, heating etc. are covered. Call us.', ['Money, heating etc. are covered.', 'Call us.']],
  ['1. Money', ['1. Money']],
  ['Done. Next! Really? Yes।', ['Done.', 'Next!', 'Really?', 'Yes।']],
];

describe('channels/sms: sentence ends', () => {
  for (const [text, expected] of table) it(JSON.stringify(text), () => expect(sentencesOf(text)).to.deep.equal(expected));

  it('numbered choices and "reply with a number" stay in one text when the question before them must go to another', () => {
    const menu = ['Chwila odpoczynku dla mnie', 'Pieniądze i zasiłki', 'To nie pasuje do mnie', 'Mój plan', 'Rozmowa z człowiekiem', 'Coś innego'];
    for (const pad of [0, 10, 20, 40]) {
      const text = `Wiele osób w podobnej sytuacji uważa też za przydatne${'!'.repeat(pad)}:\n${menu.map((m, i) => `${i + 1}. ${m}`).join('\n')}\nOdpowiedz, wpisując numer.`;
      const texts = splitForSms(text, { gsm: 320, unicode: 201 });
      const last = texts[texts.length - 1];
      expect(last, texts.join('\n---\n')).to.match(/^1\. Chwila[\s\S]*\n6\. Coś innego\nOdpowiedz, wpisując numer\.$/);
    }
  });

  it('a long paragraph is split for SMS between sentences, never after an abbreviation', () => {
    const sentence = 'Możesz dostać pomoc z wielu miejsc, np. zasiłek dla opiekuna albo dopłatę do ogrzewania od gminy.';
    const texts = splitForSms(Array.from({ length: 6 }, () => sentence).join(' '), { gsm: 320, unicode: 201 });
    expect(texts.length).to.be.greaterThan(1);
    for (const t of texts) expect(t.split(/(?<=\.) (?=M)/)).to.satisfy((ss: string[]) => ss.every((s) => s === sentence));
  });
});
