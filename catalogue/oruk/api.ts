/**
 * The read-only Open Referral UK 3.0 API over the catalogue, without HTTP: each call takes the
 * query parameters and returns a status and a body (web/orukRoutes.ts serves them). Everything
 * is built once from the catalogue; answers are cached by their normalised query, with an ETag.
 * Nothing here is personal: the catalogue holds services, and queries are never stored or logged.
 */
import { createHash } from 'node:crypto';
import { canonicalCouncilCode, councilsFor } from '../geography';
import type { Catalogue, Service } from '../types';
import { idLookup, type IdLookup } from './ids';
import { ORUK_TAXONOMIES, ORUK_TAXONOMY_TERMS, termById, type OrukTaxonomy, type OrukTaxonomyTerm } from './taxonomies';
import { toOruk, toOrukSummary, type OrukService, type OrukServiceAtLocation, type OrukServiceSummary } from './toOruk';
import { isUuid } from './uuid';

/** What GET / says: the validator reads `version` to choose the ORUK 3.0 rules. */
export const ORUK_API_DETAILS = {
  version: 'HSDS-UK-3.0',
  profile: 'https://developers.openreferraluk.org/',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
} as const;

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;
/** Cached answers, by their JSON text's length: full pages are large, and queries are the caller's to vary. */
export const CACHE_BYTES = 16 * 1024 * 1024;

export type Query = Record<string, string | string[] | undefined>;

export interface ApiResponse {
  status: number;
  body: unknown;
  /** Strong ETag of the JSON text (200 answers only). */
  etag?: string;
  /** The JSON text itself, made once. */
  text: string;
}

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

interface Indexed {
  service: Service;
  full: OrukService;
  summary: OrukServiceSummary;
  /** Lower-case words searched by `search` / `text`. */
  haystack: string;
  terms: Set<string>;
  taxonomies: Set<string>;
}

class BadRequest extends Error {}

function respond(status: number, body: unknown): ApiResponse {
  const text = JSON.stringify(body);
  const etag = status === 200 ? `"${createHash('sha1').update(text).digest('base64url')}"` : undefined;
  return { status, body, text, etag };
}

const problem = (status: number, message: string): ApiResponse => respond(status, { error: { status, message } });

function one(query: Query, name: string): string | undefined {
  const value = query[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === '' ? undefined : text.trim().slice(0, 200);
}

function positiveInt(query: Query, name: string, fallback: number): number {
  const text = one(query, name);
  if (text === undefined) return fallback;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw new BadRequest(`${name} must be a whole number from 1`);
  return Number(text);
}

function flag(query: Query, name: string): boolean {
  const text = one(query, name)?.toLowerCase();
  if (text === undefined || text === 'false' || text === '0') return false;
  if (text === 'true' || text === '1') return true;
  throw new BadRequest(`${name} must be true or false`);
}

export function paginate<T>(items: readonly T[], query: Query): Page<T> {
  const page = positiveInt(query, 'page', 1);
  const perPage = Math.min(positiveInt(query, 'per_page', DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Does the service's area cover this place (a postcode, a district or a place name)? */
function coverage(postcode: string): ((service: Service) => boolean) | null {
  const place = councilsFor(postcode);
  if (place.status === 'malformed') throw new BadRequest('postcode is not a UK postcode');
  if (place.status === 'unknown') return null;
  const codes = new Set(place.councils.map((c) => c.code));
  const nations = new Set<string>([...(place.nation ? [place.nation] : []), ...place.councils.flatMap((c) => (c.nation ? [c.nation] : []))]);
  return (service) =>
    service.service_areas.some((a) => {
      switch (a.extent_type) {
        case 'uk':
          return nations.size > 0;
        case 'nation':
          return nations.has(a.extent);
        case 'council':
          return codes.has(canonicalCouncilCode(a.extent) ?? a.extent);
        case 'postcode_district':
          return a.extent === place.district;
        case 'postcode_area':
          return a.extent === place.area;
      }
    });
}

export class OrukApi {
  private readonly services: Indexed[];
  private readonly byUuid: Map<string, Indexed>;
  private readonly locations: Array<{ sal: OrukServiceAtLocation; owner: Indexed }>;
  private readonly cache = new Map<string, ApiResponse>();
  private cachedBytes = 0;
  readonly ids: IdLookup;

  constructor(catalogue: Catalogue) {
    const orgs = new Map(catalogue.organizations.map((o) => [o.id, o]));
    this.ids = idLookup(catalogue);
    this.services = catalogue.services.map((service) => {
      const org = orgs.get(service.organization_id);
      if (!org) throw new Error(`service "${service.id}": unknown organization "${service.organization_id}"`);
      const full = toOruk(service, org);
      const words = [service.name, service.description, org.name, service.eligibility_description ?? '', ...full.attributes.map((a) => a.taxonomy_term.name)];
      return {
        service,
        full,
        summary: toOrukSummary(service, org),
        haystack: words.join(' ').toLowerCase(),
        terms: new Set(full.attributes.map((a) => a.taxonomy_term_id)),
        taxonomies: new Set(full.attributes.map((a) => a.taxonomy_term.taxonomy_id)),
      };
    });
    this.byUuid = new Map(this.services.map((s) => [s.full.id, s]));
    this.locations = this.services.flatMap((owner) => owner.full.service_at_locations.map((sal) => ({ sal, owner })));
  }

  /** Characters of JSON held by the answer cache (bounded, oldest answers go first). */
  get cacheSize(): number {
    return this.cachedBytes;
  }

  /** Answers GET `path` (relative to the API's base: "/", "/services", "/services/{id}", ...). */
  handle(path: string, query: Query = {}): ApiResponse {
    const key = `${path}?${Object.keys(query)
      .sort()
      .map((k) => `${k}=${String(query[k])}`)
      .join('&')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const response = this.route(path, query);
    if ((response.status === 200 || response.status === 404) && response.text.length <= CACHE_BYTES / 4) {
      // Oldest first out until the new answer fits.
      for (const [oldKey, old] of this.cache) {
        if (this.cachedBytes + response.text.length <= CACHE_BYTES) break;
        this.cache.delete(oldKey);
        this.cachedBytes -= old.text.length;
      }
      this.cache.set(key, response);
      this.cachedBytes += response.text.length;
    }
    return response;
  }

  private route(path: string, query: Query): ApiResponse {
    try {
      const [, collection, id, ...rest] = path.replace(/\/+$/, '').split('/');
      if (rest.length > 0) return problem(404, 'not found');
      if (!collection) return respond(200, ORUK_API_DETAILS);
      if (collection === 'services') return id ? this.service(decodeURIComponent(id)) : respond(200, this.listServices(query));
      if (collection === 'taxonomies') return id ? this.taxonomy(id) : respond(200, paginate(ORUK_TAXONOMIES, query));
      if (collection === 'taxonomy_terms') return id ? this.term(id) : respond(200, this.listTerms(query));
      if (collection === 'service_at_locations') return id ? this.serviceAtLocation(id) : respond(200, this.listServiceAtLocations(query));
      return problem(404, 'not found');
    } catch (error) {
      if (error instanceof BadRequest) return problem(400, error.message);
      throw error;
    }
  }

  /** A service by UUID, or by the old catalogue id (stored plans hold those). */
  private service(id: string): ApiResponse {
    const uuid = this.ids.serviceUuid(id);
    const found = uuid ? this.byUuid.get(uuid) : undefined;
    return found ? respond(200, found.full) : problem(404, 'no service with this id');
  }

  private filtered(query: Query): Indexed[] {
    let list = this.services;
    const text = one(query, 'search') ?? one(query, 'text');
    if (text) {
      const words = text.toLowerCase().split(/\s+/);
      list = list.filter((s) => words.every((w) => s.haystack.includes(w)));
    }
    const termId = one(query, 'taxonomy_term_id');
    if (termId) {
      const term = this.termOf(termId);
      list = term ? list.filter((s) => s.terms.has(term.id)) : [];
    }
    const taxonomyId = one(query, 'taxonomy_id');
    if (taxonomyId) {
      const taxonomy = this.taxonomyOf(taxonomyId);
      list = taxonomy ? list.filter((s) => s.taxonomies.has(taxonomy.id)) : [];
    }
    const orgId = one(query, 'organization_id');
    if (orgId) {
      const uuid = this.ids.organizationUuid(orgId);
      list = list.filter((s) => s.full.organization_id === uuid);
    }
    const after = one(query, 'modified_after');
    if (after) {
      const since = Date.parse(after);
      if (Number.isNaN(since)) throw new BadRequest('modified_after must be a date or date-time');
      list = list.filter((s) => Date.parse(s.full.last_modified) >= since);
    }
    const postcode = one(query, 'postcode');
    if (postcode) {
      const covers = coverage(postcode);
      list = covers ? list.filter((s) => covers(s.service)) : [];
    }
    return list;
  }

  private listServices(query: Query): Page<OrukServiceSummary | OrukService> {
    const full = flag(query, 'full');
    return paginate(
      this.filtered(query).map((s) => (full ? s.full : s.summary)),
      query,
    );
  }

  /** A term by UUID, or by our code ("feelings", "helpline"). */
  private termOf(id: string): OrukTaxonomyTerm | undefined {
    return isUuid(id) ? termById(id) : ORUK_TAXONOMY_TERMS.find((t) => t.term === id);
  }

  private taxonomyOf(id: string): OrukTaxonomy | undefined {
    return ORUK_TAXONOMIES.find((t) => t.id === id.toLowerCase() || t.name === id);
  }

  private taxonomy(id: string): ApiResponse {
    const found = this.taxonomyOf(id);
    return found ? respond(200, found) : problem(404, 'no taxonomy with this id');
  }

  private term(id: string): ApiResponse {
    const found = this.termOf(id);
    return found ? respond(200, found) : problem(404, 'no taxonomy term with this id');
  }

  private listTerms(query: Query): Page<OrukTaxonomyTerm> {
    const taxonomyId = one(query, 'taxonomy_id');
    const taxonomy = taxonomyId ? this.taxonomyOf(taxonomyId) : undefined;
    const terms = taxonomyId ? ORUK_TAXONOMY_TERMS.filter((t) => t.taxonomy_id === taxonomy?.id) : ORUK_TAXONOMY_TERMS;
    return paginate(terms, query);
  }

  private listServiceAtLocations(query: Query): Page<OrukServiceAtLocation & { service: OrukServiceSummary }> {
    const allowed = new Set(this.filtered(query));
    const items = this.locations.filter((l) => allowed.has(l.owner)).map(({ sal, owner }) => ({ ...sal, service: owner.summary }));
    return paginate(items, query);
  }

  private serviceAtLocation(id: string): ApiResponse {
    const found = this.locations.find((l) => l.sal.id === id.toLowerCase());
    return found ? respond(200, { ...found.sal, service: found.owner.full }) : problem(404, 'no service_at_location with this id');
  }
}
