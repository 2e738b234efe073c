import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { coverage, districtRows } from '../../scripts/lib/catalogueCheck';
import { loadLocalHelpData } from '../../catalogue/localHelpData';
import { localHelpWith, resolveCouncilCodes } from '../../catalogue/localHelp';
import type { Catalogue } from '../../catalogue/types';

/** The whole district table against the local-help data: every district finds its councils. */
describe('local help over every postcode district (system)', () => {
  const data = loadLocalHelpData();
  const catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue/services.json', import.meta.url), 'utf8')) as Catalogue;
  const rows = districtRows();

  it('maps every geographic district to known councils', () => {
    const unmapped = rows.filter((r) => r.councils.length === 0 || r.councils.some((c) => resolveCouncilCodes(c, data).length === 0));
    expect(unmapped.map((r) => `${r.district}: ${r.councils.join(',')}`)).to.deep.equal([]);
    expect(coverage(rows, data, catalogue).every((r) => r.mapped === r.districts)).to.equal(true);
  });

  it('gives every district either a local route or service, or the national finders (never nothing)', () => {
    const localHelp = localHelpWith({ data, catalogue });
    for (const r of rows) {
      const help = localHelp(r.councils, null, { district: r.district });
      const something = help.assessment.length + help.services.length + help.national.length + help.councils.filter((c) => c.website).length;
      expect(something, r.district).to.be.greaterThan(0);
    }
  });
});
