/**
 * Azure mode: POST /api/directline/token exchanges the secret with the Direct Line service
 * (a local fake here; the config is built directly, as loadConfig requires https).
 */
import { expect } from 'chai';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { call, type TokenReply } from '../directline/httpClient';

const SECRET = 'the-direct-line-secret-abc123';

interface Seen {
  url: string;
  authorization?: string;
  body: { user?: { id?: string } };
}

/** Stands in for directline.botframework.com: answers tokens/generate with `status`. */
class FakeDirectLineService {
  readonly seen: Seen[] = [];
  status = 200;
  private server?: HttpServer;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        this.seen.push({ url: req.url ?? '', authorization: req.headers.authorization, body: body ? JSON.parse(body) : {} });
        res.writeHead(this.status, { 'content-type': 'application/json' });
        res.end(
          this.status === 200
            ? JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 })
            : '{"error":{"code":"BadArgument"}}',
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v3/directline`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function azureConfig(endpoint: string, tokensPerMinute = 100): Config {
  const base = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'info' });
  return { ...base, directLine: { mode: 'azure', secret: SECRET, endpoint, tokensPerMinute } };
}

describe('Direct Line token route in Azure mode', function () {
  this.timeout(20_000);
  const fake = new FakeDirectLineService();
  let endpoint: string;
  let running: RunningApp;
  let logs: string[];

  before(async () => (endpoint = await fake.start()));
  after(() => fake.stop());
  beforeEach(async () => {
    fake.status = 200;
    fake.seen.length = 0;
    logs = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => void (logs.push(chunk.toString()), done()) });
    running = await startServer(azureConfig(endpoint, 3), createLogger('info', sink));
  });
  afterEach(() => running.stop());

  it('exchanges the secret server-side for a token with a generated user id; the secret never reaches the browser', async () => {
    const reply = await call<TokenReply>('POST', `${running.url}/api/directline/token`, { body: { user: { id: 'chosen-by-page' } } });
    expect(reply.status).to.equal(200);
    expect(reply.body).to.deep.include({ token: 'azure-token-1', conversationId: 'azure-conv-1', expires_in: 3600, domain: endpoint });
    expect(reply.body.userId).to.match(/^dl_/);
    expect(reply.headers.get('cache-control')).to.equal('no-store');
    expect(JSON.stringify(reply.body)).not.to.include(SECRET);
    expect(fake.seen).to.deep.equal([{ url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}`, body: { user: { id: reply.body.userId } } }]);
  });

  const failures: Array<[string, () => Promise<void> | void]> = [
    ['the service refuses', () => void (fake.status = 403)],
    ['the service fails', () => void (fake.status = 500)],
  ];
  for (const [why, arrange] of failures) {
    it(`answers 502 when ${why}, and logs no secret`, async () => {
      await arrange();
      const reply = await call('POST', `${running.url}/api/directline/token`);
      expect(reply.status).to.equal(502);
      expect(JSON.stringify(reply.body)).not.to.include(SECRET);
      expect(logs.join('')).to.include('direct line token exchange failed');
      expect(logs.join('')).not.to.include(SECRET);
    });
  }

  it('is rate-limited per client address (429 with Retry-After)', async () => {
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await call('POST', `${running.url}/api/directline/token`));
    expect(replies.map((r) => r.status)).to.deep.equal([200, 200, 200, 429]);
    expect(Number(replies[3].headers.get('retry-after'))).to.be.within(1, 60);
    expect(fake.seen).to.have.length(3);
  });

  it('does not mount the local endpoint', async () => {
    expect((await call('POST', `${running.url}/v3/directline/tokens/generate`)).status).to.equal(404);
    expect((await call('POST', `${running.url}/v3/directline/conversations`)).status).to.equal(404);
  });
});

describe('Direct Line token route when the service cannot be reached', function () {
  this.timeout(20_000);
  it('answers 502', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const running = await startServer(azureConfig(`http://127.0.0.1:${port}/v3/directline`), createLogger('silent'));
    try {
      expect((await call('POST', `${running.url}/api/directline/token`)).status).to.equal(502);
    } finally {
      await running.stop();
    }
  });
});
