import { expect } from 'chai';
import { councilByCode, councilsFor, otherPlacesNamed, type CouncilLookup } from '../../catalogue/geography';

type Expect = Partial<Pick<CouncilLookup, 'status' | 'matched' | 'nation' | 'crownDependency' | 'district' | 'split' | 'corrected'>> & {
  /** Codes, main first; a prefix is enough when the rest are not the point. */
  councils?: string[];
  /** Codes that must all be listed, in any order. */
  includes?: string[];
};

function check(input: string, want: Expect): void {
  const got = councilsFor(input);
  const { councils, includes, ...rest } = want;
  for (const [k, v] of Object.entries(rest)) expect(got[k as keyof CouncilLookup], `${input}: ${k}`).to.deep.equal(v);
  const codes = got.councils.map((c) => c.code);
  if (councils) expect(codes.slice(0, councils.length), `${input}: councils`).to.deep.equal(councils);
  if (includes) expect(codes, `${input}: councils`).to.include.members(includes);
}

describe('councilsFor', () => {
  describe('postcodes and districts in all four nations', () => {
    const cases: Array<[string, Expect]> = [
      ['SE15 4AB', { status: 'found', matched: 'postcode', district: 'SE15', nation: 'england', councils: ['E09000028'] }],
      ['M1 1AE', { matched: 'postcode', nation: 'england', councils: ['E08000003'], split: false }],
      ['ls1', { matched: 'district', district: 'LS1', councils: ['E08000035'] }],
      ['CF10 1EP', { nation: 'wales', councils: ['W06000015'] }],
      ['LL55', { nation: 'wales', councils: ['W06000002'] }],
      ['EH1 1YZ', { nation: 'scotland', councils: ['S12000036'] }],
      ['IV1', { nation: 'scotland', councils: ['S12000017'] }],
      ['ZE1', { nation: 'scotland', councils: ['S12000027'] }],
      ['BT7 1NN', { nation: 'northern_ireland', councils: ['NI-BHSCT'] }],
      ['BT49', { nation: 'northern_ireland', councils: ['NI-WHSCT'] }],
      ['BT80', { nation: 'northern_ireland', councils: ['NI-NHSCT'] }],
      // Two-tier England: the county runs adult social care, not the district council.
      ['CT1 1AA', { nation: 'england', councils: ['E10000016'] }],
      ['RG21', { councils: ['E10000014'] }],
      ['OX1', { councils: ['E10000025'] }],
      // 2021-2023 reorganisations: the new unitary councils.
      ['CA10', { councils: ['E06000064'] }],
      ['CA14', { councils: ['E06000063'] }],
      ['BA4', { councils: ['E06000066'] }],
      ['HG1', { councils: ['E06000065'] }],
      ['NN17', { councils: ['E06000061'] }],
      ['HP20', { councils: ['E06000060'] }],
      ['TR21', { councils: ['E06000053'] }],
      ['EC2V', { includes: ['E09000001'] }],
    ];
    for (const [input, want] of cases) it(`${input}`, () => check(input, want));
  });

  describe('split districts list every council and say so', () => {
    const cases: Array<[string, Expect]> = [
      ['SE1', { split: true, councils: ['E09000028', 'E09000022'] }],
      ['BH23', { split: true, includes: ['E06000058', 'E06000059', 'E10000014'] }],
      ['W1A', { split: true, includes: ['E09000033', 'E09000007'] }],
      // Across a nation border: no nation, ask.
      ['CH4', { split: true, nation: null, includes: ['E06000050', 'W06000005'] }],
      ['TD15', { split: true, nation: null, councils: ['E06000057'], includes: ['S12000026'] }],
      ['DG16', { split: true, nation: null, councils: ['S12000006'] }],
      ['NP16', { split: true, nation: null, includes: ['E10000013', 'W06000021'] }],
      // NI: a district spanning two trusts.
      ['BT16', { split: true, nation: 'northern_ireland', includes: ['NI-SEHSCT', 'NI-BHSCT'] }],
    ];
    for (const [input, want] of cases) it(`${input}`, () => check(input, want));
  });

  describe('Crown Dependencies are recognised, never a UK nation', () => {
    const cases: Array<[string, Expect]> = [
      ['JE2 3AB', { status: 'found', nation: null, crownDependency: 'jersey', councils: ['JE'] }],
      ['je1', { crownDependency: 'jersey', councils: ['JE'] }],
      ['GY1 1AA', { nation: null, crownDependency: 'guernsey', councils: ['GY'] }],
      ['GY9', { crownDependency: 'guernsey', councils: ['GY'] }],
      ['GY10', { crownDependency: 'guernsey', councils: ['GY'] }],
      ['IM1 1AA', { nation: null, crownDependency: 'isle_of_man', councils: ['IM'] }],
      ['IM99', { crownDependency: 'isle_of_man' }],
      ['Jersey', { matched: 'place', crownDependency: 'jersey', nation: null }],
      ['St Peter Port', { crownDependency: 'guernsey' }],
      ['Alderney', { crownDependency: 'guernsey' }],
      ['Isle of Man', { crownDependency: 'isle_of_man' }],
    ];
    for (const [input, want] of cases) it(`${input}`, () => check(input, want));
    it('the governments are in the council table, with no UK nation', () => {
      expect(councilByCode('JE')).to.include({ kind: 'crown_dependency', nation: null, crownDependency: 'jersey' });
    });
  });

  describe('places: cities, London boroughs, towns, council names, Welsh names', () => {
    const cases: Array<[string, Expect]> = [
      ['Birmingham', { matched: 'place', nation: 'england', councils: ['E08000025'] }],
      ['Manchester', { councils: ['E08000003'] }],
      ['Leeds', { councils: ['E08000035'] }],
      ['Bristol', { councils: ['E06000023'] }],
      ['Newcastle', { councils: ['E08000021'] }],
      ['Hull', { councils: ['E06000010'] }],
      ['Glasgow', { nation: 'scotland', councils: ['S12000049'] }],
      ['Edinburgh', { councils: ['S12000036'] }],
      ['Inverness', { councils: ['S12000017'] }],
      ['Belfast', { nation: 'northern_ireland', councils: ['NI-BHSCT'] }],
      ['Derry', { councils: ['NI-WHSCT'] }],
      ['Londonderry', { councils: ['NI-WHSCT'] }],
      ['Tower Hamlets', { councils: ['E09000030'] }],
      ['Hackney', { councils: ['E09000012'] }],
      ['Royal Borough of Kensington and Chelsea', { councils: ['E09000020'] }],
      ['Kingston upon Thames', { councils: ['E09000021'] }],
      ['City of London', { councils: ['E09000001'] }],
      ['Brixton', { councils: ['E09000022'], district: 'SW2' }],
      ['London', { split: true, nation: 'england', includes: ['E09000001', 'E09000033', 'E09000028'] }],
      ['Greater Manchester', { split: true, includes: ['E08000003', 'E08000001'] }],
      // Two-tier England and former councils -> today's adult social care council.
      ['Dartford', { councils: ['E10000016'] }],
      ['Kent County Council', { councils: ['E10000016'] }],
      ['Basingstoke', { councils: ['E10000014'] }],
      ['Kendal', { councils: ['E06000064'] }],
      ['Eden', { councils: ['E06000064'] }],
      ['Cumbria', { split: true, councils: ['E06000063', 'E06000064'] }],
      ['Taunton', { councils: ['E06000066'] }],
      ['Harrogate', { councils: ['E06000065'] }],
      // Welsh names.
      ['Caerdydd', { nation: 'wales', councils: ['W06000015'] }],
      ['Abertawe', { councils: ['W06000011'] }],
      ['Casnewydd', { councils: ['W06000022'] }],
      ['Wrecsam', { councils: ['W06000006'] }],
      ['Ynys Môn', { councils: ['W06000001'] }],
      ['Pen-y-bont ar Ogwr', { councils: ['W06000013'] }],
      ['Y Fenni', { councils: ['W06000021'] }],
      ['Aberhonddu', { councils: ['W06000023'] }],
      // A name shared across the Irish Sea: both, no nation, ask.
      ['Bangor', { split: true, nation: null, includes: ['W06000002', 'NI-SEHSCT'] }],
      ['Bangor, Gwynedd', { councils: ['W06000002'] }],
      // Everyday names, and towns of a name found elsewhere with their county or island (towns.csv, 2026-12).
      ['Brum', { councils: ['E08000025'] }],
      ['Stoke', { councils: ['E06000021'] }],
      ['Hammersmith', { councils: ['E09000013'] }],
      ['Fulham', { councils: ['E09000013'] }],
      ['Hugh Town', { councils: ['E06000053'], district: 'TR21' }],
      ['Harris', { nation: 'scotland', councils: ['S12000013'] }],
      ['Pen-y-bont', { councils: ['W06000013'] }],
      ['Newport', { nation: 'wales', councils: ['W06000022'] }],
      ['Newport Wales', { councils: ['W06000022'] }],
      ['Newport IOW', { councils: ['E06000046'] }],
      ['Newport Shropshire', { councils: ['E06000020'] }],
    ];
    for (const [input, want] of cases) it(`${input}`, () => check(input, want));
  });

  describe('otherPlacesNamed: the same name run by another council', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['Newport', ['W06000022'], ['Newport, Isle of Wight', 'Newport, Shropshire']],
      ['Richmond', ['E09000027'], ['Richmond, North Yorkshire']],
      ['Leeds', ['E08000035'], []],
      ['Newry', ['NI-SHSCT'], []],
    ];
    for (const [name, councils, others] of cases) it(`${name}`, () => expect(otherPlacesNamed(name, councils)).to.have.members(others));
  });

  describe('case, spaces, punctuation, sentences and slips of spelling', () => {
    const cases: Array<[string, Expect]> = [
      ['  MANCHESTER  ', { councils: ['E08000003'] }],
      ['stoke on trent', { councils: ['E06000021'] }],
      ['Stoke-on-Trent', { councils: ['E06000021'] }],
      ["king's lynn", { councils: ['E10000020'] }],
      ['Kings Lynn', { councils: ['E10000020'] }],
      ['St. Albans', { councils: ['E10000015'] }],
      ['Saint Albans', { councils: ['E10000015'] }],
      ['Brighton & Hove', { councils: ['E06000043'] }],
      ['I live in Leeds', { councils: ['E08000035'] }],
      ['we are near Swansea', { councils: ['W06000011'] }],
      ['Newport, Wales', { councils: ['W06000022'] }],
      ['my postcode is SE15 4AB thanks', { matched: 'postcode', district: 'SE15' }],
      ['Manchster', { corrected: true, councils: ['E08000003'] }],
      ['Edinbrugh', { corrected: true, councils: ['S12000036'] }],
      ['Birmingam', { corrected: true, councils: ['E08000025'] }],
      ['Cardif', { corrected: true, councils: ['W06000015'] }],
      // The words around a place that say "roughly there" (issue 16).
      ['Leeds area', { councils: ['E08000035'] }],
      ['the Swansea area', { councils: ['W06000011'] }],
      ['on the outskirts of Norwich', { councils: ['E10000020'] }],
      ['north of Inverness', { councils: ['S12000017'] }],
      ['Cardiff way', { councils: ['W06000015'] }],
      ['Bristol-ish', { councils: ['E06000023'] }],
      ['Isle of Man', { councils: ['IM'] }],
      ['Vale of Glamorgan', { councils: ['W06000014'] }],
      // Scottish Gaelic names and a nickname (towns.csv aliases).
      ['Glaschu', { councils: ['S12000049'] }],
      ['Dùn Èideann', { councils: ['S12000036'] }],
      ['Inbhir Nis', { councils: ['S12000017'] }],
      ['Steòrnabhagh', { councils: ['S12000013'] }],
      ['Soton', { councils: ['E06000045'] }],
      ['Herts', { councils: ['E10000015'] }],
      ['Co Durham', { councils: ['E06000047'] }],
      ['IOM', { councils: ['IM'], crownDependency: 'isle_of_man' }],
      // A compass word before a city or an area councils share; never before a town inside another name.
      ['east London', { split: true, includes: ['E09000030', 'E09000025'] }],
      ['west Belfast', { councils: ['NI-BHSCT'] }],
      ['north Leeds', { councils: ['E08000035'] }],
      ['South Queensferry', { status: 'unknown' }],
      // Northern Ireland's counties: their trusts, the one holding most of the county first.
      ['Co Tyrone', { councils: ['NI-WHSCT', 'NI-SHSCT', 'NI-NHSCT'], split: true }],
      ['County Fermanagh', { councils: ['NI-WHSCT'] }],
      ['Co Derry', { councils: ['NI-WHSCT', 'NI-NHSCT'] }],
      ['Newry, County Down', { councils: ['NI-SHSCT'] }],
      // Old counties and regions several councils share (towns.csv rows with several councils and no district).
      ['Merseyside', { councils: ['E08000012'], split: true, includes: ['E08000015', 'E08000013'] }],
      ['Berks', { split: true, includes: ['E06000038', 'E06000039'] }],
      ['the Valleys', { split: true, includes: ['W06000016', 'W06000024'] }],
      ['Lanarkshire', { councils: ['S12000050', 'S12000029'] }],
      ['Kendal in the Lake District', { councils: ['E06000064'], split: false }],
      ['Richmond in Yorkshire', { councils: ['E06000065'] }],
      ['just outside of Cardiff', { councils: ['W06000015'] }],
      ['swansea x', { councils: ['W06000011'] }],
    ];
    for (const [input, want] of cases) it(`${JSON.stringify(input)}`, () => check(input, want));
  });

  describe('unknown and malformed input gets a clear status, never a throw', () => {
    const cases: Array<[string, Expect]> = [
      ['', { status: 'unknown', councils: [], nation: null, split: false }],
      ['   ', { status: 'unknown' }],
      ['Atlantis', { status: 'unknown', councils: [] }],
      ['SE15 4A', { status: 'malformed', councils: [] }],
      ['SW1A1AAA', { status: 'malformed' }],
      ['12AB', { status: 'malformed' }],
      ['QQ1', { status: 'unknown', district: 'QQ1', nation: null }],
      ['ZZ99 9ZZ', { status: 'unknown', matched: 'postcode' }],
      ['BX1 1LT', { status: 'unknown' }],
      ['hospital', { status: 'unknown' }],
      // Everyday words one letter from a town are not corrected into it.
      ['mother', { status: 'unknown' }],
      ['brother', { status: 'unknown' }],
      ['needs', { status: 'unknown' }],
      ['trying', { status: 'unknown' }],
      ['my mum is in hospital', { status: 'unknown' }],
      ['x'.repeat(5000), { status: 'unknown' }],
      ['😀 🏴', { status: 'unknown' }],
    ];
    for (const [input, want] of cases) it(`${JSON.stringify(input.slice(0, 20))}`, () => check(input, want));
    it('a district with no homes gives its nation and no council', () => {
      const first = councilsFor('BS98');
      expect(['found', 'no_council']).to.include(first.status);
      const noHomes = ['AB1', 'BT99', 'CF1'].map((d) => councilsFor(d)).find((r) => r.status === 'no_council');
      expect(noHomes?.councils).to.deep.equal([]);
      expect(noHomes?.nation).to.be.a('string');
    });
  });
});
