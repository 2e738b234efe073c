/**
 * The composition: what createBotApp wires together, checked through the
 * pieces it hands back (no HTTP here; test/web covers the server).
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { createBotApp, type BotApp } from '../app';
import { ConfigError, loadConfig } from '../config';
import { translatorFor } from '../i18n';
import { createLogger } from '../ops/logger';
import { MemoryStateStorage } from '../storage';

const NOW = new Date('2026-11-24T14:00:00Z');

function compose(env: Record<string, string> = {}, storage = new MemoryStateStorage()): BotApp {
  return createBotApp(loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', ...env }), createLogger('silent'), { storage, clock: () => NOW });
}

/** Runs the composed bot logic for one conversation, the way a channel would, without HTTP. */
function channelFor(app: BotApp): TestAdapter {
  return new TestAdapter(app.logic, {
    channelId: 'webchat',
    conversation: { id: 'app-test', isGroup: false, conversationType: 'personal', name: '' },
  } as Partial<Activity>);
}

function texts(adapter: TestAdapter): string[] {
  return adapter.activeQueue.splice(0).map((a) => a.text ?? '');
}

const STATE_KEY = 'webchat/conversations/app-test/';

describe('createBotApp', () => {
  it('refuses an unknown DEFAULT_ORG with a ConfigError naming it (index exits 78 with the message)', () => {
    let error: unknown;
    try {
      compose({ DEFAULT_ORG: 'no-such-org' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConfigError);
    expect((error as ConfigError).variable).to.equal('DEFAULT_ORG');
  });

  it('uses the storage and clock it is given', async () => {
    const storage = new MemoryStateStorage();
    const app = compose({}, storage);
    const adapter = channelFor(app);
    await adapter.send('hi');
    expect(texts(adapter).join('\n')).to.include(translatorFor('en')('common.welcome.hello'));
    const stored = (await storage.read([STATE_KEY]))[STATE_KEY] as { data?: { lastActiveAt?: string; welcomed?: boolean } } | undefined;
    expect(stored?.data?.welcomed).to.equal(true);
    expect(stored?.data?.lastActiveAt).to.equal(NOW.toISOString());
    await app.close();
  });

  it('registers every store that holds personal data with the erasure service', () => {
    const app = compose();
    expect(app.erasure.registered).to.include.members(['conversation-state', 'handoff', 'callback-requests', 'plans']);
  });

  it('"delete my data" erases the conversation state it stored', async () => {
    const storage = new MemoryStateStorage();
    const app = compose({}, storage);
    const adapter = channelFor(app);
    await adapter.send('hi');
    await adapter.send('my mum has cancer');
    expect((await storage.read([STATE_KEY]))[STATE_KEY]).to.not.equal(undefined);
    await adapter.send('delete my data');
    texts(adapter);
    const keys: string[] = [];
    for await (const key of storage.keys()) keys.push(key);
    expect(keys).to.not.include(STATE_KEY);
    await app.close();
  });

  describe('onTurnError (the adapter and middleware catch-all)', () => {
    function failingContext(send: sinon.SinonStub): TurnContext {
      return { activity: { text: 'my secret words' }, sendActivity: send } as unknown as TurnContext;
    }

    it('sends the fixed 24/7 contacts and logs no message text', async () => {
      const logger = createLogger('silent');
      const logged = sinon.stub(logger, 'error');
      const app = createBotApp(loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent' }), logger, { storage: new MemoryStateStorage() });
      const send = sinon.stub().resolves(undefined);
      await app.adapter.onTurnError(failingContext(send), new Error('boom'));
      expect(send.calledOnce).to.equal(true);
      const reply = String(send.firstCall.args[0]);
      expect(reply).to.include('999');
      expect(reply).to.include('116 123');
      expect(JSON.stringify(logged.args)).to.not.include('my secret words');
      expect(JSON.stringify(logged.args)).to.include('boom');
    });

    it("apologises in the channel's language, with the numbers", async () => {
      const app = compose();
      const send = sinon.stub().resolves(undefined);
      const context = { activity: { text: 'x', locale: 'cy-GB' }, sendActivity: send } as unknown as TurnContext;
      await app.adapter.onTurnError(context, new Error('boom'));
      const reply = String(send.firstCall.args[0]);
      expect(reply).to.include('116 123');
      expect(reply).to.not.include('Sorry, something went wrong');
    });

    it('does not throw when even that reply cannot be sent', async () => {
      const app = compose();
      const send = sinon.stub().rejects(new Error('channel down'));
      await app.adapter.onTurnError(failingContext(send), new Error('boom'));
      expect(send.calledOnce).to.equal(true);
    });
  });

  it('close() waits for a running turn before closing storage', async () => {
    const storage = new MemoryStateStorage();
    const closed = sinon.spy(storage, 'close');
    const app = compose({}, storage);
    let release!: () => void;
    const context = { activity: { channelId: 'webchat', conversation: { id: 'slow' } } } as unknown as TurnContext;
    const turn = app.turns.onTurn(context, () => new Promise<void>((resolve) => (release = resolve)));
    let done = false;
    const closing = app.close().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).to.equal(false);
    expect(closed.called).to.equal(false);
    release();
    await Promise.all([turn, closing]);
    expect(closed.calledOnce).to.equal(true);
  });
});
