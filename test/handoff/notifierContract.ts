/**
 * The behaviour every advice-line notifier must show: it is called on the person's turn, so it
 * never rejects and never throws, whatever the notice and whatever the far side does; it sends one
 * message per notice; and nothing personal that rides along on the notice object gets out.
 */
import { expect } from 'chai';
import type { AdviceLineNotifier, HandoffNotice, NoticeLevel, NoticeReason } from '../../handoff/notify';

export interface NotifierUnderTest {
  notifier: AdviceLineNotifier;
  /** What reached the far side, one string per message; omitted for a notifier that sends nothing anywhere. */
  sent?: () => string[];
  /** Stops what the factory started (a local webhook server). */
  dispose?: () => Promise<void>;
}

export interface NotifierContractOptions {
  /** The same notifier with its far side failing (a webhook answering 500, say). */
  failing?: () => Promise<NotifierUnderTest> | NotifierUnderTest;
}

const PERSONAL = {
  text: 'I cannot go on, I have saved up his morphine',
  phone: '07700 900123',
  postcode: 'SO17 1BJ',
  name: 'Jane Smith',
};

/** The personal values, and pieces of them, that must never be in a message. */
const NEVER_SENT = [...Object.values(PERSONAL), 'morphine', '900123', 'Jane', 'SO17'];

/** A fresh notice each time: no test can change another's by changing a shared one. */
export const notice = (changes: Partial<HandoffNotice> = {}): HandoffNotice => ({
  org: 'demo',
  orgName: 'Hearth Support Line (demo)',
  level: 'emergency',
  categories: ['suicide_self_harm', 'medical_emergency'],
  channel: 'sms',
  language: 'cy',
  reason: 'handoff',
  at: new Date('2026-07-01T13:05:00Z'),
  consoleUrl: 'https://bot.example.org/advisor',
  reference: 'a1b2c3d4',
  ...changes,
});

const LEVELS: NoticeLevel[] = ['urgent', 'emergency'];
const REASONS: NoticeReason[] = ['handoff', 'risk_during_handoff', 'risk_after_stop'];

/** Notices a caller can send, each with a reference of its own so messages can be told apart. */
const NOTICES: Array<[string, () => HandoffNotice]> = [
  ...LEVELS.flatMap((level) =>
    REASONS.map((reason): [string, () => HandoffNotice] => [`${level} ${reason}`, () => notice({ level, reason, reference: `${level}-${reason}` })]),
  ),
  ['no categories', () => notice({ categories: [], reference: 'no-cat' })],
  [
    'a category, language and channel it does not know',
    () => notice({ categories: ['something_new'], language: 'xx-not-a-code', channel: 'carrier-pigeon', reference: 'unknown' }),
  ],
  [
    'long and unusual text in every field',
    () => notice({ orgName: 'Cymdeithas Gofalwyr — “Cwm” 😊 '.repeat(50), consoleUrl: 'https://bot.example.org/advisor?x=<&>', reference: 'unusual' }),
  ],
  ['personal text riding along by mistake', () => ({ ...notice({ reference: 'personal' }), ...PERSONAL })],
];

export function notifierContract(name: string, make: () => Promise<NotifierUnderTest> | NotifierUnderTest, options: NotifierContractOptions = {}): void {
  describe(`${name} (AdviceLineNotifier contract)`, () => {
    let under: NotifierUnderTest;
    beforeEach(async () => {
      under = await make();
    });
    afterEach(async () => {
      await under.dispose?.();
    });

    for (const [label, make] of NOTICES) {
      it(`sends ${label}: resolves, one message with the reference and the console link, nothing personal`, async () => {
        const given = make();
        expect(await under.notifier.notify(given)).to.equal(undefined);
        if (!under.sent) return;
        const sent = under.sent();
        expect(sent).to.have.length(1);
        expect(sent[0]).to.contain(given.reference).and.contain(JSON.stringify(given.consoleUrl).slice(1, -1));
        for (const personal of NEVER_SENT) expect(sent[0]).not.to.contain(personal);
      });
    }

    it('resolves even for a notice it cannot render (an invalid date)', async () => {
      expect(await under.notifier.notify(notice({ at: new Date(Number.NaN) }))).to.equal(undefined);
    });

    it('leaves the notice as it was', async () => {
      const given = notice();
      await under.notifier.notify(given);
      expect(given).to.deep.equal(notice());
    });

    it('sends every one of 10 notices given at once, each once', async () => {
      const references = Array.from({ length: 10 }, (_, i) => `ref-${i}`);
      const results = await Promise.all(references.map((reference) => under.notifier.notify(notice({ reference }))));
      expect(results).to.deep.equal(references.map(() => undefined));
      if (!under.sent) return;
      const sent = under.sent();
      expect(sent).to.have.length(10);
      for (const reference of references)
        expect(
          sent.filter((s) => s.includes(`"${reference}"`)),
          reference,
        ).to.have.length(1);
    });

    if (options.failing) {
      const failing = options.failing;
      describe('when the far side fails', () => {
        let broken: NotifierUnderTest;
        beforeEach(async () => {
          broken = await failing();
        });
        afterEach(async () => {
          await broken.dispose?.();
        });

        it('still resolves, one notice or several at once', async () => {
          expect(await broken.notifier.notify(notice())).to.equal(undefined);
          const results = await Promise.all([1, 2, 3].map((i) => broken.notifier.notify(notice({ reference: `ref-${i}` }))));
          expect(results).to.deep.equal([undefined, undefined, undefined]);
        });
      });
    }
  });
}
