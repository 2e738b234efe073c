import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../../catalogue';
import { importOpenReferral, ukNumber, type ImportResult } from '../../catalogue/import-oruk';
import { catalogueToOruk } from '../../catalogue/oruk/toOruk';
import { validateCatalogue } from '../../catalogue/validate';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/oruk/${name}`, import.meta.url), 'utf8'));
const NOW = new Date('2026-11-23T10:00:00Z');
const run = (name: string, extra: { sourceUrl?: string; defaultArea?: string } = {}): ImportResult => importOpenReferral(fixture(name), { now: NOW, ...extra });
const byId = (r: ImportResult, id: string) => r.catalogue.services.find((s) => s.id === id)!;

describe('Open Referral import: real-shaped feeds (fixtures/oruk/)', () => {
  describe('ORUK v1 page (`content`)', () => {
    const r = run('v1-content.json');
    const dropIn = byId(r, '1001');
    it('reads the `content` list and validates', () => {
      expect(r.shape).to.equal('oruk_v1_page');
      expect(validateCatalogue(r.catalogue).ok).to.equal(true);
      expect(r.catalogue.services.map((s) => s.id)).to.deep.equal(['1001']);
    });
    it('reports every record it skips, with the reason', () => {
      expect(r.skipped).to.deep.equal([
        'record #3 skipped: not an object (string)',
        'record #2 (id 1002) skipped: no name',
        'record #4 (id 1003) "Young Carers Club" skipped: no url and no --source for the feed',
      ]);
    });
    const fields: Array<[string, () => unknown, unknown]> = [
      ['a quoted "+44" number and the same number again: one phone, in national form', () => dropIn.phones, [{ number: '023 8000 0000', type: 'voice' }]],
      ['language names -> codes', () => dropIn.languages, ['en', 'pl']],
      ['a council named by its place', () => dropIn.service_areas, [{ extent_type: 'council', extent: 'southampton' }]],
      ['service_taxonomys -> topics, kind added for a phone line', () => dropIn.attributes.map((a) => a.term), ['peer_support', 'money', 'helpline']],
      ['seconds dropped from times', () => dropIn.schedules, [{ byday: 'TU', opens_at: '10:00', closes_at: '12:30' }]],
      ['physical_addresses with a tidied postcode', () => dropIn.locations?.[0].address?.postal_code, 'SO14 1AA'],
      ['minimum age from eligibilitys, no maximum from null', () => [dropIn.minimum_age, dropIn.maximum_age], [18, undefined]],
    ];
    for (const [what, actual, expected] of fields) it(what, () => expect(actual()).to.deep.equal(expected));
    it('keeps fees, costs and the rest as extensions, and says so', () => {
      expect(r.extensions['1001']).to.include({ fees: 'Free', deliverable_type: 'Advice' });
      expect(r.extensions['1001'].cost_options).to.deep.equal([{ id: 'co1', amount: 0, amount_description: 'Free' }]);
      expect(r.unmapped).to.include(
        'service "1001": kept as extensions (not used by the bot): fees, deliverable_type, attending_type, attending_access, cost_options, fundings, reviews',
      );
    });
    it('never keeps named contacts (people)', () => {
      expect(JSON.stringify(r)).to.not.contain('Jo Bloggs');
      expect(r.unmapped).to.include('service "1001": named contacts not imported (personal data)');
    });
    it('with --source, the record without a url is mapped too', () => {
      expect(run('v1-content.json', { sourceUrl: 'https://feed.example.org/' }).catalogue.services.map((s) => s.id)).to.deep.equal(['1001', '1003']);
    });
  });

  describe('HSDS / ORUK 3 page with awkward records', () => {
    const r = run('v3-edge.json');
    const line = byId(r, 'carers-line');
    it('validates', () => expect(validateCatalogue(r.catalogue).ok).to.equal(true));
    it('repeated ids get a short suffix, and long ids stay within 80 characters', () => {
      const ids = r.catalogue.services.map((s) => s.id);
      expect(ids.slice(0, 3)).to.deep.equal(['carers-line', 'carers-line-2', 'carers-line-3']);
      expect(ids[4]).to.match(/-2$/);
      expect(Math.max(...ids.map((id) => id.length))).to.be.at.most(80);
      expect(new Set(ids).size).to.equal(ids.length);
    });
    it('dedups phones (+44 (0)20 and a quoted +44 20 are the same), drops a non-UK number, keeps the text line', () => {
      expect(line.phones).to.deep.equal([
        { number: '020 7946 0000', type: 'voice', description: 'Advice line' },
        { number: '07700 900000', type: 'text', description: 'Text us' },
      ]);
      expect(r.unmapped).to.include.members([
        'service "carers-line": phone 020 7946 0000 listed twice: kept once',
        'service "carers-line": phone +353 1 555 0000 dropped: not a UK number',
      ]);
    });
    it('drops expired and monthly schedules, keeps the current one', () => {
      expect(line.schedules).to.deep.equal([{ byday: 'MO,TU,WE,TH,FR', opens_at: '10:00', closes_at: '16:00', description: 'Current hours' }]);
      expect(r.unmapped).to.include('service "carers-line": schedule ended 2023-12-31: dropped');
    });
    it('flags a stale assured_date: reported, and "check before you call"', () => {
      expect(line.assured_date).to.equal('2005-01-01');
      expect(line.verification).to.match(/assured date 2005-01-01 is over a year old/);
      expect(r.unmapped).to.include('service "carers-line": assured_date 2005-01-01 is over a year old: flagged "check before you call"');
    });
    it('keeps extensions (fees_description, a custom field, cost_options)', () => {
      expect(Object.keys(r.extensions['carers-line'])).to.deep.equal(['fees_description', 'x_local_reference', 'cost_options']);
    });
    const areas: Array<[string, unknown]> = [
      ['carers-line', [{ extent_type: 'uk', extent: 'uk' }]],
      ['carers-line-2', [{ extent_type: 'nation', extent: 'wales' }]],
      ['carers-line-3', [{ extent_type: 'council', extent: 'E09000022' }]],
    ];
    for (const [id, expected] of areas) it(`areas by name and GSS uri: ${id}`, () => expect(byId(r, id).service_areas).to.deep.equal(expected));
    it('a place name goes through the geography (councilsFor): Cardiff', () =>
      expect(r.catalogue.services[3].service_areas).to.deep.equal([{ extent_type: 'council', extent: 'W06000015' }]));
    it('skips a service with no area or topic it can map, with the reason', () => {
      expect(r.skipped).to.deep.equal([
        'record #6 (id 9f0b6b7e-0000-4000-8000-000000000006) "Somewhere Else Advice" skipped: no service area could be mapped (give the feed\'s area with --area)',
      ]);
    });
  });

  describe('official V3.0-UK examples', () => {
    it("service_full: the example's placeholder area and term cannot be mapped, and it says why", () => {
      const r = run('uk-service_full.json');
      expect(r.shape).to.equal('single');
      expect(r.catalogue.services).to.have.length(0);
      expect(r.skipped[0]).to.match(/"Community Counselling" skipped: no service area could be mapped/);
      expect(r.unmapped).to.include('service "community-counselling": schedule ended 2005-01-01: dropped');
    });
    it('service_full with a real area and term (Lambeth, counselling) maps and validates', () => {
      const r = run('uk-service_full-lambeth.json');
      expect(validateCatalogue(r.catalogue).ok).to.equal(true);
      const [s] = r.catalogue.services;
      expect([s.id, s.service_areas[0].extent, s.attributes[0].term, s.minimum_age, s.schedules]).to.deep.equal([
        'community-counselling',
        'lambeth',
        'feelings',
        12,
        [],
      ]);
      expect(s.locations?.[0].name).to.equal('MyCity Civic Center');
      expect(Object.keys(r.extensions['community-counselling'])).to.include.members(['fees', 'cost_options', 'funding']);
    });
    it('service_at_location list: folds each location into its service', () => {
      const r = run('uk-service_at_location_list.json', { defaultArea: 'Lambeth' });
      expect(r.shape).to.equal('page');
      expect(r.skipped[0]).to.match(/skipped: no topic could be mapped/);
      expect(r.unmapped).to.include('service "community-counselling": no service area of its own: the feed\'s area "Lambeth" used');
    });
    it('service list: one-to-one fields only, skipped for want of an area, and says so', () => {
      expect(run('uk-service_list.json').skipped[0]).to.match(/no service area could be mapped/);
    });
  });

  it('service_at_location lists: several locations of one service become one service with each location', () => {
    const service = {
      id: 's1',
      name: 'Hospital carers desk',
      description: 'Support for carers at the hospital, at two sites.',
      url: 'https://desk.example.org',
      service_areas: [{ name: 'Southampton' }],
      attributes: [{ taxonomy_term: { name: 'Hospital discharge support' } }],
    };
    const loc = (name: string, postcode: string) => ({
      id: name,
      location_type: 'physical',
      name,
      addresses: [{ address_1: '1 Road', city: 'Southampton', postal_code: postcode }],
    });
    const r = importOpenReferral(
      {
        contents: [
          { id: 'x1', service, location: loc('North', 'SO16 6YD') },
          { id: 'x2', service, location: loc('South', 'SO14 1AA') },
        ],
      },
      { now: NOW },
    );
    expect(r.catalogue.services).to.have.length(1);
    expect(r.catalogue.services[0].locations?.map((l) => l.name)).to.deep.equal(['North', 'South']);
    expect(validateCatalogue(r.catalogue).ok).to.equal(true);
  });

  it('our own ORUK output imports back: every service, valid, same ids, no notes', () => {
    const catalogue = loadCatalogue();
    const r = importOpenReferral({ contents: catalogueToOruk(catalogue) }, { now: NOW });
    expect(validateCatalogue(r.catalogue).ok).to.equal(true);
    expect(r.catalogue.services.map((s) => s.id)).to.deep.equal(catalogue.services.map((s) => s.id));
    expect(r.catalogue.organizations.map((o) => o.id).sort()).to.deep.equal(catalogue.organizations.map((o) => o.id).sort());
    expect([r.unmapped, r.skipped]).to.deep.equal([[], []]);
    const phones = (c: typeof catalogue) => c.services.map((s) => [s.phones, s.schedules.length, s.attributes, s.languages]);
    expect(phones(r.catalogue)).to.deep.equal(phones(catalogue));
  });

  const numbers: Array<[string, string | null]> = [
    ['"+44 20 7946 0000"', '020 7946 0000'],
    ['+44 (0)20 7946 0000', '020 7946 0000'],
    ['0044 117 496 0000', '0117 496 0000'],
    ['\u201c+44 7700 900000\u201d', '07700 900000'],
    ['0808 808 00 00', '0808 808 00 00'],
    ['+353 1 555 0000', null],
    ['+1 555 0100', null],
  ];
  for (const [raw, expected] of numbers) it(`number ${raw} -> ${expected}`, () => expect(ukNumber(raw)).to.equal(expected));
});
