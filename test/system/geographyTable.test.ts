import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { allCouncils, allDistricts, councilByCode, councilsFor, placeKey } from '../../catalogue/geography';
import { buildGeography } from '../../scripts/lib/geography/build';

const dir = new URL('../../data/geography/', import.meta.url);
const json = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, dir), 'utf8')) as T;
const source = json<{ postcodes: Record<string, string[]> }>('source/covid-app-local-authorities.json').postcodes;
const districts = json<{ districts: Record<string, { councils: string[] }> }>('districts.json').districts;
const places = json<{ places: Record<string, { name: string; councils: string[] }> }>('places.json').places;

describe('geography tables (whole table)', () => {
  it('the shipped tables are what npm run geography:build makes from source/', () => {
    const build = buildGeography(new URL('source', dir).pathname);
    for (const [name, text] of Object.entries(build.files)) expect(readFileSync(new URL(name, dir), 'utf8'), name).to.equal(text);
  });

  it('every district in the source maps to at least one council, and councilsFor finds it', () => {
    const unmapped = Object.keys(source).filter((d) => (districts[d]?.councils.length ?? 0) === 0);
    expect(unmapped).to.deep.equal([]);
    const notFound = Object.keys(source).filter((d) => councilsFor(d).status !== 'found' || councilsFor(`${d} 1AA`).councils.length === 0);
    expect(notFound).to.deep.equal([]);
    expect(Object.keys(source).length).to.be.greaterThan(2900);
  });

  it('every council code in the district and place tables exists', () => {
    const codes = new Set([...Object.values(districts), ...Object.values(places)].flatMap((r) => r.councils));
    expect([...codes].filter((c) => !councilByCode(c))).to.deep.equal([]);
  });

  it('every council, trust and Crown Dependency is reached by some district', () => {
    const reached = new Set(Object.values(districts).flatMap((r) => r.councils));
    expect(
      allCouncils()
        .filter((c) => !reached.has(c.code))
        .map((c) => c.code),
    ).to.deep.equal([]);
    expect(allCouncils()).to.have.length(215);
  });

  it('every council is found by its everyday name, and Welsh councils by their Welsh name', () => {
    const missing = allCouncils().filter((c) => !councilsFor(c.shortName).councils.some((found) => found.code === c.code));
    expect(missing.map((c) => c.shortName)).to.deep.equal([]);
    const welsh = allCouncils().filter((c) => c.shortNameCy && !councilsFor(c.shortNameCy).councils.some((found) => found.code === c.code));
    expect(welsh.map((c) => c.shortNameCy)).to.deep.equal([]);
  });

  it('every place key is in normal form and finds its own councils', () => {
    const wrong = Object.entries(places).filter(
      ([key, p]) =>
        placeKey(key) !== key ||
        councilsFor(key)
          .councils.map((c) => c.code)
          .join() !== p.councils.join(),
    );
    expect(wrong.map(([key]) => key)).to.deep.equal([]);
    expect(Object.keys(places).length).to.be.greaterThan(1500);
  });

  it('Crown Dependency districts never get a UK nation', () => {
    const cd = allDistricts().filter((d) => /^(JE|GY|IM)\d/.test(d));
    expect(cd).to.have.length(27);
    for (const d of cd) expect(councilsFor(d).nation, d).to.equal(null);
  });
});
