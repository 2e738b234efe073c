/** A test double for the advice-line notifier: keeps the latest notices in memory. */
import type { AdviceLineNotifier, HandoffNotice } from '../../handoff/notify';

export class RecordingNotifier implements AdviceLineNotifier {
  readonly notices: HandoffNotice[] = [];
  constructor(private readonly limit = 100) {}

  async notify(notice: HandoffNotice): Promise<void> {
    // Field by field, as the real notifiers render: extra (personal) properties are never kept.
    this.notices.push({
      org: notice.org,
      orgName: notice.orgName,
      level: notice.level,
      categories: [...notice.categories],
      channel: notice.channel,
      language: notice.language,
      reason: notice.reason,
      at: new Date(notice.at.getTime()),
      consoleUrl: notice.consoleUrl,
      reference: notice.reference,
    });
    if (this.notices.length > this.limit) this.notices.splice(0, this.notices.length - this.limit);
  }
}
