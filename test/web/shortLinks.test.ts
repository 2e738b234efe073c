/** Short links for SMS: a service's long address redirects; anything else is 404 (never an open redirect). */
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { loadCatalogue } from '../../catalogue';
import { loadLocalHelpData } from '../../catalogue/localHelpData';
import { withLocalHelp } from '../../catalogue/oruk/localHelpServices';
import { shortLinkFor, shortLinkKey, smsShortLinks } from '../../channels/shortLinks';
import { mountShortLinksOn, shortLinkIndex } from '../../web/shortLinks';

const catalogue = withLocalHelp(loadCatalogue(), loadLocalHelpData());

describe('short links (/s/<key>)', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = restify.createServer({ handleUncaughtExceptions: false });
    mountShortLinksOn(server, () => catalogue);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('every service address of the catalogue and the local help has its own key', () => {
    const urls = new Set(catalogue.services.flatMap((s) => (s.url ? [s.url] : [])));
    expect(urls.size).to.be.greaterThan(100);
    expect(shortLinkIndex(catalogue).size).to.equal(urls.size);
  });

  it('redirects a service’s short link to its address', async () => {
    const url = catalogue.services.find((s) => (s.url ?? '').length > 60)!.url!;
    const link = shortLinkFor(base)(url);
    expect(link).to.match(/\/s\/[\w-]{8}$/);
    const res = await fetch(link, { redirect: 'manual' });
    expect(res.status).to.equal(302);
    expect(res.headers.get('location')).to.equal(url);
  });

  it('404 for an address the catalogue does not have, and for nonsense', async () => {
    for (const key of [shortLinkKey('https://evil.example/phish'), 'nonsense', '']) {
      const res = await fetch(`${base}/s/${key}`, { redirect: 'manual' });
      expect(res.status, key).to.equal(404);
      expect(res.headers.get('location')).to.equal(null);
    }
  });

  it('the same key on every instance and after a restart: a hash of the address', () => {
    expect(shortLinkKey('https://www.carersuk.org/help')).to.equal(shortLinkKey('https://www.carersuk.org/help'));
    expect(shortLinkFor('https://bot.example/')('https://www.carersuk.org/help')).to.equal(
      `https://bot.example/s/${shortLinkKey('https://www.carersuk.org/help')}`,
    );
  });

  it('SMS uses them only where the bot is public over https', () => {
    expect(smsShortLinks('https://bot.example.org')?.('https://www.carersuk.org/help')).to.match(/^https:\/\/bot\.example\.org\/s\//);
    for (const local of ['http://localhost:3978', 'https://localhost:3978', 'http://bot.example.org']) expect(smsShortLinks(local), local).to.equal(undefined);
  });
});
