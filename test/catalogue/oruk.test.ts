import { expect } from 'chai';
import { loadCatalogue, validateCatalogue } from '../../catalogue';
import { loadLocalHelpData } from '../../catalogue/localHelpData';
import { localHelpServices, withLocalHelp } from '../../catalogue/oruk/localHelpServices';
import { idLookup, ORUK_NAMESPACE, serviceUuid } from '../../catalogue/oruk/ids';
import { orukProblems } from '../../catalogue/oruk/schemas';
import { ORUK_TAXONOMIES, ORUK_TAXONOMY_TERMS } from '../../catalogue/oruk/taxonomies';
import { catalogueToOruk, toOrukSummary } from '../../catalogue/oruk/toOruk';
import { isUuid, uuidV5 } from '../../catalogue/oruk/uuid';

const catalogue = loadCatalogue();
const services = catalogueToOruk(catalogue);

/** Every `id` in a document, and every `*_id` reference beside it. */
function ids(value: unknown, found: { ids: string[]; refs: string[] } = { ids: [], refs: [] }): { ids: string[]; refs: string[] } {
  if (Array.isArray(value)) value.forEach((v) => ids(v, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') found.ids.push(v);
      else if (key.endsWith('_id') && typeof v === 'string') found.refs.push(v);
      else ids(v, found);
    }
  }
  return found;
}

describe('catalogue as Open Referral UK 3.0', () => {
  describe('UUID v5', () => {
    const cases: Array<[string, string, string]> = [
      // RFC 4122 appendix namespace (DNS) and the value every v5 implementation gives.
      ['www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
      ['python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    ];
    for (const [name, ns, expected] of cases) it(`${name} -> ${expected}`, () => expect(uuidV5(name, ns)).to.equal(expected));
    it('the project namespace is fixed', () => expect(ORUK_NAMESPACE).to.equal('c96bdbd3-5034-4987-ada9-05adf80531d3'));
    it('a service id never changes', () => expect(serviceUuid('macmillan-support-line')).to.equal(uuidV5('service:macmillan-support-line', ORUK_NAMESPACE)));
  });

  it(`every one of the ${catalogue.services.length} services validates against the shipped ORUK 3.0 service schema`, () => {
    const failures = services.map((s) => [s.legacy_key, orukProblems('compiled/service.json', s)] as const).filter(([, p]) => p.length > 0);
    expect(failures).to.deep.equal([]);
    expect(services).to.have.length(catalogue.services.length);
  });

  it('every service summary validates against service_list.json', () => {
    const orgs = new Map(catalogue.organizations.map((o) => [o.id, o]));
    for (const s of catalogue.services) expect(orukProblems('compiled/service_list.json', toOrukSummary(s, orgs.get(s.organization_id)!))).to.deep.equal([]);
  });

  it('every taxonomy and term validates', () => {
    for (const t of ORUK_TAXONOMIES) expect(orukProblems('taxonomy.json', t), t.name).to.deep.equal([]);
    for (const t of ORUK_TAXONOMY_TERMS) expect(orukProblems('taxonomy_term.json', t), t.term).to.deep.equal([]);
  });

  it('the schemas do reject what is not ORUK (ids that are not UUIDs, no status)', () => {
    expect(orukProblems('compiled/service.json', { id: 'macmillan-support-line', name: 'x' })).to.have.length(2);
    expect(orukProblems('compiled/service.json', { ...services[0], languages: ['en'] })).to.not.deep.equal([]);
  });

  it('every id is a UUID, unique across the catalogue except shared organisations and taxonomy terms', () => {
    const shared = new Set([...ORUK_TAXONOMY_TERMS.map((t) => t.id), ...services.map((s) => s.organization_id)]);
    const all = services.flatMap((s) => ids(s).ids);
    expect(all.filter((id) => !isUuid(id))).to.deep.equal([]);
    const own = all.filter((id) => !shared.has(id));
    expect(new Set(own).size).to.equal(own.length);
  });

  it('every *_id refers to a record in the same service, its organisation or a taxonomy', () => {
    const known = new Set([...ORUK_TAXONOMIES.map((t) => t.id), ...ORUK_TAXONOMY_TERMS.map((t) => t.id)]);
    for (const s of services) {
      const found = ids(s);
      const here = new Set([...found.ids, ...known]);
      expect(
        found.refs.filter((r) => !here.has(r)),
        s.legacy_key,
      ).to.deep.equal([]);
    }
  });

  it('is deterministic: mapping twice gives the same document', () => {
    expect(JSON.stringify(catalogueToOruk(catalogue))).to.equal(JSON.stringify(services));
  });

  const macmillan = services.find((s) => s.legacy_key === 'macmillan-support-line')!;
  const fields: Array<[string, () => unknown, unknown]> = [
    ['languages as objects', () => macmillan.languages.map(({ name, code }) => ({ name, code })), [{ name: 'English', code: 'en' }]],
    ['phones keep their number and type', () => macmillan.phones.map((p) => [p.number, p.type]), [['0808 808 00 00', 'voice']]],
    [
      'schedules weekly',
      () => macmillan.schedules.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at]),
      [['WEEKLY', 'MO,TU,WE,TH,FR,SA,SU', '08:00', '20:00']],
    ],
    ['a UK-wide area in words', () => macmillan.service_areas.map((a) => [a.extent_type, a.extent]), [['text', 'United Kingdom']]],
    [
      'topics first, in order, as taxonomy terms',
      () => macmillan.attributes.slice(0, 3).map((a) => a.taxonomy_term.term),
      ['feelings', 'money', 'illness_info'],
    ],
    ['extensions kept', () => [macmillan.source_url.startsWith('https://'), macmillan.legacy_key], [true, 'macmillan-support-line']],
    ['organisation nested with its UUID', () => macmillan.organization.id === macmillan.organization_id, true],
  ];
  for (const [what, actual, expected] of fields) it(what, () => expect(actual()).to.deep.equal(expected));

  it('a service open round the clock closes at 23:59, not 24:00', () => {
    const closes = services.flatMap((s) => s.schedules.map((x) => x.closes_at));
    expect(closes).to.not.include('24:00');
    expect(closes).to.include('23:59');
  });

  describe('old ids <-> UUIDs (stored plans and conversations)', () => {
    const lookup = idLookup(catalogue);
    it('every service both ways', () => {
      for (const s of catalogue.services) {
        const uuid = lookup.serviceUuid(s.id)!;
        expect(isUuid(uuid)).to.equal(true);
        expect(lookup.serviceId(uuid)).to.equal(s.id);
        expect(lookup.serviceUuid(uuid)).to.equal(uuid);
        expect(lookup.serviceId(s.id)).to.equal(s.id);
      }
    });
    it('every organisation both ways', () => {
      for (const o of catalogue.organizations) expect(lookup.organizationId(lookup.organizationUuid(o.id)!)).to.equal(o.id);
    });
    it('upper-case UUIDs are found too', () => {
      expect(lookup.serviceId(serviceUuid('macmillan-support-line').toUpperCase())).to.equal('macmillan-support-line');
    });
    const unknown: string[] = ['no-such-service', '00000000-0000-0000-0000-000000000000', ''];
    for (const id of unknown) it(`"${id}" is unknown`, () => expect([lookup.serviceUuid(id), lookup.serviceId(id)]).to.deep.equal([undefined, undefined]));
  });
});

describe('local help as ORUK services', () => {
  const data = loadLocalHelpData();
  const local = localHelpServices(data);
  const merged = withLocalHelp(catalogue, data);

  it(`every local-help service (${local.services.length}) validates: our catalogue schema and checks, and ORUK 3.0`, () => {
    const result = validateCatalogue(merged);
    expect(result.ok, JSON.stringify(result).slice(0, 2000)).to.equal(true);
    const failures = catalogueToOruk(merged)
      .map((s) => [s.legacy_key, orukProblems('compiled/service.json', s)] as const)
      .filter(([, p]) => p.length > 0);
    expect(failures).to.deep.equal([]);
  });

  it('each council with an assessment route or carers service is there, or named as left out with why', () => {
    const expected = Object.values(data.councils).reduce((n, c) => n + (c.assessment ? 1 : 0) + (c.carersService ? 1 : 0), 0) + data.services.length;
    expect(local.services.length + local.skipped.filter((l) => !l.includes('left out')).length).to.equal(expected);
    for (const line of local.skipped) expect(line).to.match(/^[a-z0-9-]+: (only an http page|no phone|phone ".*" left out|no source)/);
  });

  it('unverified entries keep their "check before you call" note', () => {
    const unverified = Object.entries(data.councils).filter(([, c]) => c.assessment && !c.assessment.verified);
    const mapped = unverified.map(([code]) => local.services.find((s) => s.id === `council-assessment-${code.toLowerCase()}`)).filter((s) => s !== undefined);
    expect(mapped.length).to.be.above(0);
    for (const s of mapped) expect(s.verification, s.id).to.be.a('string').and.not.equal('');
  });

  it('ids never collide with the national catalogue', () => {
    const ids = merged.services.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});
