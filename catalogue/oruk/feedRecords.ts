/**
 * The services in an Open Referral feed, whatever its shape: an ORUK v1 page (`content`), an
 * HSDS / ORUK 3 page (`contents`), `{services: [...]}`, a bare list, one service, or a list of
 * `service_at_location`s (each a service with one location: folded back into one service per
 * service id, with all its locations). Records that are not services are reported, never guessed.
 */
export type Rec = Record<string, unknown>;
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export type FeedShape = 'oruk_v1_page' | 'page' | 'services' | 'list' | 'single' | 'empty';

export interface FeedRecords {
  shape: FeedShape;
  /** Service records, service_at_locations folded in. */
  services: Rec[];
  /** Each service's record number in the feed (1-based), for reports. */
  positions: number[];
  /** One line per record that is not a service, with why. */
  skipped: string[];
  /** True when the records were service_at_locations. */
  fromServiceAtLocations: boolean;
}

function listOf(feed: unknown): { shape: FeedShape; items: unknown[] } {
  if (Array.isArray(feed)) return { shape: 'list', items: feed };
  if (!isRec(feed)) return { shape: 'empty', items: [] };
  if (Array.isArray(feed.content)) return { shape: 'oruk_v1_page', items: feed.content };
  if (Array.isArray(feed.contents)) return { shape: 'page', items: feed.contents };
  for (const key of ['services', 'items']) if (Array.isArray(feed[key])) return { shape: 'services', items: feed[key] as unknown[] };
  if (typeof feed.name === 'string' || isRec(feed.service)) return { shape: 'single', items: [feed] };
  return { shape: 'empty', items: [] };
}

/** A service_at_location: a `service` object beside a `location`, and no name of its own. */
const isServiceAtLocation = (r: Rec): boolean => isRec(r.service) && typeof r.name !== 'string';

export function feedRecords(feed: unknown): FeedRecords {
  const { shape, items } = listOf(feed);
  const services: Rec[] = [];
  const positions: number[] = [];
  const skipped: string[] = [];
  const byServiceId = new Map<string, Rec>();
  let fromServiceAtLocations = false;
  items.forEach((item, i) => {
    if (!isRec(item)) {
      skipped.push(`record #${i + 1} skipped: not an object (${Array.isArray(item) ? 'a list' : typeof item})`);
      return;
    }
    if (!isServiceAtLocation(item)) {
      services.push(item);
      positions.push(i + 1);
      return;
    }
    fromServiceAtLocations = true;
    const service = item.service as Rec;
    const id = typeof service.id === 'string' ? service.id : `#${i + 1}`;
    let merged = byServiceId.get(id);
    if (!merged) {
      merged = { ...service, service_at_locations: [...(Array.isArray(service.service_at_locations) ? service.service_at_locations : [])] };
      byServiceId.set(id, merged);
      services.push(merged);
      positions.push(i + 1);
    }
    if (isRec(item.location)) (merged.service_at_locations as unknown[]).push({ id: item.id, location: item.location });
  });
  return { shape, services, positions, skipped, fromServiceAtLocations };
}
