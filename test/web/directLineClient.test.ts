/**
 * End to end with the real Direct Line client Web Chat uses (botframework-directlinejs), in Node,
 * against the real server (startServer): over the WebSocket stream and by polling.
 */
import { expect } from 'chai';
import { DirectLine, type Activity as ClientActivity, type Message } from 'botframework-directlinejs';
import { WebSocket } from 'ws';
import XMLHttpRequest from 'xhr2';
import { loadConfig } from '../../config';
import { translatorFor } from '../../i18n';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { call, type TokenReply } from '../directline/httpClient';

const WELCOME = translatorFor('en')('common.welcome.hello');
const globals = globalThis as Record<string, unknown>;

/** Collects what the client receives and waits (bounded) for a matching activity. */
function collect(directLine: DirectLine): {
  received: ClientActivity[];
  subscription: { unsubscribe(): void };
  waitFor(test: (a: ClientActivity) => boolean): Promise<ClientActivity>;
} {
  const received: ClientActivity[] = [];
  let wake: (() => void) | undefined;
  const subscription = directLine.activity$.subscribe((activity) => {
    received.push(activity);
    wake?.();
  });
  return {
    received,
    subscription,
    async waitFor(test) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = received.find(test);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`not received; have ${JSON.stringify(received.map((a) => (a as Message).text))}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
    },
  };
}

const fromBot = (a: ClientActivity) => a.from.role === 'bot' || a.from.id === 'bot';
const withChoices = (a: ClientActivity) => fromBot(a) && ((a as Message).suggestedActions?.actions?.length ?? 0) > 0;

const variants = [
  { name: 'WebSocket', webSocket: true, giveConversationId: false },
  { name: 'polling', webSocket: false, giveConversationId: false },
  // As the embed does (embed/chat.js): the conversationId from the token route makes directlinejs reconnect (GET) rather than start (POST).
  { name: 'WebSocket, conversationId given', webSocket: true, giveConversationId: true },
];

for (const { name, webSocket, giveConversationId } of variants) {
  describe(`botframework-directlinejs against the local endpoint (${name})`, function () {
    this.timeout(30_000);
    let running: RunningApp;
    const saved = { XMLHttpRequest: globals.XMLHttpRequest, WebSocket: globals.WebSocket };

    before(async () => {
      // directlinejs reads these browser globals: xhr2 and ws stand in for them in Node.
      globals.XMLHttpRequest = XMLHttpRequest;
      globals.WebSocket = webSocket ? WebSocket : undefined;
      running = await startServer(loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent' }), createLogger('silent'));
    });
    after(async () => {
      await running.stop();
      globals.XMLHttpRequest = saved.XMLHttpRequest;
      globals.WebSocket = saved.WebSocket;
    });

    it('gets the welcome with choices, says "hello", and gets the answer with choices', async () => {
      const token = await call<TokenReply>('POST', `${running.url}/api/directline/token`, { body: { locale: 'en-GB' } });
      const conversationId = giveConversationId ? token.body.conversationId : undefined;
      const directLine = new DirectLine({ token: token.body.token, domain: token.body.domain, conversationId, webSocket, pollingInterval: 200 });
      const client = collect(directLine);
      try {
        const welcome = await client.waitFor((a) => fromBot(a) && ((a as Message).text ?? '').includes(WELCOME));
        expect(welcome.conversation?.id).to.equal(token.body.conversationId);
        await client.waitFor(withChoices);

        const id = await new Promise<string>((resolve, reject) =>
          directLine.postActivity({ type: 'message', from: { id: 'chosen-by-page', name: 'Me' }, text: 'hello' } as Message).subscribe(resolve, reject),
        );
        const echo = await client.waitFor((a) => a.id === id);
        expect(echo.from.id, 'the server speaks for the token user').to.equal(token.body.userId);
        const answer = await client.waitFor((a) => withChoices(a) && (a as { replyToId?: string }).replyToId === id);
        expect((answer as Message).suggestedActions!.actions.length).to.be.greaterThan(0);
        // In order: the echo before the bot's answers to it.
        expect(client.received.indexOf(echo)).to.be.lessThan(client.received.indexOf(answer));
      } finally {
        client.subscription.unsubscribe();
        directLine.end();
      }
    });
  });
}
