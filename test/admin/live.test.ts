/** The store applied to the running bot: the organisations Map in place, the catalogue with local services and feeds. */
import { expect } from 'chai';
import { buildService, LiveOrganisations, MemoryAdminStore, type FeedSet } from '../../admin';
import { loadCatalogue, type Catalogue } from '../../catalogue';
import { loadOrganisations, openRoundTheClock } from '../../handoff/orgs';

const core = loadCatalogue();
const TODAY = '2026-12-07';
const silent = { warn: () => undefined };

function setUp(feeds?: (org: string, urls: string[]) => FeedSet) {
  const seed = loadOrganisations();
  const organisations = new Map(seed);
  const store = new MemoryAdminStore();
  const live = new LiveOrganisations({ store, organisations, seed, core, log: silent, today: () => TODAY, feeds });
  return { seed, organisations, store, live };
}

describe('admin live application', () => {
  it('replaces the organisation in the same Map when the store says it changed, and only from the seed files', async () => {
    const { organisations, store, live } = setUp();
    await live.start();
    const map = organisations;
    await store.write('demo', 'settings', { ...organisations.get('demo')!, name: 'Renamed' });
    await new Promise((r) => setImmediate(r));
    expect(organisations).to.equal(map);
    expect(organisations.get('demo')?.name).to.equal('Renamed');
    await store.write('nobody', 'settings', { ...organisations.get('demo')!, id: 'nobody' });
    await new Promise((r) => setImmediate(r));
    expect(organisations.has('nobody')).to.equal(false);
    live.stop();
  });

  it('applies the transform (DEMO_LINE_ALWAYS_OPEN) to saved settings too, while the editable copy keeps the real hours', async () => {
    const seed = loadOrganisations();
    const organisations = new Map(seed);
    const store = new MemoryAdminStore();
    const live = new LiveOrganisations({ store, organisations, seed, core, log: silent, today: () => TODAY, transform: openRoundTheClock });
    await store.write('demo', 'settings', {
      ...seed.get('demo')!,
      adviceLine: { ...seed.get('demo')!.adviceLine, hours: [{ byday: 'MO', opens_at: '10:00', closes_at: '11:00' }] },
    });
    await live.start();
    expect(organisations.get('demo')?.adviceLine.hours[0].closes_at).to.equal('24:00');
    expect(live.editable('demo')?.adviceLine.hours[0].closes_at).to.equal('11:00');
  });

  it('merges local services under the core; a retired one is kept but inactive', async () => {
    const { store, live } = setUp();
    await live.start();
    const built = buildService(
      'demo',
      {
        name: 'Cafe',
        description: 'A weekly drop-in cafe for carers to talk.',
        phone: '020 7123 4567',
        url: 'https://example.org/c',
        topics: ['peer_support'],
        areas: 'SE15',
      },
      [],
      core,
      [],
      TODAY,
    );
    if (!built.ok) throw new Error(built.problems.join());
    await store.write('demo', 'services', [{ service: built.service, checkedBy: 'Ada', checkedAt: TODAY }]);
    await live.refresh('demo');
    const catalogue = live.catalogue(core);
    expect(catalogue.services).to.have.length(core.services.length + 1);
    expect(catalogue.services.slice(0, core.services.length)).to.deep.equal(core.services);
    expect(live.catalogue(core)).to.equal(catalogue, 'memoised until something changes');
    await store.write('demo', 'services', [{ service: { ...built.service, status: 'inactive' }, checkedBy: 'Ada', checkedAt: TODAY }]);
    await live.refresh('demo');
    expect(live.catalogue(core).services.find((s) => s.id === built.service.id)?.status).to.equal('inactive');
  });

  it('starts feeds for subscribed URLs, stops them when unsubscribed, and merges what they bring', async () => {
    const started: string[] = [];
    const stopped: string[] = [];
    const feedCatalogue: Catalogue = { ...core, services: [...core.services, { ...core.services[0], id: 'feed-x--one', name: 'From a feed' }] };
    const { store, live } = setUp((_org, urls) => ({ current: () => feedCatalogue, start: () => started.push(...urls), stop: () => stopped.push(...urls) }));
    await live.start();
    await store.write('demo', 'feeds', ['https://a.example.org/feed']);
    await live.refresh('demo');
    expect(started).to.deep.equal(['https://a.example.org/feed']);
    expect(live.catalogue(core).services.map((s) => s.id)).to.include('feed-x--one');
    await store.write('demo', 'feeds', []);
    await live.refresh('demo');
    expect(stopped).to.deep.equal(['https://a.example.org/feed']);
    expect(live.catalogue(core).services.map((s) => s.id)).not.to.include('feed-x--one');
  });

  it('serves an uploaded logo only while it is the organisation’s logo', async () => {
    const { store, live, seed } = setUp();
    await live.start();
    const logo = { path: 'uploads/demo-abc.png', contentType: 'image/png' as const, base64: 'AA==' };
    await store.write('demo', 'logo', logo);
    await live.refresh('demo');
    expect(live.logo('uploads/demo-abc.png')).to.equal(undefined);
    await store.write('demo', 'settings', { ...seed.get('demo')!, logo: logo.path });
    await live.refresh('demo');
    expect(live.logo('uploads/demo-abc.png')).to.deep.equal(logo);
  });
});
