import { expect } from 'chai';
import { SessionStore, type Session } from '../../advisor/sessions';

const IDENTITY = { id: 'a1', name: 'Sam', org: 'demo', languages: ['en'] };
const IDLE = 30 * 60_000;

describe('advisor sessions', () => {
  let now: number;
  let ended: Session[];
  let store: SessionStore;
  beforeEach(() => {
    now = 1_000;
    ended = [];
    store = new SessionStore(
      IDLE,
      () => now,
      (s) => ended.push(s),
    );
  });

  it('makes random 32-byte ids and CSRF tokens', async () => {
    const a = await store.create(IDENTITY, 'advisor');
    const b = await store.create(IDENTITY, 'advisor');
    expect(Buffer.from(a.id, 'base64url')).to.have.length(32);
    expect(Buffer.from(a.csrfToken, 'base64url')).to.have.length(32);
    expect(a.id).to.not.equal(b.id);
    expect(a.csrfToken).to.not.equal(a.id);
  });

  it('expires after the idle time without use (fake clock) and reports the end', async () => {
    const session = await store.create(IDENTITY, 'advisor');
    now += IDLE - 1;
    expect(await store.get(session.id)).to.equal(session);
    now += IDLE - 1;
    expect(await store.get(session.id), 'use keeps it alive').to.equal(session);
    now += IDLE;
    expect(await store.get(session.id)).to.equal(undefined);
    expect(ended.map((s) => s.id)).to.deep.equal([session.id]);
  });

  it('does not count a look without touch as activity', async () => {
    const session = await store.create(IDENTITY, 'advisor');
    now += IDLE - 1;
    expect(await store.get(session.id, false)).to.equal(session);
    now += 1;
    expect(await store.get(session.id, false)).to.equal(undefined);
  });

  it('sweeps idle sessions and destroys on sign-out', async () => {
    const idle = await store.create(IDENTITY, 'advisor');
    now += IDLE / 2;
    const fresh = await store.create({ ...IDENTITY, id: 'a2' }, 'advisor');
    now += IDLE / 2;
    await store.sweep();
    expect(await store.get(idle.id)).to.equal(undefined);
    expect(await store.get(fresh.id)).to.equal(fresh);
    await store.destroy(fresh.id);
    expect(await store.get(fresh.id)).to.equal(undefined);
    expect(ended.map((s) => s.identity.id)).to.deep.equal(['a1', 'a2']);
    expect(store.size).to.equal(0);
  });

  it('knows nothing of an unknown or missing id', async () => {
    expect(await store.get(undefined)).to.equal(undefined);
    expect(await store.get('nope')).to.equal(undefined);
  });
});
