/**
 * Two instances (`node dist/server.mjs`) on one Redis: an admin changes the greeting and adds a
 * local service through instance A's admin API; instance B, never restarted, shows the greeting
 * in the chat page and its bot offers the service (the admin store's Redis pub/sub notification).
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { totpCode } from '../../advisor/totp';
import { buildServer, startInstance, type Instance } from '../../bench/scale/instances';
import { RedisServer } from '../../bench/scale/redisServer';
import { messageActivity, postMessage } from '../../bench/scale/messages';

const PASSWORD = 'correct horse battery';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const GREETING = 'Hello from both of our instances.';
const SERVICE = 'Nunhead Carers Walk';

async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never: ${what}`);
}

describe('admin changes reach a second instance on Redis without a restart', function () {
  this.timeout(300_000);
  let redis: RedisServer;
  let a: Instance;
  let b: Instance;
  let dir: string;

  before(async () => {
    buildServer();
    dir = mkdtempSync(path.join(tmpdir(), 'admin-instances-'));
    const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    AccountStore.inDir(dir).add({ username: 'ada', name: 'Ada', org: 'demo', role: 'admin', languages: ['en'], passwordHash, totpSecret: SECRET });
    redis = await RedisServer.start();
    [a, b] = await Promise.all([startInstance(redis, { ADVISOR_DIR: dir }), startInstance(redis, { ADVISOR_DIR: dir })]);
  });

  after(async () => {
    await Promise.all([a?.kill('SIGTERM'), b?.kill('SIGTERM')]);
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('instance B shows A’s new greeting and offers A’s new local service', async () => {
    let cookie = '';
    const call = async (method: string, route: string, body?: unknown, csrf = '') => {
      const response = await fetch(`${a.url}${route}`, {
        method,
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      for (const set of response.headers.getSetCookie()) cookie = [cookie, set.split(';')[0]].filter(Boolean).join('; ');
      return { status: response.status, data: (await response.json()) as Record<string, unknown> };
    };
    const login = (await call('GET', '/advisor/api/me')).data.csrfToken as string;
    const signedIn = await call('POST', '/advisor/api/sign-in', { username: 'ada', password: PASSWORD, code: totpCode(SECRET, Date.now()) }, login);
    expect(signedIn.status, a.log).to.equal(200);
    const csrf = signedIn.data.csrfToken as string;
    const settings = (await call('GET', '/advisor/api/admin/org')).data.settings as Record<string, unknown>;
    expect((await call('POST', '/advisor/api/admin/settings', { settings: { ...settings, greeting: { en: GREETING } } }, csrf)).status).to.equal(200);
    const saved = await call(
      'POST',
      '/advisor/api/admin/services/save',
      {
        service: {
          name: SERVICE,
          description: 'A weekly walk for carers in Nunhead, with tea after.',
          phone: '020 7123 4567',
          url: 'https://example.org/walk',
          topics: ['peer_support'],
          areas: 'SE15',
        },
      },
      csrf,
    );
    expect(saved.status, JSON.stringify(saved.data)).to.equal(200);

    await eventually('B shows the greeting', async () => (await fetch(`${b.url}/chat?org=demo`).then((r) => r.text())).includes(GREETING));
    const reply = await postMessage(
      b.url,
      messageActivity('admin-b', 'b-1', 'I look after my mum and I would like to meet other carers, I live in SE15', { from: 'p-b' }),
    ).then((r) => r.text());
    expect(reply).to.include(SERVICE);
  });
});
