import { expect } from 'chai';
import { TokenStore } from '../../directline/tokens';

describe('directline tokens', () => {
  let now = 0;
  const store = () => new TokenStore(30 * 60_000, 60_000, () => now);
  beforeEach(() => (now = 5_000_000));

  it('issues unguessable tokens bound to one conversation and user', () => {
    const tokens = store();
    const a = tokens.issue('conv-a', 'dl_a');
    const b = tokens.issue('conv-a', 'dl_a');
    expect(a.token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.to.equal(b.token);
    expect(a.expiresIn).to.equal(1800);
    expect(tokens.verify(a.token)).to.include({ conversationId: 'conv-a', userId: 'dl_a' });
  });

  const refused: Array<[string, string | undefined]> = [
    ['no token', undefined],
    ['an empty token', ''],
    ['an unknown token', 'x'.repeat(43)],
  ];
  for (const [why, token] of refused) it(`refuses ${why}`, () => expect(store().verify(token)).to.equal(undefined));

  it('expires a token after its lifetime', () => {
    const tokens = store();
    const { token } = tokens.issue('c', 'u');
    now += 30 * 60_000 - 1;
    expect(tokens.verify(token)).not.to.equal(undefined);
    now += 1;
    expect(tokens.verify(token)).to.equal(undefined);
  });

  it('refresh gives a new token with a full lifetime for the same grant; an expired token cannot refresh', () => {
    const tokens = store();
    const first = tokens.issue('c', 'u');
    now += 20 * 60_000;
    const second = tokens.refresh(first.token)!;
    expect(second.token).not.to.equal(first.token);
    now += 20 * 60_000;
    expect(tokens.verify(first.token)).to.equal(undefined);
    expect(tokens.verify(second.token)).to.include({ conversationId: 'c', userId: 'u' });
    expect(tokens.refresh(first.token)).to.equal(undefined);
  });

  it('stream tickets are single use and short-lived', () => {
    const tokens = store();
    const ticket = tokens.issueTicket('c', 3);
    expect(tokens.redeemTicket(ticket)).to.include({ conversationId: 'c', watermark: 3 });
    expect(tokens.redeemTicket(ticket)).to.equal(undefined);
    const late = tokens.issueTicket('c', 0);
    now += 60_000;
    expect(tokens.redeemTicket(late)).to.equal(undefined);
  });

  it('revoking a conversation ends its tokens and tickets; sweep drops expired ones', () => {
    const tokens = store();
    const kept = tokens.issue('keep', 'u1');
    const gone = tokens.issue('gone', 'u2');
    const ticket = tokens.issueTicket('gone', 0);
    tokens.revokeConversation('gone');
    expect(tokens.verify(gone.token)).to.equal(undefined);
    expect(tokens.redeemTicket(ticket)).to.equal(undefined);
    expect(tokens.verify(kept.token)).not.to.equal(undefined);
    now += 31 * 60_000;
    tokens.sweep();
    expect(tokens.size).to.equal(0);
  });
});
