import { expect } from 'chai';
import { createNotifier, NoopNotifier, noticeFor, noticeReference, type HandoffNotice } from '../../handoff/notify';
import { categoryLabel, headline, jsonBody, languageLabel, londonTime, teamsWorkflowBody } from '../../handoff/notifyBody';
import { WebhookNotifier } from '../../handoff/notifyWebhook';
import { FakeWebhook, recordingLogger } from './fakeWebhook';
import { notice as sampleNotice } from './notifierContract';
import { RecordingNotifier } from './recordingNotifier';

const MESSAGE = 'I cannot go on, I have saved up his morphine';
const PHONE = '07700 900123';
const POSTCODE = 'SO17 1BJ';

const notice: HandoffNotice = sampleNotice();

/** What a careless caller might pass: the notice with personal fields riding along. */
const withPersonalText = { ...notice, text: MESSAGE, phone: PHONE, postcode: POSTCODE, name: 'Jane Smith' } as HandoffNotice;

describe('handoff/notify', () => {
  describe('bodies', () => {
    it('json: a flat generic body with every notice field', () => {
      expect(jsonBody(notice)).to.deep.equal({
        type: 'handoff_notice',
        version: 1,
        summary: 'Emergency: someone is waiting for the advice line',
        org: 'demo',
        orgName: 'Hearth Support Line (demo)',
        level: 'emergency',
        reason: 'handoff',
        categories: ['suicide_self_harm', 'medical_emergency'],
        channel: 'sms',
        language: 'cy',
        at: '2026-07-01T13:05:00.000Z',
        consoleUrl: 'https://bot.example.org/advisor',
        reference: 'a1b2c3d4',
      });
    });

    it('teams: a Workflows message with one Adaptive Card, facts in UK time and a link to the console', () => {
      const body = teamsWorkflowBody(notice);
      expect(body.type).to.equal('message');
      expect(body.attachments).to.have.length(1);
      const [attachment] = body.attachments;
      expect(attachment.contentType).to.equal('application/vnd.microsoft.card.adaptive');
      expect(attachment.contentUrl).to.equal(null);
      const card = attachment.content as { type: string; version: string; body: Record<string, unknown>[]; actions: Record<string, unknown>[] };
      expect(card.type).to.equal('AdaptiveCard');
      expect(card.version).to.equal('1.4');
      expect(card.body[0]).to.include({ type: 'TextBlock', text: 'Emergency: someone is waiting for the advice line', weight: 'Bolder', color: 'Attention' });
      const facts = Object.fromEntries(
        (card.body.find((e) => e.type === 'FactSet')!.facts as { title: string; value: string }[]).map((f) => [f.title, f.value]),
      );
      expect(facts).to.deep.equal({
        Level: 'Emergency',
        About: 'Suicide or self-harm, Medical emergency',
        Channel: 'Text message (SMS)',
        Language: 'Welsh',
        Time: 'Wed 1 Jul 2026, 14:05 BST',
        Reference: 'a1b2c3d4',
      });
      expect(card.actions).to.deep.equal([{ type: 'Action.OpenUrl', title: 'Open the advisor console', url: 'https://bot.example.org/advisor' }]);
    });

    const headlines: [Partial<HandoffNotice>, string][] = [
      [{ level: 'urgent', reason: 'handoff' }, 'Urgent: someone is waiting for the advice line'],
      [{ level: 'emergency', reason: 'risk_during_handoff' }, 'Emergency: risk rose for someone in a hand-off'],
      [{ level: 'urgent', reason: 'risk_after_stop' }, 'Urgent: someone who texted STOP has sent an urgent message'],
    ];
    for (const [change, expected] of headlines) {
      it(`headline for ${change.level} ${change.reason}`, () => expect(headline({ ...notice, ...change })).to.equal(expected));
    }

    it('labels: known categories and languages in words, unknown ones as they are', () => {
      expect(categoryLabel('abuse')).to.equal('Abuse or neglect');
      expect(categoryLabel('something_new')).to.equal('something_new');
      expect(languageLabel('pa')).to.equal('Punjabi');
      expect(languageLabel('not a code')).to.equal('not a code');
      expect(londonTime(new Date('2026-12-25T09:30:00Z'))).to.equal('Fri 25 Dec 2026, 09:30 GMT');
    });
  });

  describe('WebhookNotifier against a local webhook', () => {
    let webhook: FakeWebhook;
    afterEach(async () => webhook.stop());

    for (const format of ['json', 'teams'] as const) {
      it(`posts the ${format} body as JSON`, async () => {
        webhook = new FakeWebhook([202]);
        const logger = recordingLogger();
        const notifier = new WebhookNotifier({ url: await webhook.start(), format, logger });
        await notifier.notify(withPersonalText);
        expect(webhook.received).to.have.length(1);
        const [request] = webhook.received;
        expect(request.method).to.equal('POST');
        expect(request.contentType).to.equal('application/json');
        const expected = format === 'json' ? jsonBody(notice) : teamsWorkflowBody(notice);
        expect(JSON.parse(request.body)).to.deep.equal(JSON.parse(JSON.stringify(expected)));
        expect(logger.warnings).to.deep.equal([]);
      });
    }

    it('retries once after a 5xx and then succeeds', async () => {
      webhook = new FakeWebhook([503, 200]);
      const logger = recordingLogger();
      await new WebhookNotifier({ url: await webhook.start(), format: 'json', logger, retryDelayMs: 0 }).notify(notice);
      expect(webhook.received).to.have.length(2);
      expect(webhook.received[0].body).to.equal(webhook.received[1].body);
      expect(logger.warnings).to.deep.equal([]);
    });

    it('gives up after the one retry, logs without the URL or personal data, and resolves', async () => {
      webhook = new FakeWebhook([500]);
      const logger = recordingLogger();
      await new WebhookNotifier({ url: await webhook.start(), format: 'teams', logger, retryDelayMs: 0 }).notify(withPersonalText);
      expect(webhook.received).to.have.length(2);
      expect(logger.warnings).to.have.length(1);
      expect(logger.warnings[0].fields).to.deep.equal({
        format: 'teams',
        org: 'demo',
        level: 'emergency',
        reference: 'a1b2c3d4',
        status: 500,
        error: undefined,
      });
      const logged = JSON.stringify(logger.warnings);
      for (const secret of ['secret-signature', '127.0.0.1', MESSAGE, PHONE]) expect(logged).not.to.contain(secret);
    });

    for (const status of [400, 404, 410]) {
      it(`does not retry a ${status}`, async () => {
        webhook = new FakeWebhook([status]);
        const logger = recordingLogger();
        await new WebhookNotifier({ url: await webhook.start(), format: 'json', logger, retryDelayMs: 0 }).notify(notice);
        expect(webhook.received).to.have.length(1);
        expect(logger.warnings[0].fields.status).to.equal(status);
      });
    }

    it('times out a webhook that never answers, retries once, then logs a timeout', async () => {
      webhook = new FakeWebhook(['hang']);
      const logger = recordingLogger();
      await new WebhookNotifier({ url: await webhook.start(), format: 'json', logger, timeoutMs: 50, retryDelayMs: 0 }).notify(notice);
      expect(webhook.received).to.have.length(2);
      expect(logger.warnings[0].fields.error).to.equal('timeout');
    });

    it('a timed-out first attempt can still succeed on the retry', async () => {
      webhook = new FakeWebhook(['hang', 200]);
      const logger = recordingLogger();
      await new WebhookNotifier({ url: await webhook.start(), format: 'json', logger, timeoutMs: 50, retryDelayMs: 0 }).notify(notice);
      expect(webhook.received).to.have.length(2);
      expect(logger.warnings).to.deep.equal([]);
    });

    it('retries a refused connection once, then logs the error code', async () => {
      webhook = new FakeWebhook([200]);
      const url = await webhook.start();
      await webhook.stop();
      const logger = recordingLogger();
      const attempts: string[] = [];
      const countingFetch: typeof fetch = (input, init) => {
        attempts.push(String(input));
        return fetch(input, init);
      };
      await new WebhookNotifier({ url, format: 'json', logger, retryDelayMs: 0, fetch: countingFetch }).notify(notice);
      expect(attempts).to.have.length(2);
      expect(logger.warnings[0].fields.error).to.equal('ECONNREFUSED');
    });

    it('never rejects, even when fetch itself throws synchronously', async () => {
      webhook = new FakeWebhook([200]);
      const logger = recordingLogger();
      const broken = (() => {
        throw new TypeError('boom');
      }) as unknown as typeof fetch;
      await new WebhookNotifier({ url: 'http://127.0.0.1:9/x', format: 'teams', logger, retryDelayMs: 0, fetch: broken }).notify(notice);
      expect(logger.warnings).to.have.length(1);
    });
  });

  describe('the other notifiers and helpers', () => {
    it('createNotifier: a webhook notifier when configured, a no-op otherwise', () => {
      const logger = recordingLogger();
      expect(createNotifier(undefined, logger)).to.be.instanceOf(NoopNotifier);
      expect(createNotifier({ url: 'https://example.org/hook', format: 'teams' }, logger)).to.be.instanceOf(WebhookNotifier);
    });

    it('RecordingNotifier keeps the latest notices up to its limit', async () => {
      const recorder = new RecordingNotifier(2);
      for (const reference of ['one', 'two', 'three']) await recorder.notify({ ...notice, reference });
      expect(recorder.notices.map((n) => n.reference)).to.deep.equal(['two', 'three']);
    });

    it('noticeFor: builds a notice from an urgent hand-off event, nothing below urgent', () => {
      const event = {
        conversationKey: '0123456789abcdef0123456789abcdef',
        org: 'demo',
        level: 'urgent' as const,
        categories: ['hardship'],
        channel: 'webchat',
        language: 'en',
        reason: 'handoff' as const,
      };
      const at = new Date('2026-11-23T10:00:00Z');
      expect(noticeFor(event, { orgName: 'Hearth', publicUrl: 'https://bot.example.org/', at })).to.deep.equal({
        org: 'demo',
        orgName: 'Hearth',
        level: 'urgent',
        categories: ['hardship'],
        channel: 'webchat',
        language: 'en',
        reason: 'handoff',
        at,
        consoleUrl: 'https://bot.example.org/advisor',
        reference: '01234567',
      });
      expect(noticeFor({ ...event, level: 'concern' }, { orgName: 'Hearth', publicUrl: 'https://x', at })).to.equal(undefined);
      expect(noticeReference('abcdef0123456789')).to.equal('abcdef01');
    });
  });
});
