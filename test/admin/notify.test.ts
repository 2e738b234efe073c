/** An organisation's own webhook: called for urgent notices, never when its host now resolves to a private address. */
import { expect } from 'chai';
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
});
