import { expect } from 'chai';
import { loadCatalogue } from '../../catalogue';
import { loadLocalHelpData } from '../../catalogue/localHelpData';
import { withLocalHelp } from '../../catalogue/oruk/localHelpServices';
import { CACHE_BYTES, MAX_PER_PAGE, OrukApi, type Page } from '../../catalogue/oruk/api';
import { serviceUuid } from '../../catalogue/oruk/ids';
import { orukResponseProblems } from '../../catalogue/oruk/schemas';
import { ORUK_TAXONOMY_TERMS, termFor } from '../../catalogue/oruk/taxonomies';
import type { OrukService, OrukServiceSummary } from '../../catalogue/oruk/toOruk';

const catalogue = loadCatalogue();
const api = new OrukApi(catalogue);

function get(path: string, query: Record<string, string> = {}) {
  const response = api.handle(path, query);
  return { ...response, problems: response.status === 200 ? orukResponseProblems(path, response.body, query.full === 'true') : [] };
}

const page = <T = OrukServiceSummary>(body: unknown) => body as Page<T>;
const names = (body: unknown) => page(body).contents.map((s) => (s as OrukServiceSummary).legacy_key);

describe('ORUK 3.0 API (handlers)', () => {
  it('/ gives the API details the ORUK validator reads', () => {
    const r = get('/');
    expect(r.problems).to.deep.equal([]);
    expect(r.body).to.include({ version: 'HSDS-UK-3.0' });
  });

  it('every page of /services validates (per_page 10), and the pages hold every service once', () => {
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const r = get('/services', { page: String(n), per_page: '10' });
      expect(r.problems, `page ${n}`).to.deep.equal([]);
      const body = page(r.body);
      seen.push(...body.contents.map((s) => s.id));
      expect(body.page_number).to.equal(n);
      if (body.last_page) break;
    }
    expect(seen).to.have.length(catalogue.services.length);
    expect(new Set(seen).size).to.equal(seen.length);
  });

  it('/services?full=true gives full services that validate', () => {
    const r = get('/services', { full: 'true', per_page: String(MAX_PER_PAGE) });
    expect(r.problems).to.deep.equal([]);
    expect(page<OrukService>(r.body).contents[0].phones).to.be.an('array');
  });

  it(`every /services/{id} validates (${catalogue.services.length} services), by UUID and by old id`, () => {
    for (const s of catalogue.services) {
      const byUuid = get(`/services/${serviceUuid(s.id)}`);
      expect(byUuid.problems, s.id).to.deep.equal([]);
      expect(get(`/services/${s.id}`).text).to.equal(byUuid.text);
    }
  });

  it('taxonomies, terms and service_at_locations validate, lists and single records', () => {
    for (const path of ['/taxonomies', '/taxonomy_terms', '/service_at_locations']) {
      const r = get(path, { per_page: String(MAX_PER_PAGE) });
      expect(r.problems, path).to.deep.equal([]);
      for (const item of page<{ id: string }>(r.body).contents) expect(get(`${path}/${item.id}`).problems, `${path}/${item.id}`).to.deep.equal([]);
    }
    expect(page(get('/taxonomy_terms', { per_page: '200' }).body).total_items).to.equal(ORUK_TAXONOMY_TERMS.length);
  });

  describe('filters (cumulative, as the standard says)', () => {
    const total = (query: Record<string, string>) => page(get('/services', { ...query, per_page: '200' }).body).total_items;
    const cases: Array<[string, Record<string, string>, (found: string[]) => void]> = [
      ['search by text', { search: 'macmillan support line' }, (f) => expect(f).to.include('macmillan-support-line')],
      ['`text` is the same as `search`', { text: 'macmillan support line' }, (f) => expect(f).to.include('macmillan-support-line')],
      ['a topic by its code', { taxonomy_term_id: 'bereavement' }, (f) => expect(f).to.include('cruse-helpline')],
      ['a topic by its UUID', { taxonomy_term_id: termFor('carers-bot-topics', 'bereavement')!.id }, (f) => expect(f).to.include('cruse-helpline')],
      [
        'a postcode in Southwark finds Southwark and UK services, not Welsh-only ones',
        { postcode: 'SE15 4AA' },
        (f) => {
          expect(f).to.include('macmillan-support-line');
          expect(f.some((id) => catalogue.services.find((s) => s.id === id)!.service_areas.every((a) => a.extent === 'wales'))).to.equal(false);
        },
      ],
      [
        'text AND topic AND postcode',
        { search: 'line', taxonomy_term_id: 'money', postcode: 'CF10 1AA' },
        (f) => expect(f).to.include('macmillan-support-line'),
      ],
      ['an unknown term finds nothing', { taxonomy_term_id: 'no-such-term' }, (f) => expect(f).to.deep.equal([])],
      ['an unknown place finds nothing', { postcode: 'Atlantis' }, (f) => expect(f).to.deep.equal([])],
    ];
    for (const [what, query, check] of cases) it(what, () => check(names(get('/services', { ...query, per_page: '200' }).body)));

    it('a postcode narrows the list', () => expect(total({ postcode: 'SE15 4AA' })).to.be.below(total({})));
    it('Welsh services show for Cardiff and not for Southwark', () => {
      const welshOnly = catalogue.services.filter((s) => s.service_areas.every((a) => a.extent_type === 'nation' && a.extent === 'wales')).map((s) => s.id);
      expect(welshOnly.length).to.be.above(0);
      const cardiff = names(get('/services', { postcode: 'CF10 1AA', per_page: '200' }).body);
      const southwark = names(get('/services', { postcode: 'SE15 4AA', per_page: '200' }).body);
      expect(cardiff).to.include.members(welshOnly);
      expect(southwark.filter((id) => welshOnly.includes(id))).to.deep.equal([]);
    });
  });

  const errors: Array<[string, Record<string, string>, number]> = [
    ['/services/no-such-service', {}, 404],
    ['/services/00000000-0000-0000-0000-000000000000', {}, 404],
    ['/services', { page: '0' }, 400],
    ['/services', { per_page: 'lots' }, 400],
    ['/services', { postcode: 'SE15 4A' }, 400],
    ['/services', { full: 'maybe' }, 400],
    ['/services', { modified_after: 'yesterday-ish' }, 400],
    ['/nothing-here', {}, 404],
  ];
  for (const [path, query, status] of errors) it(`${path} ${JSON.stringify(query)} -> ${status}`, () => expect(get(path, query).status).to.equal(status));

  it('per_page is capped and a page past the end is empty but valid', () => {
    expect(page(get('/services', { per_page: '100000' }).body).size).to.be.at.most(MAX_PER_PAGE);
    const past = get('/services', { page: '99' });
    expect(past.problems).to.deep.equal([]);
    expect(page(past.body)).to.include({ empty: true, size: 0, last_page: true });
  });

  it('the cache stays within its budget however the queries vary', () => {
    const fresh = new OrukApi(catalogue);
    for (let n = 1; n <= 200; n++) fresh.handle('/services', { full: 'true', per_page: String(n) });
    expect(fresh.cacheSize).to.be.above(0).and.at.most(CACHE_BYTES);
  });

  it('answers are cached: the same query gives the same response object and ETag', () => {
    const a = api.handle('/services', { per_page: '5' });
    expect(api.handle('/services', { per_page: '5' })).to.equal(a);
    expect(a.etag).to.match(/^"[\w-]+"$/);
    expect(api.handle('/services', { per_page: '6' }).etag).to.not.equal(a.etag);
  });
});

describe('ORUK 3.0 API with the local help', () => {
  const merged = withLocalHelp(catalogue, loadLocalHelpData());
  const local = new OrukApi(merged);
  const list = (query: Record<string, string>) => local.handle('/services', { per_page: '200', ...query }).body as Page<OrukServiceSummary>;

  it('lists the national and the local services, every page valid', () => {
    let total = 0;
    for (let n = 1; ; n++) {
      const r = local.handle('/services', { page: String(n), per_page: '100' });
      expect(orukResponseProblems('/services', r.body)).to.deep.equal([]);
      total += page(r.body).size;
      if (page(r.body).last_page) break;
    }
    expect(total).to.equal(merged.services.length).and.to.be.above(catalogue.services.length);
  });

  it("a postcode finds its own council's carer's assessment and not another council's", () => {
    const assessments = (postcode: string) =>
      list({ postcode, taxonomy_term_id: 'assessment' })
        .contents.map((s) => s.legacy_key)
        .filter((id) => id.startsWith('council-assessment-'));
    const halton = assessments('WA7 1AA');
    expect(halton).to.include('council-assessment-e06000006');
    expect(assessments('SE15 4AA')).to.not.include('council-assessment-e06000006');
  });
});
