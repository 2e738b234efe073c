/**
 * Who looked at which conversation, and when: append-only JSON lines, never the
 * text. Behind `AuditLog` so it can move to a database or a log service.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface AuditEntry {
  at: string;
  action: 'transcript.view' | 'conversation.claim' | 'conversation.end' | 'sign-in' | 'sign-out';
  advisorId: string;
  org: string;
  conversationKey?: string;
  outcome: 'ok' | 'refused';
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
}

export function auditPath(dir: string): string {
  return path.join(dir, 'audit.log');
}

export class JsonLinesAuditLog implements AuditLog {
  /** Appends one at a time, in order, even when views arrive together. */
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  record(entry: AuditEntry): Promise<void> {
    // Only the known fields: a caller cannot slip text into the log by passing more.
    const line = `${JSON.stringify({ at: entry.at, action: entry.action, advisorId: entry.advisorId, org: entry.org, conversationKey: entry.conversationKey, outcome: entry.outcome })}\n`;
    const write = this.tail.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
      await appendFile(this.file, line, { mode: 0o600, flag: 'a' });
    });
    this.tail = write.catch(() => undefined);
    return write;
  }
}
