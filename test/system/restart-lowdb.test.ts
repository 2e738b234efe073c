/**
 * The embedded default (lowdb, one process) restarted with someone waiting for an advisor: after a
 * graceful stop, and after an abrupt one (a new app over the same folder, the old one never
 * stopped), the urgent person is still queued at their level, their state still says queued, their
 * next message is kept for the advisor (no welcome), and a long wait is told after the restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { createBotApp, type BotApp } from '../../app';
import { conversationKeyOf } from '../../bots/conversationKeys';
import { loadConfig } from '../../config';
import { translatorFor } from '../../i18n';
import { createLogger } from '../../ops/logger';
import { OPEN } from '../dialogs/botHarness';

const WELCOME = translatorFor('en')('common.welcome.hello');
const CONVERSATION = { id: 'restart-1', conversationType: 'personal', isGroup: false, name: '' };

interface Booted {
  app: BotApp;
  adapter: TestAdapter;
  say(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  data(): Promise<Record<string, unknown> | undefined>;
}

describe('restart on lowdb: nobody waiting is lost', function () {
  this.timeout(30_000);
  let dir: string;
  let now: Date;
  const running: BotApp[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'restart-'));
    now = OPEN;
  });
  afterEach(async () => {
    for (const app of running.splice(0)) await app.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  async function boot(): Promise<Booted> {
    const config = { ...loadConfig({ STORAGE: 'lowdb', STATE_DIR: join(dir, 'state'), LOG_LEVEL: 'silent' }), defaultOrg: 'demo' };
    // The relay runs its turns on the adapter made below, once the app exists.
    const on: { adapter?: TestAdapter } = {};
    const app = createBotApp(config, createLogger('silent'), {
      clock: () => now,
      continueConversation: async (reference, logic) => {
        const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation' }, reference, true);
        await (on.adapter as unknown as { runMiddleware(c: TurnContext, l: (c: TurnContext) => Promise<void>): Promise<void> }).runMiddleware(
          new TurnContext(on.adapter!, activity),
          logic,
        );
      },
    });
    running.push(app);
    await app.restored;
    const adapter = (on.adapter = new TestAdapter(app.logic, {
      channelId: 'webchat',
      conversation: CONVERSATION,
      from: { id: 'person', name: 'Person' },
      recipient: { id: 'bot', name: 'Bot' },
      serviceUrl: 'http://127.0.0.1/unused',
      locale: 'en-GB',
    }));
    const drain = () => adapter.activeQueue.splice(0).filter((a) => a.type !== ActivityTypes.Typing);
    return {
      app,
      adapter,
      async say(activity) {
        await adapter.processActivity({ type: 'message', ...activity });
        return drain();
      },
      async data() {
        const key = 'webchat/conversations/restart-1/';
        return ((await app.storage.read([key]))[key] as { data?: Record<string, unknown> } | undefined)?.data;
      },
    };
  }

  const key = conversationKeyOf({ activity: { channelId: 'webchat', conversation: { id: 'restart-1' } } } as TurnContext);
  const textOf = (activities: Partial<Activity>[]) => activities.map((a) => a.text ?? '').join('\n');

  async function queueUrgent(b: Booted): Promise<void> {
    await b.say({ text: 'money worries' });
    expect(textOf(await b.say({ text: 'I want to kill myself tonight' }))).to.match(/116 123/);
    await b.say({ text: 'yes', value: { choice: 'yes' } });
    expect(await b.app.queue.list('demo')).to.have.length(1);
    expect((await b.data())?.handoff).to.equal('queued');
  }

  async function stillWaiting(b: Booted): Promise<void> {
    const queued = await b.app.queue.list('demo');
    expect(queued.map((e) => [e.conversationKey, e.risk])).to.deep.equal([[key, 'urgent']]);
    expect(await b.app.desk.phase(key)).to.equal('queued');
    expect((await b.data())?.handoff).to.equal('queued');
    const replies = await b.say({ text: 'is anyone there yet?' });
    expect(textOf(replies)).not.to.include(WELCOME);
    expect((await b.data())?.handoff, 'not ended by the restart').to.equal('queued');
    const kept = b.app.desk.snapshot().find((s) => s.conversationKey === key);
    expect(kept?.during.map((line) => line.text)).to.include('is anyone there yet?');
  }

  it('graceful stop: still queued, state says waiting, the next message is kept for the advisor, a long wait is told', async () => {
    const first = await boot();
    await queueUrgent(first);
    await first.app.close();
    running.splice(0);
    now = new Date(OPEN.getTime() + 11 * 60_000);
    const second = await boot();
    await stillWaiting(second);
    await second.app.desk.sweep();
    const told = second.adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
    expect(told.length, 'told after the restart that the wait is long').to.be.greaterThan(0);
  });

  it('abrupt stop (a new app over the same folder, the old one never stopped): still queued', async () => {
    const first = await boot();
    await queueUrgent(first);
    const second = await boot();
    await stillWaiting(second);
  });

  it('call backs and presence survive a graceful restart; erased hand-offs stay erased', async () => {
    const first = await boot();
    await first.app.callbacks.add({ conversationKey: 'k-cb', org: 'demo', phone: '07700900123', when: 'morning', language: 'en', createdAt: OPEN.getTime() });
    first.app.desk.heartbeat({ id: 'adv-1', name: 'Sam', org: 'demo', languages: ['en'] });
    await queueUrgent(first);
    await first.app.desk.erase(key);
    await first.app.close();
    running.splice(0);
    const second = await boot();
    expect((await second.app.callbacks.list('demo', OPEN.getTime())).map((c) => c.phone)).to.deep.equal(['07700900123']);
    expect(await second.app.queue.list('demo')).to.have.length(0);
    expect(await second.app.desk.phase(key)).to.equal(undefined);
    expect(await second.app.desk.options.presence.lastSeen('adv-1')).to.equal(OPEN.getTime());
  });
});
