/**
 * The behaviour every console session store must show, in memory or on Redis. `makeStores`
 * gives two views of one store: the same object in memory, two instances on one Redis. A
 * session made through one is found, held and ended through the other, as a console
 * load-balanced across instances needs. Time is a fake clock passed in.
 */
import { expect } from 'chai';
import type { AdvisorSessions, Session, SessionEnded } from '../../advisor/sessions';

export interface SessionsEnv {
  idleMs: number;
  clock: () => number;
  onEnd: SessionEnded;
}

const IDENTITY = { id: 'a1', name: 'Sam', org: 'demo', languages: ['en'] };
const IDLE = 30 * 60_000;

export function advisorSessionsContract<S extends AdvisorSessions>(
  name: string,
  makeStores: (env: SessionsEnv) => Promise<[S, S]> | [S, S],
  dispose: (stores: [S, S]) => Promise<void> = async () => undefined,
): void {
  describe(`${name} (AdvisorSessions contract)`, () => {
    let now: number;
    let ended: Session[];
    let stores: [S, S];
    let a: S;
    let b: S;
    beforeEach(async () => {
      now = Date.parse('2026-11-24T14:00:00Z');
      ended = [];
      stores = await makeStores({ idleMs: IDLE, clock: () => now, onEnd: (s) => ended.push(s) });
      [a, b] = stores;
    });
    afterEach(() => dispose(stores));

    it('makes random 32-byte ids and CSRF tokens, found through the other view with every field', async () => {
      const one = await a.create(IDENTITY, 'advisor');
      const two = await a.create(IDENTITY, 'admin');
      expect(Buffer.from(one.id, 'base64url')).to.have.length(32);
      expect(Buffer.from(one.csrfToken, 'base64url')).to.have.length(32);
      expect(one.id).to.not.equal(two.id);
      const found = await b.get(one.id, false);
      expect(found).to.deep.include({ id: one.id, csrfToken: one.csrfToken, identity: IDENTITY, role: 'advisor', createdAt: now, lastSeen: now });
      expect([...found!.held]).to.deep.equal([]);
    });

    // [minutes after the last use, touched in between, still signed in]
    const idle: Array<[string, number[], boolean]> = [
      ['just before the idle time', [IDLE - 1], true],
      ['at the idle time', [IDLE], false],
      ['kept alive by use through the other view', [IDLE - 1, IDLE - 1], true],
    ];
    for (const [what, steps, alive] of idle) {
      it(`${what}: ${alive ? 'signed in' : 'gone, and its end reported once'}`, async () => {
        const session = await a.create(IDENTITY, 'advisor');
        let found: Session | undefined;
        for (const step of steps) {
          now += step;
          found = await b.get(session.id);
        }
        expect(found?.id).to.equal(alive ? session.id : undefined);
        expect((await a.get(session.id))?.id).to.equal(alive ? session.id : undefined);
        expect(ended.map((s) => s.id)).to.deep.equal(alive ? [] : [session.id]);
      });
    }

    it('a look without touch is not activity', async () => {
      const session = await a.create(IDENTITY, 'advisor');
      now += IDLE - 1;
      expect((await b.get(session.id, false))?.id).to.equal(session.id);
      now += 1;
      expect(await a.get(session.id, false)).to.equal(undefined);
    });

    it('holds and lets go of conversations, seen through the other view', async () => {
      const session = await a.create(IDENTITY, 'advisor');
      await a.hold(session, 'conv-1', true);
      await a.hold(session, 'conv-2', true);
      expect([...session.held].sort()).to.deep.equal(['conv-1', 'conv-2']);
      const there = (await b.get(session.id))!;
      expect([...there.held].sort()).to.deep.equal(['conv-1', 'conv-2']);
      await b.hold(there, 'conv-1', false);
      expect([...(await a.get(session.id))!.held]).to.deep.equal(['conv-2']);
    });

    it('sign-out through one view ends it for both, reported once; an unknown id is nothing', async () => {
      const session = await a.create(IDENTITY, 'advisor');
      await b.destroy(session.id);
      await a.destroy(session.id);
      expect(await a.get(session.id)).to.equal(undefined);
      expect(ended.map((s) => s.id)).to.deep.equal([session.id]);
      expect(await a.get(undefined)).to.equal(undefined);
      expect(await b.get('nope')).to.equal(undefined);
    });

    it('ends every session of one advisor at once through the other view, each reported once; others stay', async () => {
      const first = await a.create(IDENTITY, 'advisor');
      const second = await b.create(IDENTITY, 'advisor');
      const other = await a.create({ ...IDENTITY, id: 'a2' }, 'advisor');
      await a.hold(first, 'conv-1', true);
      expect(await b.endFor('a1')).to.equal(2);
      expect([await a.get(first.id), await a.get(second.id), await b.get(second.id)]).to.deep.equal([undefined, undefined, undefined]);
      expect(ended.map((s) => s.id).sort()).to.deep.equal([first.id, second.id].sort());
      expect(await a.endFor('a1')).to.equal(0);
      expect(await a.countFor('a1')).to.equal(0);
      expect((await a.get(other.id))?.id).to.equal(other.id);
      expect(await b.endFor('nobody')).to.equal(0);
    });

    it("sweeps idle sessions (one report even when both views sweep) and counts an advisor's open ones", async () => {
      const idleOne = await a.create(IDENTITY, 'advisor');
      now += IDLE / 2;
      const fresh = await b.create(IDENTITY, 'advisor');
      await a.create({ ...IDENTITY, id: 'a2' }, 'advisor');
      expect([await a.countFor('a1'), await b.countFor('a2'), await a.countFor('nobody')]).to.deep.equal([2, 1, 0]);
      now += IDLE / 2;
      await Promise.all([a.sweep(), b.sweep()]);
      expect(ended.map((s) => s.id)).to.deep.equal([idleOne.id]);
      expect((await b.get(fresh.id))?.id).to.equal(fresh.id);
      expect(await a.countFor('a1')).to.equal(1);
    });
  });
}
