/**
 * Every place name the tables know, said inside a sentence in English, Polish, Welsh and romanised Urdu,
 * is read as that place: no shorter name inside it ("Kingston" of "Kingston upon Hull", "North East" of
 * "North East Lincolnshire", "Bangor" of "Bangor, Gwynedd") and no words around it taken for part of it.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { placeIn } from '../../conversation/placeIn';

const places = JSON.parse(readFileSync(new URL('../../data/geography/places.json', import.meta.url), 'utf8')) as {
  places: Record<string, { name: string; councils: string[] }>;
};
const byName = new Map(Object.values(places.places).map((p) => [p.name, p.councils.join(' ')]));

const FRAMES = ['I live in {}', 'Mieszkam w {}', "Dw i'n byw yn {}", 'ammi {} mein rehti hain'];

describe('a place named inside a sentence, for every place name', () => {
  for (const frame of FRAMES) {
    it(`"${frame}"`, () => {
      const wrong: string[] = [];
      for (const [name, councils] of byName) {
        const found = placeIn(frame.replace('{}', name));
        const got = found?.where.councils.map((c) => c.code).join(' ');
        if (got !== councils) wrong.push(`${name} -> ${found?.where.place ?? 'nothing'}`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});
