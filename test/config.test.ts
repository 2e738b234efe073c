import { expect } from 'chai';
import { ConfigError, loadConfig } from '../config';

type Env = Record<string, string | undefined>;

const SINGLE_TENANT: Env = {
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
};

function configError(env: Env): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has safe local defaults', () => {
    const config = loadConfig({});
    expect(config.port).to.equal(3978);
    expect(config.storage.kind).to.equal('lowdb');
    expect(config.stateIdleMs).to.equal(24 * 3_600_000);
    expect(config.production).to.equal(false);
    expect(config.identity).to.equal(undefined);
    expect(config.allowUnauthenticated).to.equal(false);
    expect(config.publicUrl).to.equal('http://localhost:3978');
    expect(config.clu).to.equal(undefined);
  });

  it('reads nothing but the env it is given', () => {
    const saved = process.env.PORT;
    process.env.PORT = 'abc';
    try {
      expect(loadConfig({}).port).to.equal(3978);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });

  const bad: Array<{ why: string; env: Env; variable: string }> = [
    { why: 'a port that is not a number', env: { PORT: 'abc' }, variable: 'PORT' },
    { why: 'a port out of range', env: { PORT: '70000' }, variable: 'PORT' },
    { why: 'a negative port', env: { PORT: '-1' }, variable: 'PORT' },
    { why: 'an unknown storage', env: { STORAGE: 'sqlite' }, variable: 'STORAGE' },
    { why: 'zero idle hours', env: { STATE_IDLE_HOURS: '0' }, variable: 'STATE_IDLE_HOURS' },
    { why: 'fractional idle hours', env: { STATE_IDLE_HOURS: '1.5' }, variable: 'STATE_IDLE_HOURS' },
    { why: 'a multi-tenant bot', env: { ...SINGLE_TENANT, MicrosoftAppType: 'MultiTenant' }, variable: 'MicrosoftAppType' },
    { why: 'an app id without a type', env: { ...SINGLE_TENANT, MicrosoftAppType: undefined }, variable: 'MicrosoftAppType' },
    { why: 'a missing tenant', env: { ...SINGLE_TENANT, MicrosoftAppTenantId: undefined }, variable: 'MicrosoftAppTenantId' },
    { why: 'a blank tenant', env: { ...SINGLE_TENANT, MicrosoftAppTenantId: '  ' }, variable: 'MicrosoftAppTenantId' },
    { why: 'SingleTenant without a password', env: { ...SINGLE_TENANT, MicrosoftAppPassword: undefined }, variable: 'MicrosoftAppPassword' },
    { why: 'redis without a URL', env: { STORAGE: 'redis' }, variable: 'REDIS_URL' },
    { why: 'a public URL without a scheme', env: { PUBLIC_URL: 'bot.example.org' }, variable: 'PUBLIC_URL' },
    { why: 'a public URL with another scheme', env: { PUBLIC_URL: 'ftp://bot.example.org' }, variable: 'PUBLIC_URL' },
    { why: 'a public URL with no host', env: { PUBLIC_URL: 'https://' }, variable: 'PUBLIC_URL' },
    { why: 'a public URL with a space in the host', env: { PUBLIC_URL: 'https://bot example.org' }, variable: 'PUBLIC_URL' },
    { why: 'a password without an app id (would run unauthenticated)', env: { ...SINGLE_TENANT, MicrosoftAppId: undefined }, variable: 'MicrosoftAppId' },
    { why: 'an app type alone', env: { MicrosoftAppType: 'SingleTenant' }, variable: 'MicrosoftAppId' },
    { why: 'a plain-http CLU endpoint', env: { CLU_ENDPOINT: 'http://clu.example.org', CLU_KEY: 'k', CLU_PROJECT: 'p' }, variable: 'CLU_ENDPOINT' },
    { why: 'a CLU endpoint with no host', env: { CLU_ENDPOINT: 'https://', CLU_KEY: 'k', CLU_PROJECT: 'p' }, variable: 'CLU_ENDPOINT' },
    { why: 'CLU without a key', env: { CLU_ENDPOINT: 'https://clu.example.org', CLU_PROJECT: 'p' }, variable: 'CLU_KEY' },
    { why: 'a Content Safety key without an endpoint', env: { CONTENT_SAFETY_KEY: 'k' }, variable: 'CONTENT_SAFETY_ENDPOINT' },
    { why: 'a Content Safety endpoint without a key', env: { CONTENT_SAFETY_ENDPOINT: 'https://cs.example.org' }, variable: 'CONTENT_SAFETY_KEY' },
    {
      why: 'a plain-http Content Safety endpoint',
      env: { CONTENT_SAFETY_ENDPOINT: 'http://cs.example.org', CONTENT_SAFETY_KEY: 'k' },
      variable: 'CONTENT_SAFETY_ENDPOINT',
    },
    { why: 'a Content Safety budget over 1 s (crisis replies within 3 s)', env: { CONTENT_SAFETY_TIMEOUT_MS: '1500' }, variable: 'CONTENT_SAFETY_TIMEOUT_MS' },
    { why: 'a self-harm threshold off the 0-7 scale', env: { CONTENT_SAFETY_SELF_HARM_THRESHOLD: '8' }, variable: 'CONTENT_SAFETY_SELF_HARM_THRESHOLD' },
    {
      why: 'a violence threshold of 0 (everything would be urgent)',
      env: { CONTENT_SAFETY_VIOLENCE_THRESHOLD: '0' },
      variable: 'CONTENT_SAFETY_VIOLENCE_THRESHOLD',
    },
    { why: 'an unknown log level', env: { LOG_LEVEL: 'loud' }, variable: 'LOG_LEVEL' },
    { why: 'a flag that is not a boolean', env: { ALLOW_UNAUTHENTICATED: 'maybe' }, variable: 'ALLOW_UNAUTHENTICATED' },
    { why: 'production without an identity', env: { NODE_ENV: 'production' }, variable: 'MicrosoftAppId' },
  ];
  for (const { why, env, variable } of bad) {
    it(`refuses ${why}, naming ${variable}`, () => {
      const error = configError(env);
      expect(error.variable).to.equal(variable);
      expect(error.message).to.include(variable);
    });
  }

  it('accepts production without an identity only with the explicit opt-in', () => {
    const config = loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true' });
    expect(config.production).to.equal(true);
    expect(config.identity).to.equal(undefined);
    expect(config.allowUnauthenticated).to.equal(true);
  });

  it('accepts production with a SingleTenant identity', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...SINGLE_TENANT });
    expect(config.identity).to.deep.equal({
      appType: 'SingleTenant',
      appId: SINGLE_TENANT.MicrosoftAppId,
      appPassword: 'secret',
      tenantId: SINGLE_TENANT.MicrosoftAppTenantId,
    });
  });

  it('accepts a user-assigned managed identity without a password', () => {
    const config = loadConfig({ ...SINGLE_TENANT, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: undefined });
    expect(config.identity?.appType).to.equal('UserAssignedMSI');
    expect(config.identity?.appPassword).to.equal(undefined);
  });

  const good: Array<{ why: string; env: Env; check: (c: ReturnType<typeof loadConfig>) => unknown; expected: unknown }> = [
    { why: 'port 0 (any free port)', env: { PORT: '0' }, check: (c) => c.port, expected: 0 },
    { why: 'memory storage', env: { STORAGE: 'memory' }, check: (c) => c.storage.kind, expected: 'memory' },
    {
      why: 'redis with a URL',
      env: { STORAGE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' },
      check: (c) => c.storage.redisUrl,
      expected: 'redis://127.0.0.1:6379',
    },
    { why: 'idle hours', env: { STATE_IDLE_HOURS: '48' }, check: (c) => c.stateIdleMs, expected: 48 * 3_600_000 },
    {
      why: 'a public URL without its trailing slash',
      env: { PUBLIC_URL: 'https://bot.example.org/' },
      check: (c) => c.publicUrl,
      expected: 'https://bot.example.org',
    },
    { why: 'a public URL from the port', env: { PORT: '8080' }, check: (c) => c.publicUrl, expected: 'http://localhost:8080' },
    {
      why: 'CLU over https',
      env: { CLU_ENDPOINT: 'https://clu.example.org', CLU_KEY: 'k', CLU_PROJECT: 'p' },
      check: (c) => c.clu?.deploymentName,
      expected: 'production',
    },
    { why: 'no Content Safety unless configured', env: {}, check: (c) => c.contentSafety, expected: undefined },
    {
      why: 'Content Safety with its defaults',
      env: { CONTENT_SAFETY_ENDPOINT: 'https://cs.example.org/', CONTENT_SAFETY_KEY: 'k' },
      check: (c) => c.contentSafety,
      expected: { endpoint: 'https://cs.example.org/', key: 'k', timeoutMs: 700, thresholds: { selfHarm: 4, violence: 4 } },
    },
    {
      why: 'Content Safety thresholds and budget set',
      env: {
        CONTENT_SAFETY_ENDPOINT: 'https://cs.example.org',
        CONTENT_SAFETY_KEY: 'k',
        CONTENT_SAFETY_TIMEOUT_MS: '400',
        CONTENT_SAFETY_SELF_HARM_THRESHOLD: '2',
        CONTENT_SAFETY_VIOLENCE_THRESHOLD: '6',
      },
      check: (c) => [c.contentSafety?.timeoutMs, c.contentSafety?.thresholds],
      expected: [400, { selfHarm: 2, violence: 6 }],
    },
    { why: 'blank values as unset', env: { PORT: '  ', STORAGE: '' }, check: (c) => [c.port, c.storage.kind], expected: [3978, 'lowdb'] },
  ];
  for (const { why, env, check, expected } of good) {
    it(`accepts ${why}`, () => {
      expect(check(loadConfig(env))).to.deep.equal(expected);
    });
  }
});
