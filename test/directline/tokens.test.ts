import { expect } from 'chai';
import { TokenStore } from '../../directline/tokens';

describe('directline tokens', () => {
  let now = 0;
  const store = () => new TokenStore(30 * 60_000, 60_000, () => now);
  beforeEach(() => (now = 5_000_000));

  it('issues unguessable tokens bound to one conversation and user', async () => {
    const tokens = store();
    const a = await tokens.issue('conv-a', 'dl_a');
    const b = await tokens.issue('conv-a', 'dl_a');
    expect(a.token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.to.equal(b.token);
    expect(a.expiresIn).to.equal(1800);
    expect(await tokens.verify(a.token)).to.include({ conversationId: 'conv-a', userId: 'dl_a' });
  });

  const refused: Array<[string, string | undefined]> = [
    ['no token', undefined],
    ['an empty token', ''],
    ['an unknown token', 'x'.repeat(43)],
  ];
  for (const [why, token] of refused) it(`refuses ${why}`, async () => expect(await store().verify(token)).to.equal(undefined));

  it('expires a token after its lifetime', async () => {
    const tokens = store();
    const { token } = await tokens.issue('c', 'u');
    now += 30 * 60_000 - 1;
    expect(await tokens.verify(token)).not.to.equal(undefined);
    now += 1;
    expect(await tokens.verify(token)).to.equal(undefined);
  });

  it('refresh gives a new token with a full lifetime for the same grant; an expired token cannot refresh', async () => {
    const tokens = store();
    const first = await tokens.issue('c', 'u');
    now += 20 * 60_000;
    const second = (await tokens.refresh(first.token))!;
    expect(second.token).not.to.equal(first.token);
    now += 20 * 60_000;
    expect(await tokens.verify(first.token)).to.equal(undefined);
    expect(await tokens.verify(second.token)).to.include({ conversationId: 'c', userId: 'u' });
    expect(await tokens.refresh(first.token)).to.equal(undefined);
  });

  it('stream tickets are single use and short-lived', async () => {
    const tokens = store();
    const ticket = await tokens.issueTicket('c', 3);
    expect(await tokens.redeemTicket(ticket)).to.include({ conversationId: 'c', watermark: 3 });
    expect(await tokens.redeemTicket(ticket)).to.equal(undefined);
    const late = await tokens.issueTicket('c', 0);
    now += 60_000;
    expect(await tokens.redeemTicket(late)).to.equal(undefined);
  });

  it('revoking a conversation ends its tokens and tickets; sweep drops expired ones', async () => {
    const tokens = store();
    const kept = await tokens.issue('keep', 'u1');
    const gone = await tokens.issue('gone', 'u2');
    const ticket = await tokens.issueTicket('gone', 0);
    await tokens.revokeConversation('gone');
    expect(await tokens.verify(gone.token)).to.equal(undefined);
    expect(await tokens.redeemTicket(ticket)).to.equal(undefined);
    expect(await tokens.verify(kept.token)).not.to.equal(undefined);
    now += 31 * 60_000;
    await tokens.sweep();
    expect(tokens.size).to.equal(0);
  });
});
