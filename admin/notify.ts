/**
 * An organisation's own notification webhook (set in the admin space), beside the deployment's
 * NOTIFY_WEBHOOK_URL. The address was checked when it was saved; it is resolved and checked
 * again before each notice, and the notice goes out through core/pinnedFetch: the connection is
 * made only to addresses its own lookup (the same resolver) has just checked, so a name that
 * answers the check with a public address and the connection with a private one is refused
 * (DNS rebinding). Redirects are not followed (a 3xx is a failed notice).
 */
import { pinnedFetch } from '../core/pinnedFetch';
import type { Organisation } from '../handoff/orgs';
import type { HandoffNotice } from '../handoff/notify';
import { WebhookNotifier, type WarnLogger } from '../handoff/notifyWebhook';
import { outboundUrlProblem, type Resolve } from './urls';

export async function notifyOrganisation(
  org: Organisation | undefined,
  notice: HandoffNotice,
  logger: WarnLogger,
  resolve: Resolve,
  fetcher: typeof fetch = pinnedFetch({ resolve }),
): Promise<void> {
  const url = org?.notifyWebhook;
  if (!url) return;
  if (await outboundUrlProblem('notifyWebhook', url, resolve)) {
    logger.warn({ org: notice.org }, 'organisation webhook refused: its address is not public');
    return;
  }
  await new WebhookNotifier({ url, format: 'json', logger, fetch: fetcher, retryDelayMs: 0 }).notify(notice);
}
