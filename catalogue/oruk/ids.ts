/**
 * Stable ORUK ids: every UUID is derived (UUID v5) from our readable ids under one fixed
 * project namespace, so the same catalogue always gives the same ids, and stored plans and
 * conversations that hold old ids ("macmillan-support-line") still resolve.
 */
import type { Catalogue } from '../types';
import { isUuid, uuidV5 } from './uuid';

/** This project's namespace (a random v4 chosen once; never change it: every published id depends on it). */
export const ORUK_NAMESPACE = 'c96bdbd3-5034-4987-ada9-05adf80531d3';

export type IdKind =
  | 'service'
  | 'organization'
  | 'phone'
  | 'schedule'
  | 'service_area'
  | 'language'
  | 'location'
  | 'address'
  | 'service_at_location'
  | 'attribute'
  | 'taxonomy'
  | 'taxonomy_term';

/** The UUID of one record: its kind and the readable key that names it within the catalogue. */
export function orukId(kind: IdKind, key: string): string {
  return uuidV5(`${kind}:${key}`, ORUK_NAMESPACE);
}

export const serviceUuid = (id: string): string => orukId('service', id);
export const organizationUuid = (id: string): string => orukId('organization', id);

/** Old id <-> UUID for the services and organisations of one catalogue. */
export interface IdLookup {
  /** An old service id or a service UUID -> the service UUID; undefined when unknown. */
  serviceUuid(id: string): string | undefined;
  /** A service UUID or an old id -> the old (catalogue) id; undefined when unknown. */
  serviceId(id: string): string | undefined;
  organizationUuid(id: string): string | undefined;
  organizationId(id: string): string | undefined;
}

export function idLookup(catalogue: Catalogue): IdLookup {
  const services = new Map(catalogue.services.map((s) => [serviceUuid(s.id), s.id]));
  const serviceIds = new Set(services.values());
  const orgs = new Map(catalogue.organizations.map((o) => [organizationUuid(o.id), o.id]));
  const orgIds = new Set(orgs.values());
  const toOld = (map: Map<string, string>, ids: Set<string>, id: string) => (ids.has(id) ? id : isUuid(id) ? map.get(id.toLowerCase()) : undefined);
  return {
    serviceUuid: (id) => (serviceIds.has(id) ? serviceUuid(id) : services.has(id.toLowerCase()) ? id.toLowerCase() : undefined),
    serviceId: (id) => toOld(services, serviceIds, id),
    organizationUuid: (id) => (orgIds.has(id) ? organizationUuid(id) : orgs.has(id.toLowerCase()) ? id.toLowerCase() : undefined),
    organizationId: (id) => toOld(orgs, orgIds, id),
  };
}
