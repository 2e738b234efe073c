import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { importOpenReferral } from '../../catalogue/import-oruk';
import { validateCatalogue } from '../../catalogue/validate';

const feed = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const NOW = new Date('2026-11-23T10:00:00Z');

describe('Open Referral import', () => {
  describe('HSDS 3.0 / ORUK 3 feed', () => {
    const { catalogue, unmapped } = importOpenReferral(feed('hsds3-feed.json'), { now: NOW, sourceUrl: 'https://feed.example.org/services' });
    const [riverside, closed] = catalogue.services;

    it('produces a catalogue that validates', () => {
      const result = validateCatalogue(catalogue);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
    });
    it('maps the organisation once', () => {
      expect(catalogue.organizations.map((o) => o.id)).to.deep.equal(['org-riverside']);
      expect(riverside.organization_id).to.equal('org-riverside');
    });
    const fields: Array<[string, () => unknown, unknown]> = [
      ['id', () => riverside.id, 'a1b2c3'],
      ['status active', () => riverside.status, 'active'],
      ['status defunct -> inactive', () => closed.status, 'inactive'],
      ['assured_date from the feed', () => riverside.assured_date, '2026-10-01'],
      ['phone in national form, fax dropped', () => riverside.phones, [{ number: '020 7946 0000', type: 'voice', description: 'Advice line' }]],
      ['schedule times trimmed to HH:MM', () => riverside.schedules, [{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:30', closes_at: '16:30' }]],
      ['council named in a text area', () => riverside.service_areas, [{ extent_type: 'council', extent: 'lambeth' }]],
      ['nation named in a text area', () => closed.service_areas, [{ extent_type: 'nation', extent: 'england' }]],
      ['taxonomy terms -> topics', () => riverside.attributes.filter((a) => a.taxonomy === 'carers-bot-topics').map((a) => a.term), ['peer_support', 'break']],
      ['languages', () => riverside.languages, ['en', 'pt']],
      ['minimum age and eligibility', () => [riverside.minimum_age, riverside.eligibility_description], [18, 'Adult carers']],
      ['location with a tidied postcode', () => riverside.locations?.[0].address?.postal_code, 'SW9 8AA'],
      ['source url: the service url', () => riverside.source_url, 'https://riverside-carers.example.org'],
    ];
    for (const [what, actual, expected] of fields) it(what, () => expect(actual()).to.deep.equal(expected));

    it('marks imported entries as unchecked', () => {
      expect(riverside.verification).to.match(/not checked by us/);
      expect(closed.verification).to.match(/no assured date/);
    });
    it('reports what it could not map, naming the service', () => {
      expect(unmapped).to.include.members([
        'service "a1b2c3": phone 020 7946 0001 of type "fax" dropped',
        'service "a1b2c3": schedule {"opens_at":"10:00"} has no usable day or time',
        'service "a1b2c3": taxonomy term "Leisure centres" not mapped to a topic',
        'service "zz9": no language codes; assumed English',
      ]);
      expect(unmapped.some((l) => l.startsWith('service "a1b2c3": service area "Somewhere vague" not mapped'))).to.equal(true);
    });
  });

  describe('legacy ORUK v1 feed', () => {
    const { catalogue, unmapped } = importOpenReferral(feed('oruk-v1-feed.json'), { now: NOW });
    const [project] = catalogue.services;
    it('validates', () => expect(validateCatalogue(catalogue).ok).to.equal(true));
    it('maps regular_schedules by weekday name or number', () => {
      expect(project.schedules.map((s) => s.byday)).to.deep.equal(['SA', 'WE']);
    });
    it('maps eligibilitys to ages', () => {
      expect([project.minimum_age, project.maximum_age]).to.deep.equal([8, 17]);
    });
    it('takes phones from contacts and topics from service_taxonomys', () => {
      expect(project.phones[0].number).to.equal('023 9200 0000');
      expect(project.attributes).to.deep.include({ taxonomy: 'carers-bot-topics', term: 'family' });
    });
    it('maps a postcode district area', () => {
      expect(project.service_areas).to.deep.equal([{ extent_type: 'postcode_district', extent: 'PO4' }]);
    });
    it('uses the import date when the feed has no assured date', () => {
      expect(project.assured_date).to.equal('2026-11-23');
    });
    it('reports holiday schedules it ignores', () => {
      expect(unmapped).to.include('service "101": holiday_schedules ignored');
    });
  });

  it('skips services it cannot cite or contact, and says so', () => {
    const { catalogue, unmapped } = importOpenReferral([{ name: 'Nameless contact', description: 'No url, phone or email anywhere here.' }], { now: NOW });
    expect(catalogue.services).to.have.length(0);
    expect(unmapped[0]).to.match(/skipped: no url and no --source/);
  });

  it('reports an empty feed', () => {
    expect(importOpenReferral({ total_items: 0, contents: [] }, { now: NOW }).unmapped).to.include('no services found in the feed');
  });
});
