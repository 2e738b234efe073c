import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { KeptClientsAuthentication, MAX_KEPT_CLIENTS } from '../../bots/connectorClients';

/** No app id: requests are unsigned (local mode), as in the server's default configuration. */
const unsigned = () => new KeptClientsAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: '', MicrosoftAppTenantId: '' });

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'webchat', serviceUrl }) as Activity;

async function connectorFor(auth: KeptClientsAuthentication, serviceUrl: string): Promise<unknown> {
  const { connectorFactory, audience } = await auth.authenticateRequest(activity(serviceUrl), '');
  if (!connectorFactory) throw new Error('no connector factory');
  return connectorFactory.create(serviceUrl, audience);
}

describe('KeptClientsAuthentication', () => {
  it('gives every turn to the same service URL the same connector client, and each service URL its own', async () => {
    const auth = unsigned();
    const first = await connectorFor(auth, 'http://127.0.0.1:1/connector');
    expect(await connectorFor(auth, 'http://127.0.0.1:1/connector')).to.equal(first);
    const other = await connectorFor(auth, 'http://127.0.0.1:2/connector');
    expect(other).to.not.equal(first);
    expect((other as { baseUri?: string }).baseUri).to.equal('http://127.0.0.1:2/connector');
  });

  it('keeps one user token client per app id', async () => {
    const auth = unsigned();
    const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:1/connector'), '');
    expect(await auth.createUserTokenClient(claimsIdentity)).to.equal(await auth.createUserTokenClient(claimsIdentity));
  });

  it('keeps at most MAX_KEPT_CLIENTS connector clients, dropping the oldest', async () => {
    const auth = unsigned();
    const first = await connectorFor(auth, 'http://127.0.0.1:1/0');
    for (let i = 1; i <= MAX_KEPT_CLIENTS; i++) await connectorFor(auth, `http://127.0.0.1:1/${i}`);
    expect(await connectorFor(auth, `http://127.0.0.1:1/${MAX_KEPT_CLIENTS}`)).to.equal(await connectorFor(auth, `http://127.0.0.1:1/${MAX_KEPT_CLIENTS}`));
    expect(await connectorFor(auth, 'http://127.0.0.1:1/0')).to.not.equal(first);
  });

  it('factories made from claims share the kept clients', async () => {
    const auth = unsigned();
    const { claimsIdentity, audience } = await auth.authenticateRequest(activity('http://127.0.0.1:1/connector'), '');
    const viaRequest = await connectorFor(auth, 'http://127.0.0.1:1/connector');
    expect(await auth.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:1/connector', audience)).to.equal(viaRequest);
  });
});
