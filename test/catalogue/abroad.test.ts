/** Places outside the UK (data/geography/abroad.json): read as abroad, never shadowing a UK place. */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { abroadIn, councilsFor } from '../../catalogue';

const file = JSON.parse(readFileSync(new URL('../../data/geography/abroad.json', import.meta.url), 'utf8')) as { names: Record<string, string[]> };

describe('places abroad', () => {
  it('every name in the list is read as abroad on its own, unless a UK place has it', () => {
    for (const name of Object.values(file.names).flat()) {
      const uk = councilsFor(name).status === 'found';
      if (!uk) expect(abroadIn(name), name).to.be.a('string');
    }
  });

  const cases: [string, string | undefined][] = [
    ['Lahore', 'Lahore'],
    ["we're in Spain", 'Spain'],
    ['mum lives in Pakistan', 'Pakistan'],
    ['Paris, France', 'Paris'],
    ['Mieszkam w Polsce', 'Polsce'],
    ['hum Lahore mein rehte hain', 'Lahore'],
    ['ہم لاہور میں رہتے ہیں', 'لاہور'],
    ['أعيش في القاهرة', 'القاهرة'],
    ['我住在北京', '北京'],
    // Where they come from is not where they live; everyday words and UK places are not abroad.
    ['Jestem z Polski', undefined],
    ['turkey sandwiches', undefined],
    ['مصروف', undefined],
    ['Perth', undefined],
    ['Boston', undefined],
    ['I live in Leeds', undefined],
    ['Jersey', undefined],
  ];
  for (const [text, expected] of cases) it(`"${text}" -> ${expected ?? 'not abroad'}`, () => expect(abroadIn(text)).to.equal(expected));
});
