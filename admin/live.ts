/**
 * Applies the admin store to the running bot: the organisations Map the bot, the desk and the
 * embed read is updated in place (an entry replaced whole, so a turn reads the old settings or
 * the new, never a mix), and the catalogue the bot reads gains each organisation's local
 * services and subscribed feeds, merged under the core. Called at start and on every change
 * notification, so a change takes effect on every instance without a restart.
 */
import type { Catalogue } from '../catalogue';
import { mergeUnderCore } from '../catalogue/feeds';
import { validateCatalogue } from '../catalogue';
import type { Organisation } from '../handoff/orgs';
import type { StoredLogo } from './logo';
import { localCatalogue } from './services';
import type { AdminStore, OrgRecord } from './store';

/** What live.ts needs of a set of feeds (catalogue/feeds CatalogueFeeds fits). */
export interface FeedSet {
  current(): Catalogue;
  start(): void;
  stop(): void;
}

export interface LiveLog {
  warn(details: object, message: string): void;
}

export interface LiveOptions {
  store: AdminStore;
  /** The running Map: entries are replaced in place. */
  organisations: Map<string, Organisation>;
  /** The organisations as the files in data/orgs/ define them. */
  seed: ReadonlyMap<string, Organisation>;
  /** Applied to every organisation set (DEMO_LINE_ALWAYS_OPEN). */
  transform?: (org: Organisation) => Organisation;
  /** The core the feeds merge under. */
  core: Catalogue;
  /** Feeds for one organisation's subscribed URLs. */
  feeds?: (org: string, urls: string[]) => FeedSet;
  log: LiveLog;
  today: () => string;
}

export class LiveOrganisations {
  private readonly records = new Map<string, OrgRecord>();
  private readonly feedSets = new Map<string, { urls: string; set: FeedSet }>();
  private version = 0;
  private memo?: { key: unknown[]; catalogue: Catalogue };
  /** The core's service ids, made once: the bot asks for its catalogue every turn. */
  private coreIds?: Set<string>;
  private unsubscribe?: () => void;

  constructor(private readonly options: LiveOptions) {}

  /** Reads every record, applies them and listens for changes. */
  async start(): Promise<void> {
    this.unsubscribe = this.options.store.onChange((org) => void this.refresh(org).catch((error: unknown) => this.problem(org, error)));
    for (const org of await this.options.store.orgs()) await this.refresh(org);
  }

  stop(): void {
    this.unsubscribe?.();
    for (const { set } of this.feedSets.values()) set.stop();
    this.feedSets.clear();
  }

  private problem(org: string, error: unknown): void {
    this.options.log.warn({ org, err: error instanceof Error ? error.name : 'error' }, 'admin change not applied');
  }

  /** Reads one organisation's record again and applies it. */
  async refresh(org: string): Promise<void> {
    const seed = this.options.seed.get(org);
    if (!seed) return; // Only organisations with a file in data/orgs/ exist.
    const record = await this.options.store.read(org);
    this.records.set(org, record);
    const settings = record.settings ?? seed;
    const transform = this.options.transform ?? ((o: Organisation) => o);
    this.options.organisations.set(org, transform({ ...settings, id: org }));
    this.applyFeeds(org, record.feeds ?? []);
    this.version++;
  }

  private applyFeeds(org: string, urls: string[]): void {
    const key = [...urls].sort().join('\n');
    const existing = this.feedSets.get(org);
    if (existing?.urls === key) return;
    existing?.set.stop();
    this.feedSets.delete(org);
    if (!urls.length || !this.options.feeds) return;
    const set = this.options.feeds(org, urls);
    set.start();
    this.feedSets.set(org, { urls: key, set });
  }

  /** The organisation as its admin edits it: the last saved settings, else its file (never DEMO_LINE_ALWAYS_OPEN's hours). */
  editable(org: string): Organisation | undefined {
    return this.records.get(org)?.settings ?? this.options.seed.get(org);
  }

  record(org: string): OrgRecord {
    return this.records.get(org) ?? {};
  }

  /** An uploaded logo by its path ("uploads/<org>-<hash>.png"), only while it is the organisation's logo. */
  logo(path: string): StoredLogo | undefined {
    for (const record of this.records.values()) if (record.logo?.path === path && record.settings?.logo === path) return record.logo;
    return undefined;
  }

  /** Every organisation's local services as catalogues (for building one under the others). */
  localCatalogues(except?: string): Catalogue[] {
    return [...this.records.entries()]
      .filter(([org, r]) => org !== except && r.services?.length)
      .map(([org, r]) => localCatalogue(org, this.options.organisations.get(org)?.name ?? org, r.services ?? [], this.options.today()));
  }

  /** Each subscribed feed's services not in the core, as catalogues. */
  private feedCatalogues(): Catalogue[] {
    if (this.feedSets.size === 0) return [];
    const coreIds = (this.coreIds ??= new Set(this.options.core.services.map((s) => s.id)));
    return [...this.feedSets.values()].map(({ set }) => {
      const current = set.current();
      return { ...current, services: current.services.filter((s) => !coreIds.has(s.id)) };
    });
  }

  /** The catalogue the bot reads: `base` (core and CATALOGUE_FEEDS) with the admin additions under it. */
  catalogue(base: Catalogue): Catalogue {
    const feeds = this.feedCatalogues();
    const key = [base, this.version, ...feeds.map((f) => f.services.length), ...[...this.feedSets.values()].map(({ set }) => set.current())];
    if (this.memo && this.memo.key.length === key.length && this.memo.key.every((k, i) => k === key[i])) return this.memo.catalogue;
    const merged = mergeUnderCore(base, [...this.localCatalogues(), ...feeds]);
    const checked = validateCatalogue(merged);
    let catalogue = base;
    if (checked.ok) catalogue = checked.catalogue;
    else this.options.log.warn({ problems: checked.problems.length }, 'admin additions make the catalogue invalid: left out');
    this.memo = { key, catalogue };
    return catalogue;
  }
}
