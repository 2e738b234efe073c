/**
 * The behaviour every advisor presence must show, in process or shared (keys with a time to live
 * later). The hand-off service relies on it: `seen` on every heartbeat, claim and message, `online`
 * for language matching, `lastSeen` to give back what a silent console held, `gone` on sign-off.
 * Time is passed in, never read from a clock. Every call is awaited, so a shared (asynchronous)
 * implementation can run this suite unchanged.
 */
import { expect } from 'chai';
import type { AdvisorIdentity } from '../../handoff/advisorDesk';
import type { AdvisorPresence } from '../../handoff/presence';

export interface PresenceContractEnv {
  /** How long after the last sign of life an advisor still counts as online. */
  timeoutMs: number;
}

export interface PresenceContractOptions<P extends AdvisorPresence> {
  dispose?: (presence: P) => Promise<void>;
}

const T0 = Date.parse('2026-11-24T14:00:00Z');
const TIMEOUT = 45_000;

const advisor = (id: string, org = 'demo', languages = ['en']): AdvisorIdentity => ({ id, name: id.toUpperCase(), org, languages });

export function presenceContract<P extends AdvisorPresence>(
  name: string,
  makePresence: (env: PresenceContractEnv) => Promise<P> | P,
  options: PresenceContractOptions<P> = {},
): void {
  describe(`${name} (AdvisorPresence contract)`, () => {
    let presence: P;
    beforeEach(async () => {
      presence = await makePresence({ timeoutMs: TIMEOUT });
    });
    afterEach(async () => {
      await options.dispose?.(presence);
    });

    const onlineIds = async (org: string, now: number): Promise<string[]> => (await presence.online(org, now)).map((a) => a.id).sort();

    describe('online', () => {
      // [how long after being seen, ms, online]
      const cases: Array<[string, number, boolean]> = [
        ['the moment', 0, true],
        ['1 ms before the timeout', TIMEOUT - 1, true],
        ['exactly the timeout', TIMEOUT, true],
        ['1 ms after the timeout', TIMEOUT + 1, false],
        ['a day', 24 * 60 * 60_000, false],
      ];
      for (const [when, ms, online] of cases) {
        it(`${when} after being seen: ${online ? 'online' : 'offline'}`, async () => {
          await presence.seen(advisor('ana'), T0);
          expect(await onlineIds('demo', T0 + ms)).to.deep.equal(online ? ['ana'] : []);
        });
      }

      it('lists every advisor of the organisation, with what they said about themselves', async () => {
        const ana = advisor('ana', 'demo', ['en', 'pl']);
        const ben = advisor('ben', 'demo', ['cy']);
        await presence.seen(ana, T0);
        await presence.seen(ben, T0 + 1000);
        const online = [...(await presence.online('demo', T0 + 2000))].sort((a, b) => a.id.localeCompare(b.id));
        expect(online).to.deep.equal([advisor('ana', 'demo', ['en', 'pl']), advisor('ben', 'demo', ['cy'])]);
      });

      it('keeps organisations apart', async () => {
        await presence.seen(advisor('ana', 'demo'), T0);
        await presence.seen(advisor('olu', 'valleys'), T0);
        expect(await onlineIds('demo', T0)).to.deep.equal(['ana']);
        expect(await onlineIds('valleys', T0)).to.deep.equal(['olu']);
        expect(await onlineIds('nobody', T0)).to.deep.equal([]);
      });

      it('is empty before anyone is seen', async () => {
        expect(await onlineIds('demo', T0)).to.deep.equal([]);
      });
    });

    describe('seen again', () => {
      it('keeps an advisor online for another timeout from the latest sign of life', async () => {
        await presence.seen(advisor('ana'), T0);
        await presence.seen(advisor('ana'), T0 + 30_000);
        expect(await onlineIds('demo', T0 + 30_000 + TIMEOUT)).to.deep.equal(['ana']);
        expect(await presence.lastSeen('ana')).to.equal(T0 + 30_000);
      });

      it('brings back an advisor who had timed out', async () => {
        await presence.seen(advisor('ana'), T0);
        await presence.seen(advisor('ana'), T0 + 2 * TIMEOUT);
        expect(await onlineIds('demo', T0 + 2 * TIMEOUT)).to.deep.equal(['ana']);
      });

      it('takes the latest identity (languages changed in the account)', async () => {
        await presence.seen(advisor('ana', 'demo', ['en']), T0);
        await presence.seen(advisor('ana', 'demo', ['en', 'cy']), T0 + 1000);
        expect(await presence.online('demo', T0 + 1000)).to.deep.equal([advisor('ana', 'demo', ['en', 'cy'])]);
      });
    });

    describe('lastSeen', () => {
      it('is the time of the latest sign of life, and undefined for someone never seen', async () => {
        await presence.seen(advisor('ana'), T0);
        await presence.seen(advisor('ben'), T0 + 5000);
        expect([await presence.lastSeen('ana'), await presence.lastSeen('ben'), await presence.lastSeen('nobody')]).to.deep.equal([T0, T0 + 5000, undefined]);
      });
    });

    describe('gone', () => {
      it('takes the advisor offline at once and forgets when they were seen', async () => {
        await presence.seen(advisor('ana'), T0);
        await presence.seen(advisor('ben'), T0);
        await presence.gone('ana');
        expect(await onlineIds('demo', T0)).to.deep.equal(['ben']);
        expect(await presence.lastSeen('ana')).to.equal(undefined);
      });

      it('ignores an advisor never seen, and a later sign of life brings them back', async () => {
        await presence.gone('nobody');
        await presence.seen(advisor('ana'), T0);
        await presence.gone('ana');
        await presence.seen(advisor('ana'), T0 + 1000);
        expect(await onlineIds('demo', T0 + 1000)).to.deep.equal(['ana']);
      });
    });

    describe('copies', () => {
      it('keeps its own copy: changing the identity afterwards, or what online returns, changes nothing', async () => {
        const ana = advisor('ana', 'demo', ['en']);
        await presence.seen(ana, T0);
        ana.languages.push('pl');
        ana.org = 'valleys';
        const [listed] = await presence.online('demo', T0);
        listed.languages.push('cy');
        listed.name = 'changed';
        expect(await presence.online('demo', T0)).to.deep.equal([advisor('ana', 'demo', ['en'])]);
      });
    });
  });
}
