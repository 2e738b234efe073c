/**
 * Live ORUK feeds under the national core. Each feed is fetched (fetchFeed), mapped by the
 * importer, checked, namespaced and merged under the core; a feed that fails in any way is
 * quarantined: its last good copy (memory and disk) stays, and the reason is logged with no
 * feed content. The merged catalogue is validated before it replaces the current one, by a
 * single reference swap, so a turn reads either the old catalogue or the new, never a mix.
 */
import { importOpenReferral } from '../import-oruk';
import type { Catalogue } from '../types';
import { validateCatalogue, type CatalogueProblem } from '../validate';
import { FeedError, type FetchOutcome, type Validators } from './fetchFeed';
import { feedKey, mergeUnderCore, namespaceFeed } from './merge';
import type { FeedStore, GoodCopy } from './store';

export interface FeedLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface FeedStatus {
  url: string;
  key: string;
  state: 'pending' | 'ok' | 'quarantined';
  /** Services of this feed in the merged catalogue (from the last good copy). */
  services: number;
  /** Why the feed is quarantined (no feed content: kinds, counts, field names, ids). */
  reason?: string;
  checkedAt?: string;
}

export interface CatalogueFeedsOptions {
  core: Catalogue;
  urls: readonly string[];
  /** `stop` is aborted by stop(): an answer still on its way is dropped. */
  fetch: (url: string, known: Validators, stop: AbortSignal) => Promise<FetchOutcome>;
  store: FeedStore;
  now: () => Date;
  log: FeedLog;
  everyMs: number;
}

interface Feed {
  url: string;
  key: string;
  good?: GoodCopy;
  status: FeedStatus;
}

/** Field names and ids only: a problem's message can quote a value from the feed. */
function problemSummary(problems: CatalogueProblem[]): string {
  const fields = [...new Set(problems.map((p) => `${p.entry.replace(/ \(.*\)$/, '')} ${p.field || ''}`.trim()))].slice(0, 3);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} (${fields.join('; ')})`;
}

export class CatalogueFeeds {
  private merged: Catalogue;
  private readonly feeds: Feed[];
  private running?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private stopping = new AbortController();

  constructor(private readonly options: CatalogueFeedsOptions) {
    this.feeds = [...new Set(options.urls)].map((url) => {
      const key = feedKey(url);
      const feed: Feed = { url, key, status: { url, key, state: 'pending', services: 0 } };
      const stored = options.store.load(key);
      if (stored && stored.url === url && validateCatalogue(mergeUnderCore(options.core, [stored.catalogue])).ok) {
        feed.good = stored;
        feed.status.services = stored.catalogue.services.length;
      }
      return feed;
    });
    this.merged = options.core;
    this.rebuild();
  }

  /** The catalogue for the next turn: the core with every feed's last good copy under it. */
  current(): Catalogue {
    return this.merged;
  }

  statuses(): FeedStatus[] {
    return this.feeds.map((f) => ({ ...f.status }));
  }

  /**
   * Fetches every feed once (concurrent calls share one run). Each feed's result is merged as
   * soon as it is in, so a slow feed never holds back the others.
   */
  refresh(): Promise<void> {
    this.running ??= Promise.all(this.feeds.map((f) => this.refreshOne(f).then(() => this.rebuild())))
      .then(() => undefined)
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /** At start-up and every `everyMs`; never awaited by the caller, never throws. */
  start(): void {
    if (this.timer) return;
    void this.refresh().catch(() => undefined);
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.options.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stopping.abort();
    this.stopping = new AbortController();
  }

  private async refreshOne(feed: Feed): Promise<void> {
    const { core, now, store, log } = this.options;
    const at = now();
    const stop = this.stopping.signal;
    feed.status.checkedAt = at.toISOString();
    try {
      const outcome = await this.options.fetch(feed.url, feed.good?.validators ?? {}, stop);
      if (outcome.status === 'not_modified') {
        if (!feed.good) throw new FeedError('http', 'HTTP 304 but no copy is kept');
        feed.status = { ...feed.status, state: 'ok', reason: undefined };
        return;
      }
      const mapped = importOpenReferral(outcome.body, { now: at, sourceUrl: feed.url });
      if (mapped.catalogue.services.length === 0) {
        throw new FeedError('invalid', `maps no service (${mapped.shape.replace(/_/g, ' ')}, ${mapped.skipped.length} records skipped)`);
      }
      const own = validateCatalogue(mapped.catalogue);
      if (!own.ok) throw new FeedError('invalid', `invalid after mapping: ${problemSummary(own.problems)}`);
      const { catalogue, shadowing } = namespaceFeed(mapped.catalogue, feed.key, core);
      if (catalogue.services.length === 0) throw new FeedError('invalid', 'maps no service that is not already in the core');
      const together = validateCatalogue(mergeUnderCore(core, [catalogue]));
      if (!together.ok) throw new FeedError('invalid', `invalid merged with the core: ${problemSummary(together.problems)}`);
      feed.good = { url: feed.url, validators: outcome.validators, fetchedAt: at.toISOString(), catalogue };
      feed.status = { ...feed.status, state: 'ok', services: catalogue.services.length, reason: undefined };
      try {
        store.save(feed.key, feed.good);
      } catch (error) {
        log.warn({ feed: feed.key, err: error instanceof Error ? error.name : 'error' }, 'catalogue feed copy not saved');
      }
      log.info(
        { feed: feed.key, services: catalogue.services.length, skipped: mapped.skipped.length, shadowing: shadowing.length, bytes: outcome.bytes },
        'catalogue feed updated',
      );
    } catch (error) {
      if (stop.aborted) return;
      const reason = error instanceof FeedError ? error.message : `failed (${error instanceof Error ? error.name : 'error'})`;
      feed.status = { ...feed.status, state: 'quarantined', reason, services: feed.good?.catalogue.services.length ?? 0 };
      log.warn({ feed: feed.key, reason, kept: feed.status.services }, 'catalogue feed quarantined: last good copy kept');
    }
  }

  /** The catalogue check on the whole merge; the swap happens only when it passes. */
  private rebuild(): void {
    const candidate = mergeUnderCore(
      this.options.core,
      this.feeds.flatMap((f) => (f.good ? [f.good.catalogue] : [])),
    );
    const checked = validateCatalogue(candidate);
    if (checked.ok) this.merged = checked.catalogue;
    else this.options.log.warn({ reason: problemSummary(checked.problems) }, 'merged catalogue invalid: previous catalogue kept');
  }
}
