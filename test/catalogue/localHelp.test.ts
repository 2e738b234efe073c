import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { localHelpWith, NATIONAL_FINDERS, resolveCouncilCodes } from '../../catalogue/localHelp';
import { loadLocalHelpData, type LocalHelpData } from '../../catalogue/localHelpData';
import type { Catalogue } from '../../catalogue/types';

/** The shipped catalogue's entries, read as they are (its validation is catalogue/validate's tests' job). */
const catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue/services.json', import.meta.url), 'utf8')) as Catalogue;

const SRC = 'https://example.gov.uk/source';
const D = '2026-12-06';
const register = 'https://github.com/alphagov/local-links-manager/blob/main/data/local-authorities.csv';

/** A small world: each council shows one case of the brief. */
const data: LocalHelpData = {
  councils: {
    E06000001: {
      name: 'Verified Council',
      nation: 'england',
      kind: 'unitary',
      slug: 'verified',
      registerSource: register,
      assessment: { url: 'https://verified.gov.uk/carers-assessment', phone: '0300 000 0001', source: SRC, sourceDate: D, verified: true },
      carersService: { name: 'Verified Carers Centre', phone: '0300 000 0002', source: SRC, sourceDate: D, verified: true },
    },
    E06000002: {
      name: 'Page Only Council',
      nation: 'england',
      kind: 'unitary',
      slug: 'page-only',
      registerSource: register,
      assessment: { url: 'https://pageonly.gov.uk/carers', source: SRC, sourceDate: D, verified: false, note: 'older page' },
    },
    E06000003: { name: 'Quiet Council', nation: 'england', kind: 'unitary', slug: 'quiet', website: 'https://quiet.gov.uk/', registerSource: register },
    W06000001: {
      name: 'Welsh Council',
      nation: 'wales',
      kind: 'unitary',
      slug: 'welsh',
      registerSource: register,
      assessment: { phone: '01000 000000', source: SRC, sourceDate: D, verified: true },
    },
    'NI-BHSCT': {
      name: 'Belfast Health and Social Care Trust',
      nation: 'northern_ireland',
      kind: 'hsc_trust',
      aliases: ['N09000003', 'N09000007'],
      registerSource: SRC,
      assessment: { url: 'https://online.hscni.net/carers', source: SRC, sourceDate: D, verified: true },
    },
    'NI-SEHSCT': { name: 'South Eastern Trust', nation: 'northern_ireland', kind: 'hsc_trust', aliases: ['N09000007'], registerSource: SRC },
    JE: {
      name: 'Government of Jersey',
      nation: 'jersey',
      kind: 'crown_dependency',
      registerSource: SRC,
      carersService: { name: 'Carers Jersey', url: 'https://carersjersey.je/', source: SRC, sourceDate: D, verified: true },
    },
  },
  services: [
    {
      id: 'z-unverified-centre',
      name: 'A Unverified Centre',
      kind: 'carers_centre',
      phone: '0300 000 0003',
      councils: ['E06000002'],
      source: SRC,
      sourceDate: D,
      verified: false,
    },
    {
      id: 'y-verified-centre',
      name: 'Z Verified Centre',
      kind: 'carers_centre',
      url: 'https://z.org.uk/',
      councils: ['E06000002'],
      source: SRC,
      sourceDate: D,
      verified: true,
    },
    { id: 'hospice', name: 'A Hospice', kind: 'hospice', phone: '0300 000 0004', councils: ['E06000002'], source: SRC, sourceDate: D, verified: true },
    {
      id: 'district-centre',
      name: 'District Centre',
      kind: 'carers_centre',
      url: 'https://d.org.uk/',
      councils: ['E06000002'],
      districts: ['ZZ1'],
      source: SRC,
      sourceDate: D,
      verified: false,
    },
  ],
};
const localHelp = localHelpWith({ data, catalogue });

describe('catalogue/localHelp', () => {
  const cases: Array<{
    name: string;
    codes: string[];
    nation: Parameters<typeof localHelp>[1];
    district?: string;
    assessment: Array<{ council: string; verified: boolean; phone?: boolean; url?: boolean }>;
    services: string[];
    nothingLocal: boolean;
    national: readonly string[];
  }> = [
    {
      name: 'a council with a verified route and carers centre',
      codes: ['E06000001'],
      nation: 'england',
      assessment: [{ council: 'E06000001', verified: true, phone: true, url: true }],
      services: ['E06000001-carers-service'],
      nothingLocal: false,
      national: NATIONAL_FINDERS.england,
    },
    {
      name: 'a council with only a page: verified before unverified at equal fit, then a phone before a page, hospices after carers centres',
      codes: ['E06000002'],
      nation: 'england',
      assessment: [{ council: 'E06000002', verified: false, phone: false, url: true }],
      services: ['y-verified-centre', 'z-unverified-centre', 'district-centre', 'hospice'],
      nothingLocal: false,
      national: NATIONAL_FINDERS.england,
    },
    {
      name: 'a district-specific entry fits best',
      codes: ['E06000002'],
      nation: 'england',
      district: 'ZZ1',
      assessment: [{ council: 'E06000002', verified: false }],
      services: ['district-centre', 'y-verified-centre', 'z-unverified-centre', 'hospice'],
      nothingLocal: false,
      national: NATIONAL_FINDERS.england,
    },
    {
      name: 'a council with nothing local: no route, nothing local, the national finders',
      codes: ['E06000003'],
      nation: 'england',
      assessment: [],
      services: [],
      nothingLocal: true,
      national: ['carers-trust-local-services', 'carers-uk-helpline', 'gov-uk-carers-assessment'],
    },
    {
      name: 'a split district: main council first, then the other',
      codes: ['E06000002', 'E06000001'],
      nation: 'england',
      assessment: [
        { council: 'E06000002', verified: false },
        { council: 'E06000001', verified: true },
      ],
      services: ['y-verified-centre', 'z-unverified-centre', 'district-centre', 'hospice', 'E06000001-carers-service'],
      nothingLocal: false,
      national: NATIONAL_FINDERS.england,
    },
    {
      name: 'Wales: a phone-only route and the Welsh finders',
      codes: ['W06000001'],
      nation: 'wales',
      assessment: [{ council: 'W06000001', verified: true, phone: true, url: false }],
      services: [],
      nothingLocal: true,
      national: ['carers-trust-local-services', 'carers-wales', 'carers-uk-helpline'],
    },
    {
      name: 'a Crown Dependency: its own carers service, no UK finders',
      codes: ['JE'],
      nation: 'jersey',
      assessment: [],
      services: ['JE-carers-service'],
      nothingLocal: false,
      national: [],
    },
    {
      name: 'an NI trust by code',
      codes: ['NI-BHSCT'],
      nation: 'northern_ireland',
      assessment: [{ council: 'NI-BHSCT', verified: true, url: true }],
      services: [],
      nothingLocal: true,
      national: ['carers-ni', 'carers-trust-local-services', 'carers-uk-helpline'],
    },
    {
      name: 'an NI district council that two trusts serve: both, nation taken from the trust',
      codes: ['N09000007'],
      nation: null,
      assessment: [{ council: 'NI-BHSCT', verified: true }],
      services: [],
      nothingLocal: true,
      national: NATIONAL_FINDERS.northern_ireland,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const help = localHelp(c.codes, c.nation, c.district ? { district: c.district } : {});
      expect(help.unknownCodes).to.deep.equal([]);
      expect(help.assessment.map((a) => a.council)).to.deep.equal(c.assessment.map((a) => a.council));
      c.assessment.forEach((want, i) => {
        const route = help.assessment[i].route;
        expect(route.verified, `${want.council} verified`).to.equal(want.verified);
        if (want.phone !== undefined) expect(Boolean(route.phone)).to.equal(want.phone);
        if (want.url !== undefined) expect(Boolean(route.url)).to.equal(want.url);
        expect(route.source).to.match(/^https?:\/\//);
      });
      expect(help.services.map((s) => s.id)).to.deep.equal(c.services);
      expect(help.nothingLocal).to.equal(c.nothingLocal);
      expect(help.national.map((n) => n.id)).to.deep.equal([...c.national]);
    });
  }

  it('takes the national finders from the service catalogue, never re-typed', () => {
    for (const n of localHelp(['E06000003'], 'england').national) {
      const entry = catalogue.services.find((s) => s.id === n.id);
      expect(entry, n.id).to.not.equal(undefined);
      expect(n.url).to.equal(entry?.url);
      expect(n.phone).to.equal(entry?.phones.find((p) => p.type === 'voice')?.number);
    }
  });

  it('names codes it does not know and still offers the finders', () => {
    const help = localHelp(['E99999999'], null);
    expect(help.unknownCodes).to.deep.equal(['E99999999']);
    expect(help.councils).to.deep.equal([]);
    expect(help.nothingLocal).to.equal(true);
    expect(help.national.map((n) => n.id)).to.deep.equal([...NATIONAL_FINDERS.unknown]);
  });

  it('resolves older ids and aliases to codes', () => {
    expect(resolveCouncilCodes('page_only', data)).to.deep.equal(['E06000002']);
    expect(resolveCouncilCodes('N09000007', data)).to.deep.equal(['NI-BHSCT', 'NI-SEHSCT']);
    expect(resolveCouncilCodes('JE', data)).to.deep.equal(['JE']);
    expect(resolveCouncilCodes('nowhere', data)).to.deep.equal([]);
  });

  it('with the shipped data: the demo councils keep their catalogue help, and routes read on council pages show', () => {
    const localHelpFor = localHelpWith({ data: loadLocalHelpData(), catalogue });
    const hampshire = localHelpFor(['hampshire'], 'england');
    expect(hampshire.councils.map((c) => c.code)).to.deep.equal(['E10000014']);
    expect(hampshire.assessment[0].route.phone).to.match(/^0300/);
    expect(hampshire.nothingLocal).to.equal(false);
    const leeds = localHelpFor(['E08000035'], 'england');
    expect(leeds.assessment[0].route).to.include({ phone: '0113 222 4401', verified: true });
  });

  describe('with the shipped data: each Crown Dependency gets its own government route and carers charity, no UK finders', () => {
    const localHelpFor = localHelpWith({ data: loadLocalHelpData(), catalogue });
    const cases: Array<{ code: 'GY' | 'JE' | 'IM'; nation: 'guernsey' | 'jersey' | 'isle_of_man'; host: RegExp; service: RegExp }> = [
      { code: 'GY', nation: 'guernsey', host: /(^|\.)gov\.gg$/, service: /Carers Guernsey/ },
      { code: 'JE', nation: 'jersey', host: /(^|\.)gov\.je$/, service: /Carers Jersey/ },
      { code: 'IM', nation: 'isle_of_man', host: /(^|\.)gov\.im$/, service: /Crossroads/ },
    ];
    for (const c of cases) {
      it(`${c.code}: its own route, its own charity, nothing from another island`, () => {
        const help = localHelpFor([c.code], c.nation);
        expect(help.councils.map((x) => x.code)).to.deep.equal([c.code]);
        expect(help.assessment).to.have.length(1);
        expect(new URL(help.assessment[0].route.url ?? 'https://none.invalid/').hostname).to.match(c.host);
        expect(help.services.map((x) => x.name)).to.satisfy((names: string[]) => names.some((n) => c.service.test(n)));
        expect(help.services.map((x) => x.id).filter((id) => /^(GY|JE|IM)-/.test(id) && !id.startsWith(`${c.code}-`))).to.deep.equal([]);
        expect(help.nothingLocal).to.equal(false);
        expect(help.national).to.deep.equal([]);
      });
    }

    it("GY: the States' number has no extension in it and Carers Guernsey, read on a directory, says check before you call", () => {
      const help = localHelpFor(['GY'], 'guernsey');
      expect(help.assessment[0].route).to.include({ phone: '01481 725241', verified: true });
      expect(help.assessment[0].route.note).to.match(/extension 3313/);
      const charity = help.services.find((x) => x.id === 'GY-carers-service');
      expect(charity).to.include({ phone: '01481 266331', verified: false });
    });
  });
});
