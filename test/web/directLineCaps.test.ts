/** The caps on new Direct Line conversations over HTTP: per address (429), the whole (503), token-only conversations freeing their place in minutes. */
import { expect } from 'chai';
import { call } from '../directline/httpClient';
import { startDirectLineOnly, type Harness } from '../directline/harness';

describe('local Direct Line: caps on new conversations', function () {
  this.timeout(20_000);
  let now = 50_000_000;
  let harness: Harness;
  afterEach(() => harness.stop());

  const token = (headers: Record<string, string> = {}) => call('POST', `${harness.url}/api/directline/token`, { body: {}, headers }).then((r) => r.status);

  it('an address past its cap gets 429; another address still gets a conversation', async () => {
    harness = await startDirectLineOnly({ now: () => now, perAddress: 2 });
    expect([await token(), await token(), await token()]).to.deep.equal([200, 200, 429]);
    // Behind a proxy TRUST_PROXY does not name, the peer is the proxy: not counted per address (that would cap everyone behind it).
    expect(await token({ 'x-forwarded-for': '203.0.113.7' })).to.equal(200);
  });

  it('full is 503; token-only conversations free their place after 5 minutes', async () => {
    now = 50_000_000;
    harness = await startDirectLineOnly({ now: () => now, maxConversations: 2, reserve: 0 });
    expect([await token(), await token(), await token()]).to.deep.equal([200, 200, 503]);
    now += 5 * 60_000;
    expect(await token()).to.equal(200);
  });
});
