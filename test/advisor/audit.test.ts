import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditPath, JsonLinesAuditLog, type AuditEntry } from '../../advisor/audit';

describe('advisor audit log', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'advisor-audit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends one JSON line per entry, in order, owner-only, keeping only the known fields', async () => {
    const log = new JsonLinesAuditLog(auditPath(dir));
    const entry: AuditEntry = {
      at: '2026-11-24T14:00:00.000Z',
      action: 'transcript.view',
      advisorId: 'a1',
      org: 'demo',
      conversationKey: 'webchat/c1',
      outcome: 'ok',
    };
    await Promise.all([
      log.record(entry),
      log.record({ ...entry, conversationKey: 'webchat/c2' }),
      log.record({ ...entry, text: 'I feel awful' } as AuditEntry),
    ]);
    const lines = readFileSync(auditPath(dir), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.conversationKey)).to.deep.equal(['webchat/c1', 'webchat/c2', 'webchat/c1']);
    expect(lines[2]).to.not.have.property('text');
    expect(statSync(auditPath(dir)).mode & 0o777).to.equal(0o600);
    await new JsonLinesAuditLog(auditPath(dir)).record(entry);
    expect(readFileSync(auditPath(dir), 'utf8').trim().split('\n')).to.have.length(4);
  });
});
