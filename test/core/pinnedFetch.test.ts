/** The pinned fetch: connects only to addresses its lookup resolved and checked; the request goes out as asked. */
import { expect } from 'chai';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkedLookup, pinnedFetch, PrivateAddressError, type Resolve } from '../../core/pinnedFetch';

interface Seen {
  method?: string;
  host?: string;
  type?: string;
  body: string;
}

describe('core/pinnedFetch', () => {
  let server: Server;
  let port: number;
  const seen: Seen[] = [];
  let connections = 0;

  before(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method, host: req.headers.host, type: req.headers['content-type'], body });
        res.writeHead(req.url === '/moved' ? 302 : 201, { location: 'http://10.0.0.1/' });
        res.end('ok');
      });
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
    connections = 0;
  });

  const answers =
    (table: Record<string, string[]>): Resolve =>
    async (host) =>
      table[host] ?? [];

  it('posts to exactly the address the resolver gave, with the name as Host', async () => {
    const fetcher = pinnedFetch({ allowPrivate: true, resolve: answers({ 'hooks.example.org': ['127.0.0.1'] }) });
    const response = await fetcher(`http://hooks.example.org:${port}/x`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).to.equal(201);
    expect(await response.text()).to.equal('ok');
    expect(seen).to.deep.equal([{ method: 'POST', host: `hooks.example.org:${port}`, type: 'application/json', body: '{"a":1}' }]);
  });

  it('does not follow a redirect', async () => {
    const fetcher = pinnedFetch({ allowPrivate: true, resolve: answers({ 'hooks.example.org': ['127.0.0.1'] }) });
    const response = await fetcher(`http://hooks.example.org:${port}/moved`, { method: 'POST', body: 'x' });
    expect(response.status).to.equal(302);
    expect(seen).to.have.length(1);
  });

  const refusals: Array<[string, string, Record<string, string[]>]> = [
    ['a name that resolves to loopback', 'http://hooks.example.org:PORT/x', { 'hooks.example.org': ['127.0.0.1'] }],
    ['a name with one private address among public ones', 'http://hooks.example.org:PORT/x', { 'hooks.example.org': ['93.184.216.34', '127.0.0.1'] }],
    ['a name that resolves to nothing', 'http://hooks.example.org:PORT/x', {}],
    ['a loopback address written in the URL', 'http://127.0.0.1:PORT/x', {}],
    ['an IPv4-mapped loopback address in the URL', 'http://[::ffff:127.0.0.1]:PORT/x', {}],
  ];
  for (const [what, url, table] of refusals) {
    it(`refuses ${what} before connecting`, async () => {
      const fetcher = pinnedFetch({ resolve: answers(table) });
      const error = await fetcher(url.replace('PORT', String(port)), { method: 'POST', body: 'x' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(PrivateAddressError);
      expect(connections).to.equal(0);
      expect(seen).to.have.length(0);
    });
  }

  it('the lookup hands the socket only the checked addresses of the family asked for', async () => {
    const lookup = checkedLookup(false, answers({ 'two.example.org': ['93.184.216.34', '2606:2800:220:1::1'] }));
    const all = await new Promise((resolve) => lookup('two.example.org', { all: true }, (_e, a) => resolve(a)));
    expect(all).to.deep.equal([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
    const v6 = await new Promise((resolve) => lookup('two.example.org', { family: 6 }, (_e, a, f) => resolve([a, f])));
    expect(v6).to.deep.equal(['2606:2800:220:1::1', 6]);
  });
});
