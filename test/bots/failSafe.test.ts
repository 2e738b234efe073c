/**
 * Whatever breaks during a turn, a person whose message shows risk still gets
 * the crisis contacts; without risk they get a kind apology; and the next
 * message works.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import type { i18n } from 'i18next';
import { HandoffService } from '../../handoff/handoffService';
import { OfferDialog } from '../../dialogs/offerDialog';
import { GuideDialog } from '../../dialogs/guideDialog';
import { MemoryStateStorage } from '../../storage';
import { startBot, type Harness, type HarnessOptions } from '../dialogs/botHarness';

const URGENT = 'I want to kill myself tonight';
const CRISIS_NUMBERS = [/116 123/, /85258/, /999/];

interface Failure {
  name: string;
  options?: () => HarnessOptions;
  /** Breaks something once the bot is up; returns the stub to restore. */
  inject: (h: Harness) => sinon.SinonStub | void;
  /** The failure also hits a message without risk (so the apology shows). */
  hitsEveryTurn: boolean;
}

const boom = () => new Error('injected failure');

const failures: Failure[] = [
  { name: 'storage read', inject: (h) => sinon.stub(h.storage, 'read').rejects(boom()), hitsEveryTurn: true },
  { name: 'storage write', inject: (h) => sinon.stub(h.storage, 'write').rejects(boom()), hitsEveryTurn: true },
  {
    name: 'a dialog (the crisis offer / the guide)',
    inject: () => {
      sinon.stub(OfferDialog.prototype, 'beginDialog').rejects(boom());
      return sinon.stub(GuideDialog.prototype, 'continueDialog').rejects(boom());
    },
    hitsEveryTurn: true,
  },
  {
    name: 'the wording (t throws)',
    inject: (h) =>
      sinon.stub(h.app.i18n as i18n, 'getFixedT').returns((() => {
        throw boom();
      }) as unknown as ReturnType<i18n['getFixedT']>),
    hitsEveryTurn: true,
  },
];

describe('fail-safe: crisis contacts survive any failure', () => {
  afterEach(() => sinon.restore());

  for (const failure of failures) {
    it(`${failure.name}: an urgent message still gets 116 123, 85258 and 999`, async () => {
      const h = await startBot(failure.options?.());
      try {
        await h.say('hello');
        failure.inject(h);
        const reply = await h.say(URGENT);
        for (const number of CRISIS_NUMBERS) expect(reply.text).to.match(number);
      } finally {
        await h.close();
      }
    });

    if (failure.hitsEveryTurn) {
      it(`${failure.name}: a message without risk gets a kind apology, and the next message works`, async () => {
        const h = await startBot(failure.options?.());
        try {
          await h.say('hello');
          failure.inject(h);
          const reply = await h.say('money worries');
          expect(reply.text).to.match(/sorry/i);
          expect(reply.text).not.to.match(/116 123/);
          sinon.restore();
          const next = await h.say('money worries');
          expect(next.text).to.match(/money|benefit|working/i);
          expect(next.text).not.to.match(/sorry, something went wrong/i);
        } finally {
          await h.close();
        }
      });
    }
  }

  it('the handoff desk failing on "yes" to a crisis offer: the numbers go out again, not just an apology', async () => {
    const h = await startBot();
    try {
      await h.say(URGENT);
      sinon.stub(HandoffService.prototype, 'request').rejects(boom());
      const reply = await h.say('yes');
      for (const number of CRISIS_NUMBERS) expect(reply.text).to.match(number);
    } finally {
      await h.close();
    }
  });

  it('the catalogue failing when results are due: an apology, and the next message works', async () => {
    const h = await startBot();
    try {
      await h.say('I need help with money');
      await h.say('no');
      const stub = sinon.stub(h.app.catalogue, 'services').get(() => {
        throw boom();
      });
      expect((await h.say('skip')).text).to.match(/sorry/i);
      stub.restore();
      expect((await h.say('money worries')).text).not.to.match(/sorry, something went wrong/i);
    } finally {
      await h.close();
    }
  });

  it('the handoff desk failing on a plain request: an apology, and the conversation goes on', async () => {
    const h = await startBot();
    try {
      await h.say('hello');
      const stub = sinon.stub(HandoffService.prototype, 'request').rejects(boom());
      expect((await h.say('talk to a person')).text).to.match(/sorry/i);
      stub.restore();
      expect((await h.say('talk to a person')).text).to.match(/Hearth/);
    } finally {
      await h.close();
    }
  });

  it('the recognizer failing: an urgent message still gets the crisis reply and the offer', async () => {
    const h = await startBot({
      recognizer: {
        recognize: async () => {
          throw boom();
        },
      },
    });
    try {
      const reply = await h.say(URGENT);
      for (const number of CRISIS_NUMBERS) expect(reply.text).to.match(number);
      expect(reply.choices).to.have.length(2);
      expect((await h.data())?.handoff).to.equal('offered');
    } finally {
      await h.close();
    }
  });

  it('the assessment itself failing: the fixed 24/7 block, level concern', async () => {
    const h = await startBot({
      assess: () => {
        throw boom();
      },
    });
    try {
      const reply = await h.say('my mum has cancer');
      for (const number of CRISIS_NUMBERS) expect(reply.text).to.match(number);
      expect((await h.data())?.risk).to.equal('concern');
      // The message that followed the offer is not lost.
      const next = await h.say('money worries');
      expect(next.text).to.match(/\p{L}/u);
      expect(next.choices.length).to.be.greaterThan(0);
    } finally {
      await h.close();
    }
  });

  it('storage failing for good: every urgent message still gets the numbers', async () => {
    const storage = new MemoryStateStorage();
    sinon.stub(storage, 'read').rejects(boom());
    const h = await startBot({ storage });
    try {
      for (let i = 0; i < 3; i++) for (const number of CRISIS_NUMBERS) expect((await h.say(URGENT)).text).to.match(number);
    } finally {
      await h.close();
    }
  });
});
