import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { coverage, formatCoverage, type DistrictRow } from '../../scripts/lib/catalogueCheck';
import type { LocalHelpData } from '../../catalogue/localHelpData';
import type { Catalogue } from '../../catalogue/types';

const catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue/services.json', import.meta.url), 'utf8')) as Catalogue;
const SRC = 'https://example.gov.uk/carers';
const D = '2026-12-06';
const reg = SRC;

const data: LocalHelpData = {
  councils: {
    E06000001: {
      name: 'Full',
      nation: 'england',
      kind: 'unitary',
      registerSource: reg,
      assessment: { phone: '0300 000 0001', source: SRC, sourceDate: D, verified: true },
      carersService: { name: 'Centre', url: SRC, source: SRC, sourceDate: D, verified: false },
    },
    E06000002: {
      name: 'Route only',
      nation: 'england',
      kind: 'unitary',
      registerSource: reg,
      assessment: { url: SRC, source: SRC, sourceDate: D, verified: false },
    },
    E06000003: { name: 'Nothing', nation: 'england', kind: 'unitary', registerSource: reg },
    S12000001: {
      name: 'Scottish',
      nation: 'scotland',
      kind: 'unitary',
      registerSource: reg,
      assessment: { url: SRC, source: SRC, sourceDate: D, verified: true },
    },
    JE: { name: 'Jersey', nation: 'jersey', kind: 'crown_dependency', registerSource: reg },
  },
  services: [{ id: 'hospice', name: 'Hospice', kind: 'hospice', phone: '0300 000 0009', councils: ['S12000001'], source: SRC, sourceDate: D, verified: true }],
};

const rows: DistrictRow[] = [
  { district: 'AA1', nation: 'england', councils: ['E06000001'] },
  { district: 'AA2', nation: 'england', councils: ['E06000002', 'E06000001'] },
  { district: 'AA3', nation: 'england', councils: ['E06000003'] },
  { district: 'AA4', nation: 'england', councils: [] },
  { district: 'BB1', nation: 'scotland', councils: ['S12000001'] },
  { district: 'JE2', nation: null, councils: ['JE'] },
];

describe('scripts/lib/catalogueCheck (coverage)', () => {
  const table = coverage(rows, data, catalogue);

  const expected = [
    // nation, districts, mapped, assessment (main council), local service, entries, verified
    ['england', 4, 3, 2, 2, 3, 1],
    ['scotland', 1, 1, 1, 1, 2, 2],
    ['jersey', 1, 1, 0, 0, 0, 0],
  ] as const;
  for (const [nation, districts, mapped, withAssessment, withLocalService, entries, verified] of expected) {
    it(`counts ${nation}`, () => {
      expect(table.find((r) => r.nation === nation)).to.deep.equal({ nation, districts, mapped, withAssessment, withLocalService, entries, verified });
    });
  }

  it('orders nations as the UK lists them, Crown Dependencies after', () => {
    expect(table.map((r) => r.nation)).to.deep.equal(['england', 'scotland', 'jersey']);
  });

  it('prints the goals beside the figures and names the nations below goal, without failing', () => {
    const text = formatCoverage(table);
    expect(text).to.contain('mapped (goal 100%)').and.contain('assessment route (goal 100%)').and.contain('local service (goal ≥80%)');
    expect(text).to.match(/england\s+4\s+3 \(75%\)\s+2 \(50%\)\s+2 \(50%\)\s+1 of 3/);
    expect(text).to.contain('Below goal: england, jersey (reported, not an error)');
  });

  it('says so when every goal is met', () => {
    const full = coverage([{ district: 'AA1', nation: 'england', councils: ['E06000001'] }], data, catalogue);
    expect(formatCoverage(full)).to.contain('All goals met.');
  });
});
