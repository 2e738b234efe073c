/** Live ORUK feeds merged under the national core (CATALOGUE_FEEDS); see feeds.ts. */
import { join } from 'node:path';
import type { Catalogue } from '../types';
import { CatalogueFeeds, type FeedLog } from './feeds';
import { DEFAULT_LIMITS, fetchFeed, type FetchLimits } from './fetchFeed';
import { pinnedFetch, resolveAll } from './pinnedFetch';
import { FileFeedStore } from './store';

export { CatalogueFeeds, type FeedLog, type FeedStatus, type CatalogueFeedsOptions } from './feeds';
export { fetchFeed, checkTarget, FeedError, DEFAULT_LIMITS, type FeedFetch, type FetchDeps, type FetchOutcome, type Validators } from './fetchFeed';
export { feedKey, mergeUnderCore, namespaceFeed } from './merge';
export { FileFeedStore, MemoryFeedStore, type FeedStore, type GoodCopy } from './store';
export { isPrivateAddress } from '../../core/privateAddresses';

export interface FeedsConfig {
  urls: string[];
  everyMs: number;
  allowPrivate: boolean;
}

/** The feeds as the server runs them: real fetch pinned to checked addresses, copies under STATE_DIR. */
export function createCatalogueFeeds(
  config: FeedsConfig,
  core: Catalogue,
  stateDir: string,
  log: FeedLog,
  now: () => Date = () => new Date(),
  limits: Partial<FetchLimits> = {},
): CatalogueFeeds {
  const deps = { ...DEFAULT_LIMITS, ...limits, allowPrivate: config.allowPrivate, fetch: pinnedFetch(config.allowPrivate), resolve: resolveAll };
  return new CatalogueFeeds({
    core,
    urls: config.urls,
    fetch: (url, known, stop) => fetchFeed(url, known, deps, stop),
    store: new FileFeedStore(join(stateDir, 'catalogue-feeds')),
    now,
    log,
    everyMs: config.everyMs,
  });
}
