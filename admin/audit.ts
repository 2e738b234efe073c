/**
 * Every admin change, who made it, when, and what it was before and after: JSON Lines,
 * append only, owner-only, beside the console's audit log. Secrets never go in: password
 * hashes and TOTP secrets are never passed, and a webhook URL (whose path can grant access)
 * is cut to its origin.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export type AdminAction =
  | 'settings.update'
  | 'logo.update'
  | 'service.add'
  | 'service.edit'
  | 'service.retire'
  | 'service.check'
  | 'feed.subscribe'
  | 'feed.unsubscribe'
  | 'advisor.add'
  | 'advisor.disable'
  | 'advisor.enable'
  | 'advisor.remove'
  | 'advisor.reset-password'
  | 'advisor.reset-totp';

export interface AdminAuditEntry {
  at: string;
  action: AdminAction;
  adminId: string;
  org: string;
  /** What was changed: a service id, an advisor id, a feed URL. */
  target?: string;
  before?: unknown;
  after?: unknown;
}

export interface AdminAudit {
  record(entry: AdminAuditEntry): Promise<void>;
}

export const adminAuditPath = (dir: string): string => path.join(dir, 'admin-audit.log');

/** A webhook URL reduced to what identifies it without granting access. */
export function redactWebhook(url: string | undefined): string | undefined {
  if (!url) return url;
  return URL.canParse(url) ? `${new URL(url).origin}/…` : '…';
}

export class JsonLinesAdminAudit implements AdminAudit {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  record(entry: AdminAuditEntry): Promise<void> {
    const line = `${JSON.stringify({ at: entry.at, action: entry.action, adminId: entry.adminId, org: entry.org, target: entry.target, before: entry.before, after: entry.after })}\n`;
    const write = this.tail.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
      await appendFile(this.file, line, { mode: 0o600, flag: 'a' });
    });
    this.tail = write.catch(() => undefined);
    return write;
  }
}
