/** Signed-in consoles survive a restart of the embedded process: session, CSRF token and held conversations. */
import { expect } from 'chai';
import { SessionStore, type SessionKeeper, type StoredSession } from '../../advisor/sessions';

class MemoryKeeper implements SessionKeeper {
  stored?: StoredSession[];
  load(): StoredSession[] | undefined {
    return this.stored && structuredClone(this.stored);
  }
  save(sessions: StoredSession[]): void {
    this.stored = structuredClone(sessions);
  }
}

describe('advisor sessions kept across a restart', () => {
  const identity = { id: 'adv-1', name: 'Sam', org: 'demo', languages: ['en'] };
  let now = Date.UTC(2026, 10, 23, 14);
  const clock = () => now;

  it('a session, its CSRF token and what it held are there after a restart; sign-out is kept too', async () => {
    const keeper = new MemoryKeeper();
    const before = new SessionStore(30 * 60_000, clock, undefined, keeper);
    const session = await before.create(identity, 'advisor');
    session.held.add('conv-1');
    before.keep();
    const after = new SessionStore(30 * 60_000, clock, undefined, keeper);
    const back = await after.get(session.id);
    expect(back).to.include({ id: session.id, csrfToken: session.csrfToken, role: 'advisor' });
    expect([...back!.held]).to.deep.equal(['conv-1']);
    await after.destroy(session.id);
    expect(await new SessionStore(30 * 60_000, clock, undefined, keeper).get(session.id)).to.equal(undefined);
  });

  it('a kept session still idles out', async () => {
    const keeper = new MemoryKeeper();
    const session = await new SessionStore(60_000, clock, undefined, keeper).create(identity, 'advisor');
    now += 60_000;
    expect(await new SessionStore(60_000, clock, undefined, keeper).get(session.id)).to.equal(undefined);
  });
});
