import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { loadCatalogue } from '../../catalogue';
import { serviceUuid } from '../../catalogue/oruk/ids';
import { orukResponseProblems } from '../../catalogue/oruk/schemas';
import type { BotApp } from '../../app';
import { createLogger } from '../../ops/logger';
import { mountOruk, mountOrukApi, ORUK_BASE } from '../../web/orukRoutes';
import type { MountedRoutes } from '../../web/routes';

const catalogue = loadCatalogue();

async function start(perMinute = 1000, now?: () => number): Promise<{ server: Server; base: string; mounted: MountedRoutes }> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  const mounted = mountOrukApi(server, { catalogue, perMinute, now });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}${ORUK_BASE}`, mounted };
}

async function stop(s: { server: Server; mounted: MountedRoutes }): Promise<void> {
  await s.mounted.close?.();
  await new Promise<void>((resolve) => s.server.close(() => resolve()));
}

describe('ORUK 3.0 API over HTTP (/oruk)', () => {
  let s: Awaited<ReturnType<typeof start>>;
  before(async () => (s = await start()));
  after(async () => stop(s));

  const paths: Array<[string, string]> = [
    ['/', '/'],
    ['', '/'],
    ['/services?per_page=5&page=2', '/services'],
    ['/services?full=true&per_page=3', '/services?full'],
    ['/services?postcode=SE15%204AA&search=carers', '/services'],
    ['/services?taxonomy_term_id=bereavement', '/services'],
    [`/services/${serviceUuid('macmillan-support-line')}`, '/services/x'],
    ['/services/macmillan-support-line', '/services/x'],
    ['/taxonomies', '/taxonomies'],
    ['/taxonomy_terms?per_page=50', '/taxonomy_terms'],
    ['/service_at_locations', '/service_at_locations'],
  ];
  for (const [path, schemaPath] of paths) {
    it(`GET ${ORUK_BASE}${path} -> 200 JSON that validates`, async () => {
      const res = await fetch(`${s.base}${path}`);
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^application\/json/);
      expect(res.headers.get('access-control-allow-origin')).to.equal('*');
      expect(res.headers.get('set-cookie')).to.equal(null);
      const full = schemaPath.endsWith('?full');
      expect(orukResponseProblems(schemaPath.replace('?full', ''), await res.json(), full)).to.deep.equal([]);
    });
  }

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetch(`${s.base}/services/macmillan-support-line`, { method: 'HEAD' });
    expect(res.status).to.equal(200);
    expect(res.headers.get('etag')).to.match(/^"/);
    expect(await res.text()).to.equal('');
  });

  it('serves the shipped openapi.json', async () => {
    const res = await fetch(`${s.base}/openapi.json`);
    expect(((await res.json()) as { info: { title: string } }).info.title).to.equal('Open Referral UK Profile');
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const first = await fetch(`${s.base}/services?per_page=3`);
    const etag = first.headers.get('etag')!;
    expect(etag).to.match(/^"[\w-]+"$/);
    const again = await fetch(`${s.base}/services?per_page=3`, { headers: { 'If-None-Match': etag } });
    expect(again.status).to.equal(304);
    expect(await again.text()).to.equal('');
  });

  const errors: Array<[string, number]> = [
    ['/services/no-such-service', 404],
    ['/services?page=0', 400],
    ['/services?postcode=SE15%204A', 400],
  ];
  for (const [path, status] of errors) {
    it(`GET ${path} -> ${status} with a JSON error, not cached`, async () => {
      const res = await fetch(`${s.base}${path}`);
      expect(res.status).to.equal(status);
      expect(res.headers.get('cache-control')).to.equal('no-store');
      expect(((await res.json()) as { error: { status: number } }).error.status).to.equal(status);
    });
  }

  it('limits each address: 429 with Retry-After, then serves again in the next window', async () => {
    let clock = 0;
    const limited = await start(3, () => clock);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${limited.base}/`)).status);
      expect(statuses).to.deep.equal([200, 200, 200, 429]);
      const refused = await fetch(`${limited.base}/services`);
      expect(refused.headers.get('retry-after')).to.equal('60');
      clock += 60_000;
      expect((await fetch(`${limited.base}/services`)).status).to.equal(200);
    } finally {
      await stop(limited);
    }
  });
});

describe('ORUK route module (as registered in web/routes.ts)', () => {
  it('serves the catalogue with the local help beside it', async () => {
    const server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser());
    const mounted = mountOruk(server, { app: { catalogue } as unknown as BotApp, logger: createLogger('silent'), state: { ready: true } }) ?? {};
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${ORUK_BASE}`;
      const body = (await (await fetch(`${base}/services?per_page=1`)).json()) as { total_items: number };
      expect(body.total_items).to.be.above(catalogue.services.length);
      expect((await fetch(`${base}/services/council-assessment-e06000006`)).status).to.equal(200);
    } finally {
      await stop({ server, mounted });
    }
  });

  it('serves the catalogue the bot has now: a feed swapped in shows at once', async () => {
    const server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser());
    const app = { catalogue } as { catalogue: typeof catalogue };
    const mounted = mountOruk(server, { app: app as unknown as BotApp, logger: createLogger('silent'), state: { ready: true } }) ?? {};
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${ORUK_BASE}`;
      const total = async () => ((await (await fetch(`${base}/services?per_page=1`)).json()) as { total_items: number }).total_items;
      const before = await total();
      app.catalogue = { ...catalogue, services: catalogue.services.slice(1) };
      expect(await total()).to.equal(before - 1);
    } finally {
      await stop({ server, mounted });
    }
  });
});
