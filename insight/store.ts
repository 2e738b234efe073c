/**
 * Where the counters live. Two implementations pass one contract (test/insight/storeContract.ts):
 * in this process, kept in a file in the state directory (written whole, atomically, a moment
 * after a change), and Redis (one hash per organisation and week, HINCRBY), shared by instances.
 */
import type { Count, InsightEvent, Metric } from './model';

export interface CounterStore {
  /** Adds 1 to the counter of each event (each counter atomically). */
  add(org: string, week: string, events: readonly InsightEvent[]): Promise<void>;
  /** The counters of these organisations and weeks; a counter never added is absent. */
  read(orgs: readonly string[], weeks: readonly string[]): Promise<Count[]>;
  /** Writes what is pending and lets go of timers and connections. */
  close(): Promise<void>;
}

/** Weeks kept: three years of aggregates, then a week's counters go. */
export const KEEP_WEEKS = 156;

export const fieldOf = (event: InsightEvent): string => `${event.metric}|${event.category}`;

export function countOf(org: string, week: string, field: string, value: number): Count {
  const at = field.indexOf('|');
  return { org, week, metric: field.slice(0, at) as Metric, category: field.slice(at + 1), value };
}

/** The document kept on disk: `org|week` → field → count. */
export interface CounterDocument {
  version: 1;
  counters: Record<string, Record<string, number>>;
}

/** A file written whole and atomically (storage/snapshotFile.ts in the app). */
export interface DocumentFile<T> {
  load(onError?: (error: unknown) => void): T | undefined;
  save(value: T): void;
}

export class MemoryCounterStore implements CounterStore {
  protected readonly counters = new Map<string, Map<string, number>>();

  async add(org: string, week: string, events: readonly InsightEvent[]): Promise<void> {
    const key = `${org}|${week}`;
    const fields = this.counters.get(key) ?? new Map<string, number>();
    this.counters.set(key, fields);
    for (const event of events) fields.set(fieldOf(event), (fields.get(fieldOf(event)) ?? 0) + 1);
    this.changed();
  }

  async read(orgs: readonly string[], weeks: readonly string[]): Promise<Count[]> {
    const out: Count[] = [];
    for (const org of orgs)
      for (const week of weeks) for (const [field, value] of this.counters.get(`${org}|${week}`) ?? []) out.push(countOf(org, week, field, value));
    return out;
  }

  async close(): Promise<void> {}

  protected changed(): void {}
}

/** In this process, written to a file a moment after each change (and at close): a restart keeps the counts. */
export class FileCounterStore extends MemoryCounterStore {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly file: DocumentFile<CounterDocument>,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly delayMs = 1000,
  ) {
    super();
    const stored = file.load(onError);
    for (const [key, fields] of Object.entries(stored?.counters ?? {})) this.counters.set(key, new Map(Object.entries(fields)));
  }

  protected override changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref();
  }

  /** Writes the counters now, leaving out weeks older than KEEP_WEEKS behind the newest. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const weeks = [...this.counters.keys()].map((key) => key.slice(key.indexOf('|') + 1)).sort();
    const oldest = weeks.length ? weekIndex(weeks[weeks.length - 1]) - KEEP_WEEKS : -Infinity;
    for (const key of [...this.counters.keys()]) if (weekIndex(key.slice(key.indexOf('|') + 1)) <= oldest) this.counters.delete(key);
    const counters: CounterDocument['counters'] = {};
    for (const [key, fields] of this.counters) counters[key] = Object.fromEntries(fields);
    try {
      this.file.save({ version: 1, counters });
    } catch (error) {
      // Kept in memory; the next change tries again.
      this.onError(error);
    }
  }

  override async close(): Promise<void> {
    if (this.timer) this.flush();
  }
}

/** Weeks as a running number (53 a year is enough to order and compare them). */
function weekIndex(week: string): number {
  return Number(week.slice(0, 4)) * 53 + Number(week.slice(6));
}
