/** An organisation's own webhook: called for urgent notices, never when its host now resolves to a private address. */
import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notifyOrganisation } from '../../admin';
import { loadOrganisations } from '../../handoff/orgs';
import type { HandoffNotice } from '../../handoff/notify';

const demo = loadOrganisations().get('demo')!;
const notice: HandoffNotice = {
  org: 'demo',
  orgName: demo.name,
  level: 'urgent',
  categories: ['suicide_self_harm'],
  channel: 'webchat',
  language: 'en',
  reason: 'handoff',
  at: new Date('2026-12-07T12:00:00Z'),
  consoleUrl: 'https://bot.example/advisor',
  reference: 'abcd1234',
};

function recorder() {
  const calls: string[] = [];
  const warnings: string[] = [];
  const fetcher = (async (url: string | URL | Request) => {
    calls.push(String(url));
    return new Response(null, { status: 204 });
  }) as typeof fetch;
  return { calls, warnings, fetcher, logger: { warn: (_f: Record<string, unknown>, m: string) => void warnings.push(m) } };
}

describe('organisation webhook', () => {
  it('posts the notice to a webhook on a public address', async () => {
    const r = recorder();
    await notifyOrganisation({ ...demo, notifyWebhook: 'https://hooks.example.org/x' }, notice, r.logger, async () => ['93.184.216.34'], r.fetcher);
    expect(r.calls).to.deep.equal(['https://hooks.example.org/x']);
  });

  it('does not call a webhook whose host now resolves to a private address, and says so without the URL', async () => {
    const r = recorder();
    await notifyOrganisation({ ...demo, notifyWebhook: 'https://hooks.example.org/secret' }, notice, r.logger, async () => ['10.0.0.8'], r.fetcher);
    expect(r.calls).to.deep.equal([]);
    expect(r.warnings).to.deep.equal(['organisation webhook refused: its address is not public']);
  });

  it('does nothing for an organisation without a webhook', async () => {
    const r = recorder();
    await notifyOrganisation(demo, notice, r.logger, async () => ['93.184.216.34'], r.fetcher);
    expect(r.calls).to.deep.equal([]);
  });

  describe('DNS rebinding: the name answers the check with a public address and the send with a private one', () => {
    let server: Server;
    let port: number;
    let connections = 0;
    before(async () => {
      server = createServer((_req, res) => {
        res.statusCode = 204;
        res.end();
      });
      server.on('connection', () => connections++);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('refuses the connection: the real (pinned) send never reaches the private address, and says so without the URL', async () => {
      const asked: string[] = [];
      // A DNS server playing the trick: public for the check, loopback (where a server listens) afterwards.
      const rebinding = async (host: string) => {
        asked.push(host);
        return asked.length === 1 ? ['93.184.216.34'] : ['127.0.0.1'];
      };
      const warnings: Array<[Record<string, unknown>, string]> = [];
      const logger = { warn: (fields: Record<string, unknown>, message: string) => void warnings.push([fields, message]) };
      const webhook = `https://hooks.example.org:${port}/secret`;
      await notifyOrganisation({ ...demo, notifyWebhook: webhook }, notice, logger, rebinding);
      expect(asked.length, 'the check and then the send resolved the name').to.be.greaterThan(1);
      expect(connections).to.equal(0);
      expect(warnings.map(([, m]) => m)).to.deep.equal(['advice-line notification failed']);
      expect(warnings[0][0]).to.include({ org: 'demo', error: 'PrivateAddressError' });
      expect(JSON.stringify(warnings)).not.to.include('secret');
    });
  });
});
