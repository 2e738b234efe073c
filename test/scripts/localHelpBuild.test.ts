import { expect } from 'chai';
import { currentCodes, mergeRegister, readRegister, recode, REGISTER_SOURCE } from '../../scripts/lib/localHelp/register';
import { parseCsv } from '../../scripts/lib/localHelp/csv';
import type { CouncilRecord } from '../../catalogue/localHelpData';

const REGISTER = [
  'id,gss,snac,local_custodian_code,tier_id,parent_local_authority_id,slug,country_name,homepage_url,name',
  '1,S12000015,00QR,9999,3,,fife,Scotland,http://www.fife.gov.uk/,"Fife Council"',
  '2,E10000014,24,1750,1,,hampshire,England,https://www.hants.gov.uk/,"Hampshire County Council"',
  '3,E07000084,24UB,1705,2,2,basingstoke,England,https://www.basingstoke.gov.uk/,"Basingstoke and Deane Borough Council"',
  '4,N09000003,,,3,,belfast,Northern Ireland,https://www.belfastcity.gov.uk/,"Belfast City Council"',
  '5,E10000027,40,3300,3,,somerset,England,http://www.somerset.gov.uk/,"Somerset County Council"',
].join('\n');
const MYSOCIETY = [
  'local-authority-code,official-name,nice-name,gss-code,start-date,end-date,replaced-by,nation,local-authority-type,county-la,combined-authority,alt-names,former-gss-codes,current-authority,snac',
  'FIF,Fife Council,Fife,S12000047,2005-06-18,,,Scotland,SCO,,,"Fife",S12000015,True,00QR',
  'SMT,Somerset Council,Somerset,E06000066,2023-04-01,,,England,UA,,,"Somerset",,True,',
  'SOM,Somerset County Council,Somerset,E10000027,,2023-04-01,SMT,England,CTY,,,"Somerset",,False,40',
  'SSO,South Somerset District Council,South Somerset,E07000189,,2023-04-01,SMT,England,NMD,SOM,,South Somerset,,False,40UD',
].join('\n');

describe('local-help:build (council register)', () => {
  it('reads quoted CSV fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n')).to.deep.equal([{ a: 'x, y', b: 'say "hi"' }]);
  });

  it('keeps adult social care councils of Great Britain: counties and unitaries, not districts or NI councils', () => {
    const rows = readRegister(REGISTER);
    expect(rows.map((r) => [r.code, r.kind, r.nation])).to.deep.equal([
      ['E10000014', 'county', 'england'],
      ['E10000027', 'unitary', 'england'],
      ['S12000015', 'unitary', 'scotland'],
    ]);
    expect(rows.find((r) => r.code === 'S12000015')?.website).to.equal('https://www.fife.gov.uk/');
  });

  it('moves recoded and replaced councils to their current codes, the old code kept as an alias', () => {
    const rows = recode(readRegister(REGISTER), currentCodes(MYSOCIETY));
    expect(rows.map((r) => [r.code, r.name, r.formerCodes])).to.deep.equal([
      ['E06000066', 'Somerset Council', ['E10000027']],
      ['E10000014', 'Hampshire County Council', undefined],
      ['S12000047', 'Fife Council', ['S12000015']],
    ]);
    expect(currentCodes(MYSOCIETY).has('E07000189'), 'a district is not an adult social care council').to.equal(false);
  });

  it('refreshes register fields, keeps curated routes (following a recode) and hand-kept bodies, reports councils gone', () => {
    const route = { url: 'https://www.fife.gov.uk/carers', source: 'https://www.fife.gov.uk/carers', sourceDate: '2026-12-06', verified: true };
    const existing: Record<string, CouncilRecord> = {
      S12000015: { name: 'Old Fife', nation: 'scotland', kind: 'unitary', registerSource: REGISTER_SOURCE, assessment: route },
      E10000099: { name: 'Abolished County', nation: 'england', kind: 'county', registerSource: REGISTER_SOURCE },
      JE: { name: 'Government of Jersey', nation: 'jersey', kind: 'crown_dependency', registerSource: 'https://www.gov.je/' },
    };
    const result = mergeRegister(existing, recode(readRegister(REGISTER), currentCodes(MYSOCIETY)));
    expect(result.councils.S12000047).to.include({ name: 'Fife Council', slug: 'fife' });
    expect(result.councils.S12000047.assessment).to.deep.equal(route);
    expect(result.councils.S12000047.aliases).to.deep.equal(['S12000015']);
    expect(result.councils).to.not.have.property('S12000015');
    expect(result.councils.JE.name).to.equal('Government of Jersey');
    expect(result.added).to.deep.equal(['E06000066', 'E10000014']);
    expect(result.missing).to.deep.equal(['E10000099']);
  });
});
