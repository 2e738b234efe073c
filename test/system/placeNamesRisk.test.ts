/**
 * data/risk/places.json (the place names the risk engine reads as places, issue 13) is what
 * `npm run risk:places` makes from the gazetteer and the risk concepts and rules: rebuild it
 * when they change. Every gazetteer name in every frame is read in test/risk/places.test.ts.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { buildPlaceTable } from '../../scripts/risk-places';

const DATA = new URL('../../data/', import.meta.url);

describe('system: the risk place table is rebuilt (issue 13)', () => {
  it('data/risk/places.json is what npm run risk:places makes', () => {
    const shipped: unknown = JSON.parse(readFileSync(new URL('risk/places.json', DATA), 'utf8'));
    expect(shipped).to.deep.equal(buildPlaceTable().file);
  });
});
