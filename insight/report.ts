/**
 * The dashboard's tables from the counters: each metric by week (rows: its categories), and
 * unmet need as topics by council over the period; every table suppressed (suppress.ts)
 * before anything leaves the server, and the same tables as CSV.
 */
import { HANDOFF_OUTCOMES, WAIT_BUCKETS, type Count, type Metric } from './model';
import { suppress, type SuppressedTable } from './suppress';

export interface InsightTable {
  id: Metric;
  /** What the rows and columns are: categories by week, or (unmet need) topics by council. */
  rows: string[];
  columns: string[];
  columnKind: 'week' | 'council';
  table: SuppressedTable;
}

export interface InsightReport {
  weeks: string[];
  tables: InsightTable[];
}

/** Rows always shown, in this order, even at zero; other metrics show what was counted, largest first. */
const FIXED_ROWS: Partial<Record<Metric, readonly string[]>> = {
  conversations: ['started'],
  risk: ['concern', 'urgent', 'emergency'],
  handoff: HANDOFF_OUTCOMES,
  wait: WAIT_BUCKETS.map((b) => b.id),
};

const WEEKLY: Metric[] = ['conversations', 'channel', 'language', 'topic', 'risk', 'council', 'handoff', 'wait'];

function sum(counts: readonly Count[], key: (c: Count) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(key(c), (totals.get(key(c)) ?? 0) + c.value);
  return totals;
}

function order(fixed: readonly string[] | undefined, totals: Map<string, number>): string[] {
  if (fixed) return [...fixed, ...[...totals.keys()].filter((k) => !fixed.includes(k)).sort()];
  return [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
}

/** Counts of one organisation or of several (the national view sums them before suppressing). */
export function buildReport(counts: readonly Count[], weeks: readonly string[]): InsightReport {
  const inPeriod = counts.filter((c) => weeks.includes(c.week));
  const tables: InsightTable[] = WEEKLY.map((id) => {
    const mine = inPeriod.filter((c) => c.metric === id);
    const byCell = sum(mine, (c) => `${c.category}\u0000${c.week}`);
    const rows = order(
      FIXED_ROWS[id],
      sum(mine, (c) => c.category),
    );
    const values = rows.map((row) => weeks.map((week) => byCell.get(`${row}\u0000${week}`) ?? 0));
    return { id, rows, columns: [...weeks], columnKind: 'week', table: suppress(values) };
  });
  const unmet = inPeriod.filter((c) => c.metric === 'unmet');
  const split = (c: Count) => c.category.split('/') as [string, string];
  const byPair = sum(unmet, (c) => split(c).join('\u0000'));
  const topics = order(
    undefined,
    sum(unmet, (c) => split(c)[0]),
  );
  const councils = order(
    undefined,
    sum(unmet, (c) => split(c)[1]),
  );
  const values = topics.map((topic) => councils.map((council) => byPair.get(`${topic}\u0000${council}`) ?? 0));
  tables.push({ id: 'unmet', rows: topics, columns: councils, columnKind: 'council', table: suppress(values) });
  return { weeks: [...weeks], tables };
}

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function field(value: string | number | null): string {
  if (value === null) return 'suppressed';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line per shown or suppressed number, totals included: `table,row,column,count`. */
export function reportCsv(report: InsightReport, label: (table: Metric, kind: 'row' | 'column', code: string) => string = (_t, _k, code) => code): string {
  const lines = ['table,row,column,count'];
  for (const t of report.tables) {
    const row = (i: number) => label(t.id, 'row', t.rows[i]);
    const column = (j: number) => label(t.id, 'column', t.columns[j]);
    t.rows.forEach((_, i) => {
      t.columns.forEach((_c, j) => lines.push([t.id, row(i), column(j), t.table.cells[i][j]].map(field).join(',')));
      lines.push([t.id, row(i), 'total', t.table.rowTotals[i]].map(field).join(','));
    });
    t.columns.forEach((_, j) => lines.push([t.id, 'total', column(j), t.table.columnTotals[j]].map(field).join(',')));
    lines.push([t.id, 'total', 'total', t.table.total].map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
