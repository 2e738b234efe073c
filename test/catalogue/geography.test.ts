import { expect } from 'chai';
import { borderAreas, lookupPlace, lookupPostcodeDistrict, normaliseDistrict } from '../../catalogue/geography';

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

  describe('area -> nation', () => {
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
      // Border areas: districts known to lie in one nation are placed; the rest -> ask (null).
      ['CH5', 'wales'],
      ['CH1', 'england'],
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
      // Crown Dependencies are not in the UK: ask.
      ['JE2', null],
      ['IM1', null],
    ];
    for (const [district, nation] of cases) {
      it(`${district} -> ${nation}`, () => expect(lookupPostcodeDistrict(district).nation).to.equal(nation));
    }
  });

  it('lists the border areas where the bot must ask', () => {
    expect(borderAreas().sort()).to.deep.equal(['CH', 'DG', 'HR', 'LD', 'NP', 'SY', 'TD']);
  });

  describe('district -> council and region', () => {
    const cases: Array<[string, string | undefined, string | undefined]> = [
      ['SE15 4AB', 'southwark', 'south_east_london'],
      ['SE6', 'lewisham', 'south_east_london'],
      ['SE18', 'greenwich', 'south_east_london'],
      ['BR6', 'bromley', 'south_east_london'],
      ['DA15', 'bexley', 'south_east_london'],
      ['SW9', 'lambeth', 'south_east_london'],
      ['SO14', 'southampton', 'wessex'],
      ['PO4', 'portsmouth', 'wessex'],
      ['PO7', 'hampshire', 'wessex'],
      ['BH1', 'bcp', 'wessex'],
      ['DT1', 'dorset', 'wessex'],
      ['RG21', 'hampshire', 'wessex'],
      ['GU14', 'hampshire', 'wessex'],
      ['SP10', 'hampshire', 'wessex'],
      ['PO30', 'isle_of_wight', 'wessex'],
      ['BR8', 'kent', undefined],
      ['M1', undefined, undefined],
    ];
    for (const [district, council, region] of cases) {
      it(`${district} -> ${council ?? 'no council'} / ${region ?? 'no region'}`, () => {
        const info = lookupPostcodeDistrict(district);
        expect(info.council).to.equal(council);
        expect(info.region).to.equal(region);
      });
    }
    it('split districts list every council they touch', () => {
      expect(lookupPostcodeDistrict('SE1').councils).to.deep.equal(['southwark', 'lambeth']);
      expect(lookupPostcodeDistrict('BH23').councils).to.include.members(['bcp', 'dorset', 'hampshire']);
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
  });
});
