import { NoopNotifier } from '../../handoff/notify';
import { WebhookNotifier } from '../../handoff/notifyWebhook';
import { FakeWebhook, recordingLogger } from './fakeWebhook';
import { notifierContract, type NotifierUnderTest } from './notifierContract';
import { RecordingNotifier } from './recordingNotifier';

notifierContract('NoopNotifier', () => ({ notifier: new NoopNotifier() }));

notifierContract('RecordingNotifier (test double)', () => {
  const notifier = new RecordingNotifier();
  return { notifier, sent: () => notifier.notices.map((notice) => JSON.stringify(notice)) };
});

/** A webhook notifier posting to a local server that answers each request with `status`. */
async function webhook(format: 'json' | 'teams', status: number): Promise<NotifierUnderTest> {
  const server = new FakeWebhook([status]);
  const notifier = new WebhookNotifier({ url: await server.start(), format, logger: recordingLogger(), retryDelayMs: 0 });
  return { notifier, sent: () => server.received.map((r) => r.body), dispose: () => server.stop() };
}

for (const format of ['json', 'teams'] as const) {
  notifierContract(`WebhookNotifier (${format}, local webhook)`, () => webhook(format, 202), { failing: () => webhook(format, 500) });
}
