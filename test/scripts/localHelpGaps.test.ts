import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { coverage, type DistrictRow } from '../../scripts/lib/catalogueCheck';
import { formatGaps, localHelpGaps } from '../../scripts/lib/localHelp/gaps';
import type { LocalHelpData } from '../../catalogue/localHelpData';
import type { Catalogue } from '../../catalogue/types';

const catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue/services.json', import.meta.url), 'utf8')) as Catalogue;
const SRC = 'https://example.gov.uk/carers';
const D = '2026-12-07';

const data: LocalHelpData = {
  councils: {
    E06000001: {
      name: 'English full',
      nation: 'england',
      kind: 'unitary',
      registerSource: SRC,
      assessment: { phone: '0300 000 0001', source: SRC, sourceDate: D, verified: true },
      carersService: { name: 'Centre', url: SRC, source: SRC, sourceDate: D, verified: true },
    },
    W06000001: {
      name: 'Welsh route only',
      nation: 'wales',
      kind: 'unitary',
      registerSource: SRC,
      assessment: { url: SRC, source: SRC, sourceDate: D, verified: false, note: 'read in local news' },
    },
    W06000002: { name: 'Welsh nothing', nation: 'wales', kind: 'unitary', registerSource: SRC },
  },
  services: [],
};

// The geography gives some districts no nation: they count under their main council's.
const rows: DistrictRow[] = [
  { district: 'AA1', nation: 'england', councils: ['E06000001'] },
  { district: 'LL1', nation: 'wales', councils: ['W06000001'] },
  { district: 'LL2', nation: 'wales', councils: ['W06000002'] },
  { district: 'LL3', nation: null, councils: ['W06000002', 'E06000001'] },
  { district: 'XX1', nation: 'wales', councils: [] },
];

describe('scripts/lib/localHelp/gaps', () => {
  const gaps = localHelpGaps(rows, data, catalogue);
  const wales = gaps.find((g) => g.nation === 'wales');

  it('lists Welsh councils under Wales, a nationless district under its main council', () => {
    expect(wales && Object.fromEntries(wales.noAssessment)).to.deep.equal({ W06000002: 2 });
    // LL3's English council's centre serves it too: only LL2 lacks a service.
    expect(wales && Object.fromEntries(wales.noService)).to.deep.equal({ W06000001: 1, W06000002: 1 });
  });

  it('adds up to what the coverage table is short of, per nation (unmapped districts aside)', () => {
    for (const row of coverage(rows, data, catalogue)) {
      const g = gaps.find((x) => x.nation === row.nation);
      const sum = (m?: Map<string, number>) => [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);
      expect(sum(g?.noAssessment), `${row.nation} routes`).to.equal(row.mapped - row.withAssessment);
      expect(sum(g?.noService), `${row.nation} services`).to.equal(row.mapped - row.withLocalService);
    }
  });

  it('prints the nation, both lists largest first, and unverified routes with their notes', () => {
    const text = wales ? formatGaps(wales, data) : '';
    expect(text.split('\n').slice(0, 6)).to.deep.equal([
      '== wales',
      'No assessment route: 1 councils, 2 districts',
      '    2  W06000002  Welsh nothing',
      'No local service: 2 councils, 2 districts',
      '    1  W06000001  Welsh route only',
      '    1  W06000002  Welsh nothing',
    ]);
    expect(text).to.contain('W06000001  Welsh route only  assessment: read in local news');
  });
});
