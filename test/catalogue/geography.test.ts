import { expect } from 'chai';
import { borderAreas, councilByCode, COUNCILS, canonicalCouncilCode, lookupPlace, lookupPostcodeDistrict, normaliseDistrict } from '../../catalogue/geography';

describe('postcode geography', () => {
  describe('normaliseDistrict keeps only the outward code', () => {
    const cases: Array<[string, string | null]> = [
      ['SE15', 'SE15'],
      ['se15 4ab', 'SE15'],
      ['SE154AB', 'SE15'],
      [' bh1 ', 'BH1'],
      ['W1A 1AA', 'W1A'],
      ['EC1A', 'EC1A'],
      ['hello', null],
      ['12345', null],
    ];
    for (const [input, expected] of cases) it(`${JSON.stringify(input)} -> ${expected}`, () => expect(normaliseDistrict(input)).to.equal(expected));
  });

  describe('district -> nation (null: spans a border, unknown or not in the UK)', () => {
    const cases: Array<[string, string | null]> = [
      ['BT7', 'northern_ireland'],
      ['CF10', 'wales'],
      ['SA1', 'wales'],
      ['LL55', 'wales'],
      ['EH1', 'scotland'],
      ['G1', 'scotland'],
      ['ZE1', 'scotland'],
      ['AB10', 'scotland'],
      ['SE15', 'england'],
      ['M1', 'england'],
      ['GL1', 'england'],
      ['BS1', 'england'],
      // Border areas: the table knows which councils each district touches.
      ['CH5', 'wales'],
      ['CH4', null],
      ['SY23', 'wales'],
      ['SY1', 'england'],
      ['SY10', null],
      ['LD1', 'wales'],
      ['LD7', null],
      ['NP20', 'wales'],
      ['NP16', null],
      ['HR1', 'england'],
      ['HR3', null],
      ['TD1', 'scotland'],
      ['TD15', null],
      ['DG1', 'scotland'],
      ['DG16', null],
      // Crown Dependencies are not in the UK.
      ['JE2', null],
      ['IM1', null],
    ];
    for (const [district, nation] of cases) {
      it(`${district} -> ${nation}`, () => expect(lookupPostcodeDistrict(district).nation).to.equal(nation));
    }
  });

  it('lists the border areas', () => {
    expect(borderAreas().sort()).to.deep.equal(['CH', 'DG', 'HR', 'LD', 'NP', 'SY', 'TD']);
  });

  describe('district -> council (catalogue id), codes and demo region', () => {
    const cases: Array<[string, string, string, string | undefined]> = [
      ['SE15 4AB', 'southwark', 'E09000028', 'south_east_london'],
      ['SE6', 'lewisham', 'E09000023', 'south_east_london'],
      ['SE18', 'greenwich', 'E09000011', 'south_east_london'],
      ['BR6', 'bromley', 'E09000006', 'south_east_london'],
      ['DA15', 'bexley', 'E09000004', 'south_east_london'],
      ['SW9', 'lambeth', 'E09000022', 'south_east_london'],
      ['SO14', 'southampton', 'E06000045', 'wessex'],
      ['PO4', 'portsmouth', 'E06000044', 'wessex'],
      ['PO7', 'hampshire', 'E10000014', 'wessex'],
      ['BH1', 'bcp', 'E06000058', 'wessex'],
      ['DT1', 'dorset', 'E06000059', 'wessex'],
      ['RG21', 'hampshire', 'E10000014', 'wessex'],
      ['GU14', 'hampshire', 'E10000014', 'wessex'],
      ['SP10', 'hampshire', 'E10000014', 'wessex'],
      ['PO30', 'isle_of_wight', 'E06000046', 'wessex'],
      ['M1', 'E08000003', 'E08000003', undefined],
      ['CA10', 'E06000064', 'E06000064', undefined],
    ];
    for (const [district, council, code, region] of cases) {
      it(`${district} -> ${council} / ${region ?? 'no region'}`, () => {
        const info = lookupPostcodeDistrict(district);
        expect(info.council).to.equal(council);
        expect(info.councilCodes?.[0]).to.equal(code);
        expect(info.region).to.equal(region);
      });
    }
    it('split districts list every council they touch, old id and code, and say so', () => {
      const se1 = lookupPostcodeDistrict('SE1');
      expect(se1.councils).to.deep.equal(['southwark', 'E09000028', 'lambeth', 'E09000022']);
      expect(se1.councilCodes).to.deep.equal(['E09000028', 'E09000022']);
      expect(se1.split).to.equal(true);
      expect(lookupPostcodeDistrict('BH23').councils).to.include.members(['bcp', 'dorset', 'hampshire']);
      expect(lookupPostcodeDistrict('M1').split).to.equal(false);
    });
    for (const district of ['CF3', 'CF5', 'CF14']) {
      it(`${district} is mostly Cardiff: Cardiff comes first, its neighbours after`, () => {
        const found = lookupPostcodeDistrict(district);
        expect(found.councilCodes?.[0]).to.equal('W06000015');
        expect(found.split).to.equal(true);
      });
    }
    it('a Crown Dependency district says which, with its government as the council', () => {
      const je = lookupPostcodeDistrict('JE2 3AB');
      expect(je.crownDependency).to.equal('jersey');
      expect(je.councilCodes).to.deep.equal(['JE']);
    });
  });

  describe('councils by code and old id', () => {
    it('old catalogue ids and codes reach the same council', () => {
      expect(councilByCode('southwark')).to.equal(councilByCode('E09000028'));
      expect(canonicalCouncilCode('isle_of_wight')).to.equal('E06000046');
      expect(COUNCILS.kent.name).to.equal('Kent County Council');
      expect(COUNCILS.E10000016).to.equal(COUNCILS.kent);
      expect(councilByCode('nowhere')).to.equal(undefined);
    });
  });

  describe('lookupPlace', () => {
    const cases: Array<[string, string | null, string | undefined]> = [
      ['Bournemouth', 'BH', 'bcp'],
      ['  poole ', 'BH', 'bcp'],
      ['Lewisham', 'SE', 'lewisham'],
      ['Peckham', 'SE', 'southwark'],
      ['Basingstoke', 'RG', 'hampshire'],
      ['Southsea', 'PO', 'portsmouth'],
      ['Chandler’s Ford', 'SO', 'hampshire'],
      ['Royal Borough of Greenwich', 'SE', 'greenwich'],
      ['Isle of Wight', 'PO', 'isle_of_wight'],
      ['Atlantis', null, undefined],
    ];
    for (const [name, area, council] of cases) {
      it(`${name} -> ${area ?? 'unknown'}`, () => {
        const place = lookupPlace(name);
        expect(place?.area ?? null).to.equal(area);
        expect(place?.council).to.equal(council);
        if (place) expect(place.nation).to.equal('england');
      });
    }
    it('a place in a Crown Dependency is not a UK place (councilsFor says which)', () => expect(lookupPlace('Jersey')).to.equal(null));
    it('a place with several councils lists them and names none as the council', () => {
      const london = lookupPlace('London');
      expect(london?.split).to.equal(true);
      expect(london?.council).to.equal(undefined);
      expect(london?.councilCodes).to.have.length(33);
    });
  });
});
