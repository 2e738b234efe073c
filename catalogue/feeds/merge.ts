/**
 * Feeds are merged UNDER the national core: a feed adds local services and never replaces or
 * shadows a core one. Every id a feed brings is namespaced with the feed's key, and a feed
 * service whose own id is a core service's id (a feed republishing a national service) is left
 * out: the reviewed core entry stands.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Organization, Service } from '../types';

const MAX_ID = 80;

/** A short, stable key for a feed URL: the host in words and a hash (so two feeds on one host differ). */
export function feedKey(url: string): string {
  const host = new URL(url).hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '');
  return `feed-${host || 'host'}-${createHash('sha256').update(url).digest('hex').slice(0, 6)}`;
}

function namespaced(key: string, id: string): string {
  const full = `${key}--${id}`;
  if (full.length <= MAX_ID) return full;
  // Too long: cut, and keep it unique with a hash of the whole id (two long ids may share a start).
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 6);
  return `${full.slice(0, MAX_ID - 7).replace(/-+$/, '')}-${hash}`;
}

export interface Namespaced {
  catalogue: Catalogue;
  /** One line per service left out because it would shadow a core service. */
  shadowing: string[];
}

/** The feed's mapped catalogue with every id under its key, minus services that shadow the core. */
export function namespaceFeed(feed: Catalogue, key: string, core: Catalogue): Namespaced {
  const coreIds = new Set(core.services.map((s) => s.id));
  const shadowing: string[] = [];
  const services: Service[] = [];
  for (const service of feed.services) {
    if (coreIds.has(service.id)) {
      shadowing.push(`service "${service.id}" is a core service: left out`);
      continue;
    }
    services.push({ ...service, id: namespaced(key, service.id), organization_id: namespaced(key, service.organization_id) });
  }
  const used = new Set(services.map((s) => s.organization_id));
  const organizations: Organization[] = feed.organizations.map((o) => ({ ...o, id: namespaced(key, o.id) })).filter((o) => used.has(o.id));
  return { catalogue: { ...feed, organizations, services }, shadowing };
}

/** Core first, then each feed's services whose ids are not already taken (core ids always win). */
export function mergeUnderCore(core: Catalogue, feeds: readonly Catalogue[]): Catalogue {
  const serviceIds = new Set(core.services.map((s) => s.id));
  const orgIds = new Set(core.organizations.map((o) => o.id));
  const services = [...core.services];
  const organizations = [...core.organizations];
  let generated = core.generated;
  for (const feed of feeds) {
    const added = feed.services.filter((s) => !serviceIds.has(s.id));
    if (added.length === 0) continue;
    added.forEach((s) => serviceIds.add(s.id));
    services.push(...added);
    const needed = new Set(added.map((s) => s.organization_id));
    for (const org of feed.organizations) {
      if (needed.has(org.id) && !orgIds.has(org.id)) {
        orgIds.add(org.id);
        organizations.push(org);
      }
    }
    // The merged catalogue's date is its newest part's: feed entries are assured up to their fetch day.
    if (feed.generated > generated) generated = feed.generated;
  }
  // No feed adds anything: the core itself, the very object loaded at start-up.
  return services.length === core.services.length ? core : { ...core, generated, organizations, services };
}
