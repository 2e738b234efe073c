import { expect } from 'chai';
import type { Count } from '../../insight/model';
import { buildReport, reportCsv } from '../../insight/report';

const c = (week: string, metric: Count['metric'], category: string, value: number, org = 'demo'): Count => ({ org, week, metric, category, value });

describe('insight report', () => {
  const weeks = ['2026-W49', '2026-W50'];
  const counts = [
    c('2026-W49', 'conversations', 'started', 12),
    c('2026-W50', 'conversations', 'started', 9),
    c('2026-W48', 'conversations', 'started', 100),
    c('2026-W49', 'topic', 'money', 8),
    c('2026-W50', 'topic', 'money', 2),
    c('2026-W49', 'topic', 'break', 6),
    c('2026-W50', 'topic', 'break', 7),
    c('2026-W49', 'unmet', 'break/E06000044', 6),
    c('2026-W50', 'unmet', 'break/E06000044', 1),
    c('2026-W49', 'unmet', 'money/E09000028', 5, 'other'),
  ];

  it('builds each metric by week, with fixed rows at zero and the period only', () => {
    const report = buildReport(counts, weeks);
    const conversations = report.tables.find((t) => t.id === 'conversations')!;
    expect(conversations.table).to.deep.equal({ cells: [[12, 9]], rowTotals: [21], columnTotals: [12, 9], total: 21 });
    const handoff = report.tables.find((t) => t.id === 'handoff')!;
    expect(handoff.rows).to.deep.equal(['requested', 'taken', 'callback', 'left']);
    const topics = report.tables.find((t) => t.id === 'topic')!;
    expect(topics.rows).to.deep.equal(['break', 'money']);
    // money's 2 hides its 8; that column's lone 8 hides break's 6, and that row's lone 6 its 7.
    expect(topics.table.cells).to.deep.equal([
      [null, null],
      [null, null],
    ]);
    expect(topics.table.rowTotals).to.deep.equal([13, 10]);
  });

  it('sums organisations for the national view, and shows unmet need as topics by council', () => {
    const unmet = buildReport(counts, weeks).tables.find((t) => t.id === 'unmet')!;
    expect(unmet.columnKind).to.equal('council');
    expect(unmet.rows).to.deep.equal(['break', 'money']);
    expect(unmet.columns).to.deep.equal(['E06000044', 'E09000028']);
    expect(unmet.table.cells).to.deep.equal([
      [7, 0],
      [0, 5],
    ]);
  });

  it('writes a CSV of every number, suppressed ones as "suppressed", with labels and no formulas', () => {
    const csv = reportCsv(buildReport(counts, weeks), (_t, kind, code) => (kind === 'row' && code === 'money' ? '=Money, debts' : code));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('table,row,column,count');
    expect(lines).to.include('conversations,started,2026-W49,12');
    expect(lines).to.include('conversations,total,total,21');
    expect(lines).to.include(`topic,"'=Money, debts",2026-W50,suppressed`);
    expect(lines).to.include('unmet,break,E06000044,7');
  });
});
