/** Local services: built from the form, checked by the catalogue's own validation merged with the core. */
import { expect } from 'chai';
import { buildService, localCatalogue, type LocalService } from '../../admin';
import { loadCatalogue } from '../../catalogue';

const core = loadCatalogue();
const TODAY = '2026-12-07';
const form = (fields: Record<string, unknown> = {}) => ({
  name: 'Peckham Carers Cafe',
  description: 'A weekly drop-in cafe for carers where you can talk to others.',
  phone: '020 7123 4567',
  url: 'https://example.org/cafe',
  topics: ['peer_support'],
  areas: 'SE15, southwark',
  ...fields,
});

describe('admin local services', () => {
  it('builds a service in the catalogue shape, namespaced under the organisation', () => {
    const result = buildService('demo', form(), [], core, [], TODAY);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.service).to.deep.include({
      id: 'local-demo--peckham-carers-cafe',
      organization_id: 'local-demo',
      status: 'active',
      assured_date: TODAY,
      source_url: 'https://example.org/cafe',
    });
    expect(result.service.service_areas).to.deep.equal([
      { extent_type: 'postcode_district', extent: 'SE15' },
      { extent_type: 'council', extent: 'southwark' },
    ]);
  });

  it('gives a second service of the same name its own id; an edit keeps the id', () => {
    const first = buildService('demo', form(), [], core, [], TODAY);
    if (!first.ok) throw new Error('first');
    const existing: LocalService[] = [{ service: first.service, checkedBy: 'Ada', checkedAt: TODAY }];
    const second = buildService('demo', form(), existing, core, [], TODAY);
    expect(second.ok && second.service.id).to.equal('local-demo--peckham-carers-cafe-2');
    const edit = buildService('demo', form({ id: first.service.id, name: 'Peckham Cafe' }), existing, core, [], TODAY);
    expect(edit.ok && edit.service.id).to.equal(first.service.id);
  });

  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['no name', { name: ' ' }, /name is required/],
    ['a description too short', { description: 'Cafe.' }, /description: must NOT have fewer than 20 characters/],
    ['no topic', { topics: [] }, /topics: choose at least one/],
    ['an unknown topic', { topics: ['emotional_support'] }, /"emotional_support" is not a topic id/],
    ['an unknown kind', { kind: 'spa' }, /kind must be one of/],
    ['an unknown area', { areas: 'Narnia' }, /"Narnia" is not a council id .* or a postcode district/],
    ['no area', { areas: '' }, /give at least one council id or postcode district/],
    ['a phone number that is not UK', { phone: '555 1234' }, /does not look like a UK phone number/],
    ['no way to get in touch', { phone: '', url: '', sourceUrl: 'https://example.org/about' }, /a service needs a phone number, a url or an email/],
    ['no source', { url: '', sourceUrl: '' }, /sourceUrl: give the web page/],
    ['a website over http', { url: 'http://example.org/cafe' }, /url: must match pattern/],
    ['an id of another organisation', { id: 'samaritans' }, /not one of your organisation/],
  ];
  for (const [what, fields, reason] of cases) {
    it(`refuses ${what}`, () => {
      const result = buildService('demo', form(fields), [], core, [], TODAY);
      expect(result.ok, what).to.equal(false);
      if (!result.ok) expect(result.problems.join('\n')).to.match(reason);
    });
  }

  it('makes a catalogue of one organisation, dated by its newest check', () => {
    const built = buildService('demo', form(), [], core, [], TODAY);
    if (!built.ok) throw new Error('built');
    const catalogue = localCatalogue('demo', 'Hearth', [{ service: built.service, checkedBy: 'Ada', checkedAt: TODAY }], '2026-11-01');
    expect(catalogue.generated).to.equal(TODAY);
    expect(catalogue.organizations.map((o) => o.id)).to.deep.equal(['local-demo']);
  });
});
