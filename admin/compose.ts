/**
 * The admin space as the composition root builds it: the store (made by app.ts, which alone
 * wires storage), its live application to the running organisations and catalogue, and the
 * feeds each organisation subscribes to (catalogue/feeds, with CATALOGUE_FEEDS' limits).
 */
import type { Catalogue } from '../catalogue';
import { createCatalogueFeeds, type FeedLog } from '../catalogue/feeds';
import type { Organisation } from '../handoff/orgs';
import { LiveOrganisations } from './live';
import type { AdminStore } from './store';

export interface AdminSpace {
  store: AdminStore;
  live: LiveOrganisations;
  /** The core catalogue (the admin additions are checked merged with it). */
  core: Catalogue;
  /** CATALOGUE_FEEDS_ALLOW_PRIVATE: feeds and webhooks on private addresses (intranets, tests). */
  allowPrivate: boolean;
  /** Resolves once every stored override is applied. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface AdminSpaceOptions {
  store: AdminStore;
  organisations: Map<string, Organisation>;
  seed: ReadonlyMap<string, Organisation>;
  transform?: (org: Organisation) => Organisation;
  core: Catalogue;
  feedsConfig?: { everyMs: number; allowPrivate: boolean };
  stateDir: string;
  logger: FeedLog;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export function createAdminSpace(options: AdminSpaceOptions): AdminSpace {
  const allowPrivate = options.feedsConfig?.allowPrivate ?? false;
  const everyMs = options.feedsConfig?.everyMs ?? 3_600_000;
  const live = new LiveOrganisations({
    store: options.store,
    organisations: options.organisations,
    seed: options.seed,
    transform: options.transform,
    core: options.core,
    feeds: (_org, urls) => createCatalogueFeeds({ urls, everyMs, allowPrivate }, options.core, options.stateDir, options.logger),
    log: options.logger,
    today,
  });
  const ready = live.start().catch((error: unknown) => {
    options.logger.warn({ err: error instanceof Error ? error.name : 'error' }, 'admin overrides not loaded: the files in data/orgs/ apply');
  });
  return {
    store: options.store,
    live,
    core: options.core,
    allowPrivate,
    ready,
    async close() {
      await ready;
      live.stop();
      await options.store.close();
    },
  };
}
