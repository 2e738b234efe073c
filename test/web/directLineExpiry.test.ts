/** The local Direct Line endpoint with a test clock and limits: token expiry and refresh, erasure, history limit. */
import { expect } from 'chai';
import type { ActivitySet } from '../../directline/conversations';
import { conversationKey } from '../../core/conversationKey';
import { call, startConversation, type TokenReply } from '../directline/httpClient';
import { startDirectLineOnly, type Harness } from '../directline/harness';

describe('local Direct Line over time', function () {
  this.timeout(20_000);
  let now = 50_000_000;
  let harness: Harness;
  beforeEach(async () => {
    now = 50_000_000;
    harness = await startDirectLineOnly({ now: () => now, historyLimit: 4 });
  });
  afterEach(() => harness.stop());

  it('a token stops working after 30 minutes (403); one refreshed in time carries on', async () => {
    const started = await startConversation(harness.url);
    const activities = `${started.domain}/conversations/${started.conversationId}/activities`;
    now += 20 * 60_000;
    const refreshed = await call<TokenReply>('POST', `${started.domain}/tokens/refresh`, { token: started.token });
    expect(refreshed.status).to.equal(200);
    now += 10 * 60_000;
    const cases: Array<[string, string, number]> = [
      ['the original token', started.token, 403],
      ['the refreshed token', refreshed.body.token, 200],
    ];
    for (const [which, token, status] of cases) expect((await call('GET', activities, { token })).status, which).to.equal(status);
    expect((await call('POST', `${started.domain}/tokens/refresh`, { token: started.token })).status).to.equal(403);
  });

  it("'delete my data' (the erasure service) empties the conversation's history", async () => {
    const started = await startConversation(harness.url);
    const activities = `${started.domain}/conversations/${started.conversationId}/activities`;
    await call('POST', activities, { token: started.token, body: { type: 'message', text: 'my mum has cancer' } });
    expect(harness.app.erasure.registered).to.include('directline-history');
    await harness.app.erasure.erase({ conversationKey: conversationKey('directline', started.conversationId), storageKeys: [] });
    const page = await call<ActivitySet>('GET', activities, { token: started.token });
    expect(page.body.activities).to.deep.equal([]);
  });

  it('keeps only the last activities of the history', async () => {
    const started = await startConversation(harness.url);
    for (const text of ['one', 'two', 'three', 'four', 'five']) {
      await call('POST', `${started.domain}/conversations/${started.conversationId}/activities`, { token: started.token, body: { type: 'message', text } });
    }
    const page = await call<ActivitySet>('GET', `${started.domain}/conversations/${started.conversationId}/activities`, { token: started.token });
    expect(page.body.activities).to.have.length(4);
    expect(Number(page.body.watermark)).to.be.greaterThan(4);
  });
});
