/**
 * Liveness and readiness apart: /healthz says the process serves, /readyz that storage and the
 * hand-off queue answer within their budget (503 otherwise, so a load balancer sends no one here).
 */
import { expect } from 'chai';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { TimedStorage } from '../../storage';
import { HangingStorage } from '../storage/hangingStorage';

describe('web server: /healthz and /readyz', () => {
  let running: RunningApp;
  let inner: HangingStorage;

  beforeEach(async () => {
    inner = new HangingStorage();
    // A short budget keeps the unready case quick; the path is what is checked.
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', STORAGE_TIMEOUT_MS: '50' });
    running = await startServer(config, createLogger('silent'), { storage: new TimedStorage(inner, 50) }, '127.0.0.1');
  });
  afterEach(() => running.stop());

  it('both answer 200 while storage and queue answer', async () => {
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).to.equal(200);
    expect(await ready.json()).to.deep.equal({ status: 'ok', storage: 'ok', queue: 'ok' });
    expect((await fetch(`${running.url}/healthz`)).status).to.equal(200);
  });

  it('storage that hangs: /readyz is 503 naming storage, /healthz stays 200 (no restart loop)', async () => {
    inner.hanging = true;
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).to.equal(503);
    expect(await ready.json()).to.include({ status: 'unavailable', storage: 'unreachable', queue: 'ok' });
    expect((await fetch(`${running.url}/healthz`)).status).to.equal(200);
  });

  it('a queue that cannot be reached: /readyz is 503 naming the queue', async () => {
    running.app.queue.ping = () => Promise.reject(new Error('down'));
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).to.equal(503);
    expect(await ready.json()).to.include({ storage: 'ok', queue: 'unreachable' });
  });

  it('/api/messages accepts only JSON: a form or plain text gets 415 and the bot never runs', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body: 'type=message' });
      expect(response.status, type).to.equal(415);
    }
    expect(inner.calls, 'storage untouched').to.equal(0);
  });

  it('HSTS only when served over https', async () => {
    expect((await fetch(`${running.url}/healthz`)).headers.get('strict-transport-security')).to.equal(null);
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', PUBLIC_URL: 'https://bot.example.org' });
    const secure = await startServer(config, createLogger('silent'), {}, '127.0.0.1');
    try {
      expect((await fetch(`${secure.url}/healthz`)).headers.get('strict-transport-security')).to.match(/max-age=\d+/);
    } finally {
      await secure.stop();
    }
  });
});
