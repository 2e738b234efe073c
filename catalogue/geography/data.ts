/**
 * The shapes of the geography tables in data/geography/ (written by `npm run geography:build`,
 * read by catalogue/geography.ts). Keys: GSS codes for councils ("E10000014"), NI-xHSCT for
 * Northern Ireland's trusts, "JE", "GY", "IM" for the Crown Dependencies.
 */
import type { Nation } from '../../core/nations';
import type { RegionId } from '../types';

export type CrownDependency = 'jersey' | 'guernsey' | 'isle_of_man';
/** Who runs adult social care there: a council, a Northern Ireland HSC trust or a Crown Dependency's government. */
export type CouncilKind = 'council' | 'hsc_trust' | 'crown_dependency';
export type CouncilTier = 'county' | 'unitary' | 'metropolitan_district' | 'london_borough' | 'city_corporation';

export interface CouncilRecord {
  /** Official name: "Hampshire County Council". */
  name: string;
  /** Everyday name: "Hampshire". */
  shortName: string;
  nameCy?: string;
  shortNameCy?: string;
  /** null for the Crown Dependencies, which are not in the UK. */
  nation: Nation | null;
  crownDependency?: CrownDependency;
  kind: CouncilKind;
  tier?: CouncilTier;
  website?: string;
  /** Demo region (data/geography/source/legacy-council-ids.json). */
  region?: RegionId;
  /** NI trusts: the district councils (GSS codes) whose area they cover, in whole or part. */
  lgds?: string[];
}

export interface CouncilsFile {
  _comment: string;
  /** Date of the council structure the table reflects. */
  structure: string;
  councils: Record<string, CouncilRecord>;
  /** Old catalogue ids ("southwark") -> code. */
  aliases: Record<string, string>;
}

export interface DistrictRecord {
  /** Codes of the councils responsible, main one first (the source gives no shares). */
  councils: string[];
  /** Northern Ireland: the district councils (LGDs) the postcode district touches. */
  lgds?: string[];
  /** Listed by Royal Mail but with no homes in the source lookup (PO boxes, large users, retired). */
  nonGeographic?: true;
  /** Only for non-geographic districts, which have no council to take it from. */
  nation?: Nation;
}

export interface DistrictsFile {
  _comment: string;
  districts: Record<string, DistrictRecord>;
}

export interface PlaceRecord {
  name: string;
  councils: string[];
  /** A typical postcode district of the place, when known. */
  district?: string;
  /** Postcode area: the district's, or for a whole council the commonest area of its districts. */
  area?: string;
}

export interface PlacesFile {
  _comment: string;
  /** Key: placeKey(name). */
  places: Record<string, PlaceRecord>;
}
