/** Behind a proxy (TRUST_PROXY), Direct Line token rate limits count each client, not the proxy; unset, the header is ignored. */
import { expect } from 'chai';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';

describe('Direct Line rate limits behind a proxy', () => {
  let running: RunningApp | undefined;
  afterEach(async () => running?.stop());

  async function start(env: Record<string, string>): Promise<string> {
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', DIRECTLINE_TOKENS_PER_MINUTE: '1', ...env });
    running = await startServer(config, createLogger('silent'), {}, '127.0.0.1');
    return running.url;
  }
  const token = (base: string, forwardedFor: string) =>
    fetch(`${base}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor } }).then((r) => r.status);

  it('TRUST_PROXY=1: two people behind the proxy each get their token; one person asking again is limited', async () => {
    const base = await start({ TRUST_PROXY: '1' });
    expect(await token(base, '203.0.113.1')).to.equal(200);
    expect(await token(base, '203.0.113.2')).to.equal(200);
    expect(await token(base, '203.0.113.1')).to.equal(429);
  });

  it('unset: a forged header does not buy a fresh allowance', async () => {
    const base = await start({});
    expect(await token(base, '203.0.113.1')).to.equal(200);
    expect(await token(base, '203.0.113.2')).to.equal(429);
  });
});
