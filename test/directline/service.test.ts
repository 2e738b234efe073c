import { expect } from 'chai';
import type { ChannelActivity } from '../../directline/conversations';
import { conversationKey } from '../../core/conversationKey';
import { InProcessConversationStore } from '../../directline/conversations';
import { DirectLineError, DirectLineService, parseWatermark, startPropertiesFrom, type DirectLineOptions } from '../../directline/service';

/** A bot that answers each message with "echo: <text>" through the connector side, as the real one does over HTTP. */
function harness(options: Partial<DirectLineOptions> = {}) {
  let now = 10_000_000;
  const delivered: ChannelActivity[] = [];
  const service: DirectLineService = new DirectLineService({
    serviceUrl: () => 'http://127.0.0.1:9/v3/directline/connector',
    now: () => now,
    async deliver(activity) {
      delivered.push(activity);
      if (activity.type === 'message')
        await service.fromBot(activity.conversation!.id, { type: 'message', text: `echo: ${activity.text}`, replyToId: activity.id });
      if (activity.type === 'conversationUpdate')
        await service.fromBot(activity.conversation!.id, { type: 'message', text: 'welcome', replyToId: activity.id });
    },
    ...options,
  });
  return { service, delivered, advance: (ms: number) => (now += ms) };
}

async function statusOf(work: () => unknown): Promise<number | 'ok'> {
  try {
    await work();
    return 'ok';
  } catch (error) {
    if (error instanceof DirectLineError) return error.status;
    throw error;
  }
}

describe('directline service', () => {
  it('starting a conversation tells the bot once, and the welcome is waiting in the history', async () => {
    const { service, delivered } = harness();
    const grant = await service.generate({ locale: 'cy' });
    await service.start(grant.token);
    await service.start(grant.token);
    expect(delivered.map((a) => [a.type, a.locale])).to.deep.equal([['conversationUpdate', 'cy']]);
    const page = await service.activities(grant.token, grant.conversationId, 0);
    expect(page.activities.map((a) => a.text)).to.deep.equal(['welcome']);
    // The welcome answers the conversationUpdate, which the client never sees: no dangling replyToId.
    expect(page.activities[0]).not.to.have.property('replyToId');
  });

  it('a client that reconnects first (given the conversationId) starts the conversation too, once', async () => {
    const { service, delivered } = harness();
    const grant = await service.generate();
    await service.reconnect(grant.token, grant.conversationId, 0);
    await service.start(grant.token);
    await service.reconnect(grant.token, grant.conversationId, 1);
    expect(delivered.map((a) => a.type)).to.deep.equal(['conversationUpdate']);
  });

  it('without a token, starting makes a new conversation with its own token', async () => {
    const { service } = harness();
    const started = await service.start(undefined);
    expect(started.userId).to.match(/^dl_/);
    expect((await service.activities(started.token, started.conversationId, 0)).activities).to.have.length(1);
  });

  it('posts echo into the history as the token user, then the reply follows in order', async () => {
    const { service, delivered } = harness();
    const grant = await service.generate();
    const { id } = await service.post(grant.token, grant.conversationId, { type: 'message', text: 'hello', from: { id: 'impostor' } });
    expect(id).to.equal(`${grant.conversationId}|0000001`);
    expect(delivered[0].from!.id).to.equal(grant.userId);
    const page = await service.activities(grant.token, grant.conversationId, 0);
    expect(page.activities.map((a) => [a.from!.id, a.text, a.replyToId])).to.deep.equal([
      [grant.userId, 'hello', undefined],
      ['bot', 'echo: hello', id],
    ]);
    expect(page.watermark).to.equal('2');
  });

  it('a token reaches only its own conversation', async () => {
    const { service } = harness();
    const mine = await service.generate();
    const theirs = await service.generate();
    await service.post(theirs.token, theirs.conversationId, { type: 'message', text: 'secret' });
    const cases: Array<[string, () => unknown, number | 'ok']> = [
      ['read another conversation', () => service.activities(mine.token, theirs.conversationId, 0), 403],
      ['post into another conversation', () => service.post(mine.token, theirs.conversationId, { type: 'message', text: 'x' }), 403],
      ['reconnect to another conversation', () => service.reconnect(mine.token, theirs.conversationId, 0), 403],
      ['read without a token', () => service.activities(undefined, mine.conversationId, 0), 403],
      ['read with a made-up token', () => service.activities('made-up', mine.conversationId, 0), 403],
      ['refresh without a token', () => service.refresh(undefined), 403],
      ['read its own', () => service.activities(mine.token, mine.conversationId, 0), 'ok'],
    ];
    for (const [what, work, expected] of cases) expect(await statusOf(work), what).to.equal(expected);
  });

  it('tokens expire after 30 minutes unless refreshed; a refreshed token keeps the same conversation and user', async () => {
    const { service, advance } = harness();
    const grant = await service.generate();
    advance(20 * 60_000);
    const refreshed = await service.refresh(grant.token);
    expect(refreshed).to.include({ conversationId: grant.conversationId, userId: grant.userId, expires_in: 1800 });
    advance(11 * 60_000);
    expect(await statusOf(() => service.activities(grant.token, grant.conversationId, 0))).to.equal(403);
    expect(await statusOf(() => service.activities(refreshed.token, grant.conversationId, 0))).to.equal('ok');
  });

  it('refuses invalid or oversized activities with 400, before the bot sees them', async () => {
    const { service, delivered } = harness({ maxActivityBytes: 500 });
    const grant = await service.generate();
    for (const body of [null, { type: 'message', text: 'x'.repeat(600) }, { type: 'bogus' }]) {
      expect(await statusOf(() => service.post(grant.token, grant.conversationId, body))).to.equal(400);
    }
    expect(delivered).to.have.length(0);
  });

  it('a bot that fails is a 502; the activity is still in the history', async () => {
    const { service } = harness({ deliver: async () => Promise.reject(new Error('boom')) });
    const grant = await service.generate();
    expect(await statusOf(() => service.post(grant.token, grant.conversationId, { type: 'message', text: 'hi' }))).to.equal(502);
    expect((await service.activities(grant.token, grant.conversationId, 0)).activities).to.have.length(1);
  });

  it('keeps the org chosen at the start on every message (the page can still say otherwise)', async () => {
    const { service, delivered } = harness();
    const grant = await service.generate(startPropertiesFrom({ org: 'demo', locale: 'pl' }));
    await service.post(grant.token, grant.conversationId, { type: 'message', text: 'a' });
    await service.post(grant.token, grant.conversationId, { type: 'message', text: 'b', channelData: { org: 'other' } });
    expect(delivered.map((a) => (a.channelData as { org: string }).org)).to.deep.equal(['demo', 'other']);
    expect(delivered[0].locale).to.equal('pl');
  });

  it('start properties accept only a language tag and an org id', () => {
    expect(startPropertiesFrom({ locale: 'en-GB', org: 'demo' })).to.deep.equal({ locale: 'en-GB', org: 'demo' });
    expect(startPropertiesFrom({ locale: '../x', org: 'Evil Org!' })).to.deep.equal({ locale: undefined, org: undefined });
    expect(startPropertiesFrom(undefined)).to.deep.equal({ locale: undefined, org: undefined });
  });

  it('parses watermarks', () => {
    const cases: Array<[unknown, number | undefined]> = [
      [undefined, 0],
      ['', 0],
      ['7', 7],
      ['-1', undefined],
      ['1e3', undefined],
      [['1'], undefined],
    ];
    for (const [raw, expected] of cases) expect(parseWatermark(raw), String(raw)).to.equal(expected);
  });

  it('conversations idle for an hour end, and their tokens with them', async () => {
    const { service, advance } = harness();
    const grant = await service.generate();
    const fresh = await service.generate();
    advance(25 * 60_000);
    const refreshed = await service.refresh(fresh.token);
    advance(25 * 60_000);
    await service.post(refreshed.token, fresh.conversationId, { type: 'message', text: 'still here' });
    advance(11 * 60_000);
    await service.sweep();
    expect(await statusOf(() => service.activities(grant.token, grant.conversationId, 0))).to.equal(403);
    expect(await service.conversations.get(grant.conversationId)).to.equal(undefined);
    expect(await service.conversations.get(fresh.conversationId)).not.to.equal(undefined);
  });

  it('a bot reply to a conversation that is gone is a 404', async () => {
    const { service } = harness();
    expect(await statusOf(() => service.fromBot('nope', { type: 'message' }))).to.equal(404);
  });

  it('refuses new conversations when full (503)', async () => {
    const { service } = harness({ maxConversations: 1 });
    await service.generate();
    expect(await statusOf(() => service.generate())).to.equal(503);
    expect(await statusOf(() => service.start(undefined))).to.equal(503);
  });

  it("'delete my data' erases the history of the matching conversation only", async () => {
    const { service } = harness();
    const mine = await service.generate();
    const other = await service.generate();
    await service.post(mine.token, mine.conversationId, { type: 'message', text: 'mine' });
    await service.post(other.token, other.conversationId, { type: 'message', text: 'other' });
    await service.eraseByKey(conversationKey('directline', mine.conversationId));
    expect((await service.activities(mine.token, mine.conversationId, 0)).activities).to.have.length(0);
    expect((await service.activities(other.token, other.conversationId, 0)).activities).to.have.length(2);
  });
});

describe('directline service with its storage unreachable', () => {
  /** The in-process store, made to fail every call while `down` (as a hung Redis past its budget does). */
  function failing(inner: InProcessConversationStore) {
    const state = { down: false };
    const store = new Proxy(inner, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          state.down ? Promise.reject(new Error('Storage: read took longer than its budget')) : (value as (...a: unknown[]) => unknown).apply(target, args);
      },
    });
    return { store, state };
  }

  function degradedHarness() {
    const limits = { historyLimit: 200, idleMs: 3_600_000, unstartedIdleMs: 300_000, maxConversations: 100, reserve: 0, perOwner: 0 };
    const { store, state } = failing(new InProcessConversationStore(limits));
    const delivered: ChannelActivity[] = [];
    const degraded: string[] = [];
    const service: DirectLineService = new DirectLineService({
      serviceUrl: () => 'http://127.0.0.1:9/v3/directline/connector',
      conversations: store,
      onDegraded: (what) => degraded.push(what),
      async deliver(activity) {
        delivered.push(activity);
        if (activity.type === 'message')
          await service.fromBot(activity.conversation!.id, { type: 'message', text: `crisis: ${activity.text}`, replyToId: activity.id });
      },
    });
    return { service, state, delivered, degraded };
  }

  it('a message still reaches the bot (its risk check and fail-safe), and the reply reaches a stream held here at once', async () => {
    const { service, state, delivered, degraded } = degradedHarness();
    const grant = await service.generate();
    const pushed: ChannelActivity[] = [];
    service.holdStream(grant.conversationId, (activity) => pushed.push(activity));
    state.down = true;
    expect(await service.post(grant.token, grant.conversationId, { type: 'message', text: 'help' })).to.have.property('id');
    expect(delivered.map((a) => a.text)).to.deep.equal(['help']);
    expect(pushed.map((a) => [a.text, a.replyToId])).to.deep.equal([['crisis: help', undefined]]);
    expect(degraded).to.deep.equal(['post', 'reply']);
    expect(service.heldReplies).to.equal(0);
  });

  it('without a stream held here, the reply is held and appended (so pushed to every stream) once storage answers', async () => {
    const { service, state } = degradedHarness();
    const grant = await service.generate();
    state.down = true;
    await service.post(grant.token, grant.conversationId, { type: 'message', text: 'help' });
    expect(service.heldReplies).to.equal(1);
    state.down = false;
    for (let i = 0; i < 40 && service.heldReplies; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const page = await service.activities(grant.token, grant.conversationId, 0);
    expect(page.activities.map((a) => a.text)).to.deep.equal(['crisis: help']);
    await service.close();
  });

  it('what needs storage answers 503 meanwhile (the client tries again), never 500', async () => {
    const { service, state } = degradedHarness();
    const grant = await service.generate();
    state.down = true;
    const cases: Array<[string, () => unknown]> = [
      ['a new conversation', () => service.generate()],
      ['reading the history', () => service.activities(grant.token, grant.conversationId, 0)],
    ];
    for (const [what, work] of cases) expect(await statusOf(work), what).to.be.oneOf([503]);
  });
});
