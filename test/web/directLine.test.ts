/**
 * The local Direct Line endpoint on the real server (startServer, wired through web/routes.ts):
 * token scope, paging, refusals, rate limit, the connector side and the WebSocket stream.
 */
import { expect } from 'chai';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ActivitySet } from '../../directline/conversations';
import { loadConfig } from '../../config';
import { translatorFor } from '../../i18n';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { activitiesUntil, call, startConversation, StreamReader, type TokenReply } from '../directline/httpClient';

const WELCOME = translatorFor('en')('common.welcome.hello');
const hasWelcome = (activities: Array<{ text?: string }>) => activities.some(hasWelcomeIn);

async function start(env: Record<string, string> = {}): Promise<RunningApp> {
  return startServer(loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', DIRECTLINE_TOKENS_PER_MINUTE: '10000', ...env }), createLogger('silent'));
}

describe('local Direct Line endpoint', function () {
  this.timeout(20_000);
  let running: RunningApp;
  before(async () => (running = await start()));
  after(() => running.stop());

  it('the token route returns a token for this endpoint, never cached, with no CORS opening', async () => {
    const reply = await call<TokenReply>('POST', `${running.url}/api/directline/token`);
    expect(reply.status).to.equal(200);
    expect(reply.body.domain).to.equal(`${running.url}/v3/directline`);
    expect(reply.body.userId).to.match(/^dl_[A-Za-z0-9_-]{16}$/);
    expect(reply.body.token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(reply.body.expires_in).to.equal(1800);
    expect(reply.headers.get('cache-control')).to.equal('no-store');
    expect(reply.headers.get('access-control-allow-origin')).to.equal(null);
  });

  it('starting the conversation sends the bot a conversationUpdate, so the welcome is there', async () => {
    const started = await startConversation(running.url);
    expect(started.streamUrl).to.match(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${started.conversationId}/stream\\?t=`));
    const page = await activitiesUntil(started.domain, started.token, started.conversationId, hasWelcome);
    const welcome = page.activities.find(hasWelcomeIn)!;
    expect(welcome.from).to.include({ role: 'bot' });
    expect(welcome).not.to.have.property('serviceUrl');
  });

  it('starts a conversation without a token too, like the service', async () => {
    const reply = await call<{ conversationId: string; token: string; streamUrl: string }>('POST', `${running.url}/v3/directline/conversations`);
    expect(reply.status).to.equal(201);
    expect(reply.body.streamUrl).to.include(reply.body.conversationId);
  });

  it("posts as the token's user whatever from.id says, and pages by watermark", async () => {
    const started = await startConversation(running.url);
    const { domain, token, conversationId } = started;
    const first = await activitiesUntil(domain, token, conversationId, hasWelcome);
    const posted = await call<{ id: string }>('POST', `${domain}/conversations/${conversationId}/activities`, {
      token,
      body: { type: 'message', text: 'hello', from: { id: 'dl_somebody_else', name: 'Me' }, channelData: { clientActivityID: 'c-1' } },
    });
    expect(posted.status).to.equal(200);
    expect(posted.body.id).to.match(new RegExp(`^${conversationId}\\|\\d{7}$`));
    const next = await activitiesUntil(domain, token, conversationId, (list) => list.some((a) => a.replyToId === posted.body.id), first.watermark);
    expect(next.activities[0]).to.deep.include({ id: posted.body.id, text: 'hello', channelData: { clientActivityID: 'c-1' } });
    expect(next.activities[0].from).to.deep.equal({ id: started.userId, name: 'Me', role: 'user' });
    expect(next.activities.some(hasWelcomeIn)).to.equal(false);
    expect(Number(next.watermark)).to.be.greaterThan(Number(first.watermark));
    const none = await call<ActivitySet>('GET', `${domain}/conversations/${conversationId}/activities?watermark=${next.watermark}`, { token });
    expect(none.body).to.deep.equal({ activities: [], watermark: next.watermark });
  });

  describe('refusals', () => {
    let mine: TokenReply & { streamUrl: string };
    let theirs: TokenReply & { streamUrl: string };
    before(async () => {
      mine = await startConversation(running.url);
      theirs = await startConversation(running.url);
    });
    const cases: Array<{ name: string; status: number; request: () => [string, string, { token?: string; body?: unknown }] }> = [
      {
        name: "reading another person's conversation",
        status: 403,
        request: () => ['GET', `${mine.domain}/conversations/${theirs.conversationId}/activities`, { token: mine.token }],
      },
      {
        name: "posting into another person's conversation",
        status: 403,
        request: () => [
          'POST',
          `${mine.domain}/conversations/${theirs.conversationId}/activities`,
          { token: mine.token, body: { type: 'message', text: 'x' } },
        ],
      },
      {
        name: "reconnecting to another person's conversation",
        status: 403,
        request: () => ['GET', `${mine.domain}/conversations/${theirs.conversationId}`, { token: mine.token }],
      },
      { name: 'reading without a token', status: 403, request: () => ['GET', `${mine.domain}/conversations/${mine.conversationId}/activities`, {}] },
      {
        name: 'reading with a made-up token',
        status: 403,
        request: () => ['GET', `${mine.domain}/conversations/${mine.conversationId}/activities`, { token: 'abc' }],
      },
      { name: 'refreshing a made-up token', status: 403, request: () => ['POST', `${mine.domain}/tokens/refresh`, { token: 'abc' }] },
      {
        name: 'a watermark that is not a number',
        status: 400,
        request: () => ['GET', `${mine.domain}/conversations/${mine.conversationId}/activities?watermark=abc`, { token: mine.token }],
      },
      {
        name: 'an activity without a type',
        status: 400,
        request: () => ['POST', `${mine.domain}/conversations/${mine.conversationId}/activities`, { token: mine.token, body: { text: 'hi' } }],
      },
      {
        name: 'an activity type only the service sends',
        status: 400,
        request: () => ['POST', `${mine.domain}/conversations/${mine.conversationId}/activities`, { token: mine.token, body: { type: 'conversationUpdate' } }],
      },
      {
        name: 'an activity with text that is not text',
        status: 400,
        request: () => [
          'POST',
          `${mine.domain}/conversations/${mine.conversationId}/activities`,
          { token: mine.token, body: { type: 'message', text: { a: 1 } } },
        ],
      },
      {
        name: 'an oversized activity',
        status: 400,
        request: () => [
          'POST',
          `${mine.domain}/conversations/${mine.conversationId}/activities`,
          { token: mine.token, body: { type: 'message', text: 'x'.repeat(1100 * 1024) } },
        ],
      },
      {
        name: 'a file upload (not implemented)',
        status: 501,
        request: () => ['POST', `${mine.domain}/conversations/${mine.conversationId}/upload`, { token: mine.token }],
      },
    ];
    for (const { name, status, request } of cases) {
      it(`${name}: ${status}`, async () => {
        const [method, url, options] = request();
        const reply = await call<{ error: { code: string } }>(method, url, options);
        expect(reply.status).to.equal(status);
        expect(reply.body.error.code).to.be.a('string');
      });
    }

    it("nothing refused reached the other person's conversation", async () => {
      const page = await call<ActivitySet>('GET', `${theirs.domain}/conversations/${theirs.conversationId}/activities`, { token: theirs.token });
      expect(page.body.activities.filter((a) => a.from?.role === 'user')).to.deep.equal([]);
    });
  });

  it('refresh gives a working token for the same conversation', async () => {
    const started = await startConversation(running.url);
    const refreshed = await call<TokenReply>('POST', `${started.domain}/tokens/refresh`, { token: started.token });
    expect(refreshed.status).to.equal(200);
    expect(refreshed.body.conversationId).to.equal(started.conversationId);
    expect(refreshed.body.token).not.to.equal(started.token);
    const page = await call('GET', `${started.domain}/conversations/${started.conversationId}/activities`, { token: refreshed.body.token });
    expect(page.status).to.equal(200);
  });

  describe('connector routes (the bot side)', () => {
    let started: TokenReply & { streamUrl: string };
    /** The serviceUrl the bot is told (this process's connector and its secret), as a middleware sees it. */
    let serviceUrl = '';
    before(async () => {
      running.app.adapter.use({
        onTurn: async (context, next) => {
          serviceUrl ||= context.activity.serviceUrl ?? '';
          await next();
        },
      });
      started = await startConversation(running.url);
      const page = await activitiesUntil(started.domain, started.token, started.conversationId, hasWelcome);
      await call('POST', `${started.domain}/conversations/${started.conversationId}/activities`, {
        token: started.token,
        body: { type: 'message', text: 'hello' },
      });
      expect(JSON.stringify(page), 'clients never see the connector secret').not.to.include('/connector');
    });
    const connector = () => `${serviceUrl}/v3/conversations/${started.conversationId}`;

    it("is told to the bot with this process's secret, which no client sees", async () => {
      expect(serviceUrl).to.match(/\/v3\/directline\/connector\/[0-9a-f]{32}$/);
      const page = await call<ActivitySet>('GET', `${started.domain}/conversations/${started.conversationId}/activities`, { token: started.token });
      expect(
        page.body.activities.some((a) => a.from?.role === 'user'),
        'the user message is there',
      ).to.equal(true);
      expect(JSON.stringify(page.body)).not.to.include('/connector');
    });

    it('refuse a loopback request without the secret, or with another one (a reverse proxy on this host is loopback too)', async () => {
      const base = `${running.url}/v3/directline/connector`;
      for (const url of [
        `${base}/v3/conversations/${started.conversationId}/activities`,
        `${base}/${'0'.repeat(32)}/v3/conversations/${started.conversationId}/activities`,
      ]) {
        const reply = await call('POST', url, { body: { type: 'message', text: 'spoofed' } });
        expect([403, 404], url).to.include(reply.status);
      }
      const page = await call<ActivitySet>('GET', `${started.domain}/conversations/${started.conversationId}/activities`, { token: started.token });
      expect(JSON.stringify(page.body)).not.to.include('spoofed');
    });

    it('refuse anything that came through a proxy (not this process)', async () => {
      const reply = await call('POST', `${connector()}/activities`, {
        body: { type: 'message', text: 'spoofed' },
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(reply.status).to.equal(403);
    });

    it('answer 404 for a conversation that does not exist', async () => {
      const reply = await call('POST', `${serviceUrl}/v3/conversations/nope/activities`, { body: { type: 'message', text: 'x' } });
      expect(reply.status).to.equal(404);
    });

    it('accept updates, deletes and a members list politely', async () => {
      expect((await call('PUT', `${connector()}/activities/a1`, { body: { type: 'message', text: 'x' } })).body).to.deep.equal({ id: 'a1' });
      expect((await call('DELETE', `${connector()}/activities/a1`)).status).to.equal(200);
      const members = await call<Array<{ id: string }>>('GET', `${connector()}/members`);
      expect(members.body.map((m) => m.id)).to.deep.equal(['bot', started.userId]);
    });
  });

  describe('WebSocket stream', () => {
    it('replays what the client has not seen, then pushes replies in the order the bot sent them', async () => {
      const started = await startConversation(running.url);
      await activitiesUntil(started.domain, started.token, started.conversationId, hasWelcome);
      const stream = new StreamReader(started.streamUrl);
      await stream.opened;
      await stream.waitFor(hasWelcome);
      const posted = await call<{ id: string }>('POST', `${started.domain}/conversations/${started.conversationId}/activities`, {
        token: started.token,
        body: { type: 'message', text: 'hello' },
      });
      const polled = await activitiesUntil(started.domain, started.token, started.conversationId, (list) => list.some((a) => a.replyToId === posted.body.id));
      const streamed = await stream.waitFor((list) => list.length === polled.activities.length);
      expect(streamed.map((a) => a.id)).to.deep.equal(polled.activities.map((a) => a.id));
      const watermarks = stream.frames.filter((f) => f).map((f) => Number((JSON.parse(f) as ActivitySet).watermark));
      expect(watermarks).to.deep.equal([...watermarks].sort((a, b) => a - b));
      stream.close();
    });

    const refused: Array<{ name: string; url: (s: { streamUrl: string; conversationId: string }) => string; headers?: Record<string, string> }> = [
      { name: 'a ticket used twice', url: (s) => s.streamUrl },
      { name: 'no ticket', url: (s) => s.streamUrl.replace(/\?t=.*/, '') },
      { name: "another conversation's path", url: (s) => s.streamUrl.replace(s.conversationId, 'someone-else') },
      { name: 'a page from another site', url: (s) => s.streamUrl, headers: { origin: 'https://evil.example' } },
    ];
    for (const { name, url, headers } of refused) {
      it(`refuses ${name}`, async () => {
        const started = await startConversation(running.url);
        if (name === 'a ticket used twice') {
          const first = new StreamReader(started.streamUrl);
          await first.opened;
          first.close();
        }
        const stream = new StreamReader(url(started), headers);
        let error: Error | undefined;
        await stream.opened.catch((e: Error) => (error = e));
        expect(error?.message).to.match(/refused with 403/);
      });
    }

    it('reconnecting gives a fresh streamUrl that replays from the watermark', async () => {
      const started = await startConversation(running.url);
      const page = await activitiesUntil(started.domain, started.token, started.conversationId, hasWelcome);
      const reconnect = await call<{ streamUrl: string }>('GET', `${started.domain}/conversations/${started.conversationId}?watermark=${page.watermark}`, {
        token: started.token,
      });
      expect(reconnect.status).to.equal(200);
      const stream = new StreamReader(reconnect.body.streamUrl);
      await stream.opened;
      await call('POST', `${started.domain}/conversations/${started.conversationId}/activities`, {
        token: started.token,
        body: { type: 'message', text: 'hi again' },
      });
      const activities = await stream.waitFor((list) => list.some((a) => a.text === 'hi again'));
      expect(activities.some(hasWelcomeIn)).to.equal(false);
      stream.close();
    });

    it('leaves other upgrade paths to other listeners', async () => {
      const other = (req: IncomingMessage, socket: Duplex) => {
        if (req.url === '/somewhere-else') socket.end('HTTP/1.1 418 Teapot\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      };
      running.server.server.on('upgrade', other);
      try {
        const stream = new StreamReader(running.url.replace('http', 'ws') + '/somewhere-else');
        const error = await stream.opened.then(
          () => undefined,
          (e: Error) => e,
        );
        expect(error?.message).to.match(/refused with 418/);
      } finally {
        running.server.server.off('upgrade', other);
      }
    });
  });
});

function hasWelcomeIn(activity: { text?: string }): boolean {
  return (activity.text ?? '').includes(WELCOME);
}

describe('local Direct Line: rate limit and shutdown', function () {
  this.timeout(20_000);

  it('limits token requests per client address per minute across the token routes (429 with Retry-After)', async () => {
    const running = await start({ DIRECTLINE_TOKENS_PER_MINUTE: '3' });
    try {
      const statuses = [];
      for (const path of ['/api/directline/token', '/v3/directline/tokens/generate', '/v3/directline/conversations', '/api/directline/token']) {
        const reply = await call('POST', `${running.url}${path}`);
        statuses.push(reply.status);
        if (reply.status === 429) expect(Number(reply.headers.get('retry-after'))).to.be.within(1, 60);
      }
      expect(statuses).to.deep.equal([200, 200, 201, 429]);
    } finally {
      await running.stop();
    }
  });

  it('stop() closes open streams so the server can stop', async () => {
    const running = await start();
    const started = await startConversation(running.url);
    const stream = new StreamReader(started.streamUrl);
    await stream.opened;
    await running.stop();
    expect(await stream.closed).to.be.a('number');
  });

  it('is not there when DIRECTLINE_MODE=off', async () => {
    const running = await start({ DIRECTLINE_MODE: 'off' });
    try {
      for (const path of ['/api/directline/token', '/v3/directline/tokens/generate', '/v3/directline/conversations']) {
        expect((await call('POST', `${running.url}${path}`)).status, path).to.equal(404);
      }
    } finally {
      await running.stop();
    }
  });
});
