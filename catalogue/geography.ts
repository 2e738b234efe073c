/**
 * Postcodes and places -> the council responsible for adult social care there (England's upper
 * tier, Scotland's and Wales's councils, Northern Ireland's HSC trusts) or a Crown Dependency.
 * Tables in data/geography/ (built by `npm run geography:build`; see its README). Every lookup
 * is a few Map reads; nothing here throws on what a person types.
 */
import type { Nation } from '../core/nations';
import type { CrownDependency } from './geography/data';
import { exonymPlace, foldScript } from './geography/exonyms';
import { placeKey } from './geography/placeKey';
import { ALIAS_TO_CODE, AREAS, CODE_TO_ALIAS, COUNCIL_BY_CODE, type Council, DISTRICTS, PLACE_FUZZY, PLACES, STRUCTURE_DATE } from './geography/tables';
import type { PlaceRecord } from './geography/data';
import type { PlaceInfo, PostcodeDistrictInfo } from './types';

export type { Council } from './geography/tables';
export type { CouncilKind, CouncilTier, CrownDependency } from './geography/data';
export { placeKey } from './geography/placeKey';
export { STRUCTURE_DATE };

/** What councilsFor made of the input. */
export interface CouncilLookup {
  /**
   * found: councils known (several when split); no_council: a real district with no homes
   * (PO boxes, large users), nation only; unknown: not a place or district we know;
   * malformed: looks like a postcode but is not one ("SE15 4A").
   */
  status: 'found' | 'no_council' | 'unknown' | 'malformed';
  /** How the input was read. */
  matched?: 'postcode' | 'district' | 'place';
  /** Main council first (see data/geography/README.md on the order in split districts). */
  councils: Council[];
  /** null: not known, several nations (a border district: ask), or a Crown Dependency. */
  nation: Nation | null;
  crownDependency?: CrownDependency;
  district?: string;
  area?: string;
  /** The place's display name, when a place name matched. */
  place?: string;
  /** More than one council: ask which, when the answer would differ. */
  split: boolean;
  /** The place name matched only after correcting one slip of spelling. */
  corrected?: boolean;
}

/**
 * Every council, trust and Crown Dependency, by old catalogue id ("southwark", listed first so
 * name searches over the entries still find the id the demo catalogue uses) and by code.
 */
export const COUNCILS: Readonly<Record<string, Council>> = Object.freeze(
  Object.fromEntries([
    ...[...ALIAS_TO_CODE].map(([id, code]) => [id, COUNCIL_BY_CODE.get(code)!] as const),
    ...[...COUNCIL_BY_CODE].map(([code, c]) => [code, c] as const),
  ]),
);

/** A council by code or old catalogue id; undefined when unknown. */
export function councilByCode(code: string): Council | undefined {
  return COUNCIL_BY_CODE.get(code) ?? COUNCIL_BY_CODE.get(ALIAS_TO_CODE.get(code) ?? '');
}

/** The code for a code or old catalogue id ("southwark" -> "E09000028"). */
export function canonicalCouncilCode(id: string): string | undefined {
  return councilByCode(id)?.code;
}

/** Every council, trust and Crown Dependency (once each). */
export function allCouncils(): Council[] {
  return [...COUNCIL_BY_CODE.values()];
}

/** Every postcode district in the table. */
export function allDistricts(): string[] {
  return [...DISTRICTS.keys()];
}

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_IN_TEXT = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/i;

/** Outward code of a district or full postcode: "se15 4ab" -> "SE15"; null when it isn't one. */
export function normaliseDistrict(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  const full = FULL_POSTCODE.exec(compact);
  if (full) return full[1];
  return DISTRICT.test(compact) ? compact : null;
}

const areaOf = (district: string) => /^[A-Z]{1,2}/.exec(district)?.[0] ?? '';
const CROWN_AREAS: Readonly<Record<string, string>> = { JE: 'JE', GY: 'GY', IM: 'IM' };

function nationOfCouncils(councils: readonly Council[]): Nation | null {
  const nations = new Set(councils.map((c) => c.nation));
  return nations.size === 1 ? [...nations][0] : null;
}

/** The nation of councils given by code or old id when they all share one; null otherwise (or unknown). */
export function nationOfCouncilIds(ids: readonly string[]): Nation | null {
  const councils = ids.map(councilByCode);
  return councils.every((c) => c !== undefined) && councils.length > 0 ? nationOfCouncils(councils as Council[]) : null;
}

/** A district not in the table: its area's nation, or for border areas the hand-kept lists. */
function nationOfArea(area: string, district: string): Nation | null {
  const entry = AREAS[area];
  if (!entry) return null;
  if (entry.nation) return entry.nation;
  for (const [nation, list] of Object.entries(entry.districts ?? {})) if (list?.includes(district)) return nation as Nation;
  return null;
}

function districtLookup(district: string, matched: 'postcode' | 'district'): CouncilLookup {
  const area = areaOf(district);
  const record = DISTRICTS.get(district);
  const crownCode = CROWN_AREAS[area];
  const codes = record?.councils ?? (crownCode ? [crownCode] : []);
  const councils = codes.map((c) => COUNCIL_BY_CODE.get(c)).filter((c): c is Council => c !== undefined);
  const crown = councils.find((c) => c.crownDependency)?.crownDependency;
  const base = { matched, district, area, councils, split: councils.length > 1 };
  if (crown) return { ...base, status: 'found', nation: null, crownDependency: crown };
  if (councils.length > 0) return { ...base, status: 'found', nation: nationOfCouncils(councils) };
  if (record?.nonGeographic) return { ...base, status: 'no_council', nation: record.nation ?? null };
  return { ...base, status: 'unknown', nation: nationOfArea(area, district) };
}

/** Words around a place that say "roughly there": "(on) the outskirts of", "the edge of", "north of" before; "area", "way", "side", "ish", "east end" (and a text's kisses, "x") after. */
const AROUND_BEFORE = /^.*?\b(?:outskirts|edge|edges|side|north|south|east|west|suburbs|part)\s+of\s+(?:the\s+)?/i;
const AROUND_AFTER =
  /(?:\s+(?:area|region|way|side|direction|ish|outskirts|suburbs|district|and around|and surrounding areas?|(?:north|south|east|west) end|x+)|-ish)$/i;

/** "I live in Leeds" -> "Leeds" (the whole and after the cue, first); "Newport, Wales" -> also "Newport". */
function placeCandidates(text: string): { primary: string[]; heads: string[] } {
  const primary = [text];
  const cue = /^.*?\b(?:in|near|nr|around|from|at|by|outside(?:\s+of)?)\s+(.+)$/i.exec(text);
  if (cue) primary.push(cue[1]);
  // "the outskirts of Norwich", "Leeds area", "Swansea way", "edge of Bristol": the place without the words around it.
  for (const t of [...primary]) {
    const bare = t.replace(AROUND_BEFORE, '').replace(AROUND_AFTER, '').trim();
    if (bare && bare !== t.trim() && !primary.includes(bare)) primary.push(bare);
  }
  const heads = primary.map((t) => t.split(/[,(]/)[0]).filter((head, i) => head !== primary[i]);
  return { primary, heads };
}

function placeLookup(text: string): CouncilLookup | undefined {
  const { primary, heads } = placeCandidates(text);
  // "مانشستر", "Londyn": a name from another language stands for the English one.
  const english = [...primary, ...heads].map(exonymPlace).filter((name): name is string => name !== undefined);
  const usable = (names: string[]) => names.map(placeKey).filter((k) => k.length >= 2);
  // The whole answer, or what follows "in", as a name we know; else a name with a qualifier ("Bangor NI"); else before a comma.
  const whole = usable([...english, ...primary]).find((k) => PLACES.has(k));
  let place = whole
    ? PLACES.get(whole)
    : [...primary]
        .reverse()
        .map(qualifiedPlace)
        .find((p) => p !== undefined);
  // "Kendal in the Lake District", "Richmond in Yorkshire": the town the area qualifies, not the whole area after "in".
  if (whole && !PLACES.has(placeKey(text))) place = qualifiedPlace(text) ?? place;
  const keys = usable([...english, ...primary, ...heads]);
  let corrected = false;
  if (!place) {
    const key = keys.find((k) => PLACES.has(k));
    place = key ? PLACES.get(key) : undefined;
  }
  // "east London", "west Belfast", "north Leeds": a part of a city or council area is that area (never a town's
  // name inside another: "South Queensferry" is no Queensferry, so only an area that a council is named after, or several).
  if (!place) place = primary.map(partOfArea).find((p) => p !== undefined);
  if (!place) {
    const key = keys.map((k) => PLACE_FUZZY.find(k)).find((k) => k !== undefined);
    place = key ? PLACES.get(key) : undefined;
    corrected = place !== undefined;
  }
  return place ? placeResult(place, corrected) : undefined;
}

const COMPASS = /^(?:north|south|east|west|central|inner|outer|mid|rural|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)\s+(.+)$/i;

/** "east London" -> London, "west Belfast" -> Belfast: a compass word before an area several councils share or a council is named after. */
function partOfArea(text: string): PlaceRecord | undefined {
  const rest = COMPASS.exec(text.trim())?.[1];
  const place = rest ? PLACES.get(placeKey(rest)) : undefined;
  if (!place) return undefined;
  if (place.councils.length > 1) return place;
  const key = ` ${placeKey(place.name)} `;
  const council = COUNCIL_BY_CODE.get(place.councils[0] ?? '');
  return council && [council.name, council.shortName].some((n) => ` ${placeKey(n)} `.includes(key)) ? place : undefined;
}

function placeResult(place: PlaceRecord, corrected: boolean): CouncilLookup {
  const councils = place.councils.map((c) => COUNCIL_BY_CODE.get(c)).filter((c): c is Council => c !== undefined);
  const crown = councils.find((c) => c.crownDependency)?.crownDependency;
  const result: CouncilLookup = {
    status: 'found',
    matched: 'place',
    councils,
    nation: crown ? null : nationOfCouncils(councils),
    place: place.name,
    split: councils.length > 1,
  };
  if (crown) result.crownDependency = crown;
  if (place.district) result.district = place.district;
  if (place.area) result.area = place.area;
  if (corrected) result.corrected = true;
  return result;
}

/** Words naming a nation after a place ("Bangor NI", "Newport, South Wales"): they pick among places of that name. */
const NATION_WORDS: ReadonlyMap<string, Nation> = new Map([
  ...['wales', 'south wales', 'north wales', 'mid wales', 'west wales', 'cymru', 'de cymru', 'gogledd cymru'].map((w) => [w, 'wales'] as const),
  ...['scotland', 'the highlands', 'alba'].map((w) => [w, 'scotland'] as const),
  ...['england'].map((w) => [w, 'england'] as const),
  ...['ni', 'n ireland', 'northern ireland', 'norn iron', 'co down', 'county down', 'co antrim', 'county antrim', 'ulster'].map(
    (w) => [w, 'northern_ireland'] as const,
  ),
  // As the bot's other languages write them (accents folded by placeKey; Polish also after "w"; Welsh after "yng").
  ...['nghymru', 'gales', 'pais de gales', 'walia', 'walii', 'tara galilor'].map((w) => [w, 'wales'] as const),
  ...['yr alban', 'escocia', 'szkocja', 'szkocji', 'scotia'].map((w) => [w, 'scotland'] as const),
  ...['lloegr', 'inglaterra', 'anglia', 'anglii'].map((w) => [w, 'england'] as const),
  ...['gogledd iwerddon', 'irlanda del norte', 'irlanda do norte', 'irlandia polnocna', 'irlandii polnocnej', 'irlanda de nord'].map(
    (w) => [w, 'northern_ireland'] as const,
  ),
]);
/** The nations in Arabic, Urdu and Chinese script, found anywhere in a short answer. */
const NATION_SCRIPT_NAMES: readonly [string, Nation][] = [
  ...['ويلز', 'ویلز', '威尔士'].map((w) => [w, 'wales'] as [string, Nation]),
  ...['اسكتلندا', 'إسكتلندا', 'سکاٹ لینڈ', 'اسکاٹ لینڈ', '苏格兰'].map((w) => [w, 'scotland'] as [string, Nation]),
  ...['إنجلترا', 'انجلترا', 'إنكلترا', 'انگلینڈ', '英格兰'].map((w) => [w, 'england'] as [string, Nation]),
  ...['أيرلندا الشمالية', 'ايرلندا الشمالية', 'شمالی آئرلینڈ', '北爱尔兰'].map((w) => [w, 'northern_ireland'] as [string, Nation]),
];
const MAX_QUALIFIED_WORDS = 8;
/** "Isle of Man", "Dumfries and Galloway": the longest qualifier, with a comma as a word. */
const MAX_QUALIFIER_WORDS = 5;
/** A place we don't know before a county we do is a short name ("Little Snoring"), not a sentence. */
const MAX_UNKNOWN_HEAD = 3;
/** Short forms people add after a town ("Douglas IoM"). */
const SHORT_TAILS: ReadonlyMap<string, string> = new Map([
  ['iom', 'isle of man'],
  ['iow', 'isle of wight'],
]);

/**
 * A place and a qualifier: a nation ("Bangor NI", "Newport in Wales") or a larger place ("Ramsey, Isle of Man",
 * "Richmond, Yorkshire", "Little Snoring, Norfolk"). Among the places of that name the one the qualifier allows;
 * a place we don't know in a county we do is the county; a Crown Dependency named after it is where they live.
 */
function qualifiedPlace(text: string): PlaceRecord | undefined {
  const words = text.replace(/[,()]/g, ' , ').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_QUALIFIED_WORDS) return undefined;
  const cuts: { head: string; nation?: Nation; area?: PlaceRecord; separated: boolean; short: boolean }[] = [];
  // A qualifier is a few words at the end ("County Down", "Isle of Man"): only those cuts are tried.
  for (let cut = Math.max(1, words.length - MAX_QUALIFIER_WORDS); cut < words.length; cut++) {
    const head = words.slice(0, cut).filter((w) => w !== ',');
    const tail = words.slice(cut).filter((w) => w !== ',');
    // "Little Snoring, Norfolk", "Little Snoring in Norfolk": a comma, or "in" after a name in capitals ("I live in Leeds" is no town).
    const separated = words[cut] === ',' || (/^in$/i.test(tail[0] ?? '') && head.every((w) => /^\p{Lu}/u.test(w)));
    if (/^(?:in|yn|near)$/i.test(tail[0] ?? '')) tail.shift();
    if (!head.length || !tail.length) continue;
    const rawTail = placeKey(tail.join(' '));
    const tailKey = SHORT_TAILS.get(rawTail) ?? rawTail;
    const nation = NATION_WORDS.get(tailKey);
    const area = nation ? undefined : PLACES.get(tailKey);
    if (nation || area) cuts.push({ head: placeKey(head.join(' ')), nation, area, separated, short: head.length <= MAX_UNKNOWN_HEAD });
  }
  // The shortest name first ("Newry" of "Newry, County Down", not "Newry County" in Down): a place of that name the qualifier allows.
  for (const { head, nation, area } of cuts) {
    for (const variant of placesNamed(head)) {
      const councils = variant.councils.filter((code) => (nation ? COUNCIL_BY_CODE.get(code)?.nation === nation : area!.councils.includes(code)));
      if (councils.length) return { ...variant, councils };
    }
  }
  // Else the qualifier itself: a town we don't know in a county we do, or a Crown Dependency after a name it doesn't share.
  // Only when set apart from a short name ("w Kingston" in "Mieszkam w Kingston upon Hull" is no town in Kingston).
  for (const { head, area, separated, short } of cuts) {
    if (!area || !separated || !short) continue;
    if (!placesNamed(head).length || area.councils.some((code) => COUNCIL_BY_CODE.get(code)?.crownDependency)) return area;
  }
  return undefined;
}

/** Words that name a nation in an answer to "which one?" ("Northern Ireland", "the Welsh one", "NI"). */
const NATION_ADJECTIVES: ReadonlyMap<string, Nation> = new Map([
  ['welsh', 'wales'],
  ['scottish', 'scotland'],
  ['english', 'england'],
  ['irish', 'northern_ireland'],
  ['northern irish', 'northern_ireland'],
]);

/** The one nation a short answer names, or undefined (none, or several). */
export function nationNamedIn(text: string): Nation | undefined {
  const words = placeKey(text).split(' ');
  if (words.length > MAX_QUALIFIED_WORDS) return undefined;
  const found = new Set<Nation>();
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n).join(' ');
      const nation = NATION_WORDS.get(run) ?? NATION_ADJECTIVES.get(run);
      if (nation) found.add(nation);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Words that may come before a nation in an answer that is only a nation ("we're in Wales", "mieszkam w Szkocji", "vivo en Gales"). */
const NATION_LEAD = new Set(
  (
    "i im i'm i’m we were we're we’re are am is live lives living based my mum mam mom dad mother father she he they both currently in " +
    "dw i'n dwi'n rydw rydyn ni'n rwy'n byw yn yng ym mae mieszkam mieszkamy mieszka jestem w we vivo vivimos vive estoy estamos en mi " +
    'moro moramos mora em no na locuiesc locuim în main hum ammi abbu mein rehta rehti rehte hoon hain'
  ).split(' '),
);

/** An answer that is only a nation ("Wales", "I live in Scotland", "Mieszkam w Szkocji", "أعيش في اسكتلندا"), or undefined. */
export function nationOnly(text: string): Nation | undefined {
  const trimmed = (text ?? '').trim().replace(/[.!。！]+$/u, '');
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(trimmed)) {
    if (trimmed.length > 30) return undefined;
    const folded = foldScript(trimmed);
    return NATION_SCRIPT_NAMES.find(([name]) => folded.includes(foldScript(name)))?.[1];
  }
  const words = trimmed.split(/\s+/);
  if (words.length > 6) return undefined;
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    // "ni" is Welsh for "we" and Spanish for "nor": Northern Ireland only in capitals.
    if (tail === 'ni' || tail === 'Ni') continue;
    const nation = NATION_WORDS.get(placeKey(tail));
    if (nation && words.slice(0, -k).every((w) => NATION_LEAD.has(w.toLowerCase()))) return nation;
  }
  return undefined;
}

/** Every place of a name: "Bangor, Gwynedd" and "Bangor, County Down" before "Bangor" itself (built once). */
let sameName: Map<string, PlaceRecord[]> | undefined;

function placesNamed(key: string): PlaceRecord[] {
  if (!sameName) {
    sameName = new Map();
    const seen = new Set<string>();
    for (const place of PLACES.values()) {
      const comma = place.name.indexOf(', ');
      // "Newry, Mourne and Down" is a district council across two trusts, not another Newry.
      if (comma < 0 || seen.has(place.name) || place.councils.length > 1) continue;
      seen.add(place.name);
      const base = placeKey(place.name.slice(0, comma));
      sameName.set(base, [...(sameName.get(base) ?? []), place]);
    }
  }
  const own = PLACES.get(key);
  return [...(sameName.get(key) ?? []), ...(own ? [own] : [])];
}

/** Could be an attempt at a postcode: letters and digits only, short, at least one of each. */
function looksLikePostcode(compact: string): boolean {
  return /^[A-Z0-9]{2,8}$/.test(compact) && /\d/.test(compact) && /[A-Z]/.test(compact);
}

/**
 * A postcode, a postcode district or a place name (in any case, with or without spaces, with
 * "I live in ..." around it) -> the councils responsible, the nation and whether it is split.
 * Never throws: unknown or malformed input says so in `status`.
 */
export function councilsFor(input: string): CouncilLookup {
  const text = (input ?? '').trim().slice(0, 200);
  const compact = text.toUpperCase().replace(/\s+/g, '');
  const none = (status: 'unknown' | 'malformed'): CouncilLookup => ({ status, councils: [], nation: null, split: false });
  if (!compact) return none('unknown');
  const full = FULL_POSTCODE.exec(compact);
  if (full) return districtLookup(full[1], 'postcode');
  if (DISTRICT.test(compact)) {
    const found = districtLookup(compact, 'district');
    // "SE99" is well formed; a place spelt like a district ("M1") is not a thing.
    return found;
  }
  const inText = POSTCODE_IN_TEXT.exec(text);
  if (inText) return districtLookup(inText[1].toUpperCase(), 'postcode');
  const place = placeLookup(text);
  if (place) return place;
  return none(looksLikePostcode(compact) && text.length <= 10 ? 'malformed' : 'unknown');
}

/** The ids the catalogue may use for these councils: each old id (when it has one) and code. */
function catalogueIds(councils: readonly Council[]): string[] {
  return councils.flatMap((c) => {
    const alias = CODE_TO_ALIAS.get(c.code);
    return alias ? [alias, c.code] : [c.code];
  });
}

/**
 * District -> area, nation (null: border, unknown or Crown Dependency, so ask), councils.
 * Accepts a district ("SE15") or a full postcode (only the outward part is kept).
 * `council`/`councils` hold catalogue ids (the old id where the demo catalogue has one, and the
 * code); `councilCodes` holds codes only.
 */
export function lookupPostcodeDistrict(input: string): PostcodeDistrictInfo {
  const district = normaliseDistrict(input) ?? input.toUpperCase().replace(/\s+/g, '');
  const found = districtLookup(district, 'district');
  const info: PostcodeDistrictInfo = { district, area: areaOf(district), nation: found.nation };
  if (found.crownDependency) info.crownDependency = found.crownDependency;
  if (DISTRICTS.get(district)?.nonGeographic) info.nonGeographic = true;
  if (found.councils.length > 0) {
    const ids = catalogueIds(found.councils);
    info.council = ids[0];
    info.councils = ids;
    info.councilCodes = found.councils.map((c) => c.code);
    info.split = found.split;
    const region = found.councils[0].region;
    if (region) info.region = region;
  }
  return info;
}

/** A postcode area's name and nation ("CF" -> Cardiff, Wales); nation null across a border or outside the UK. */
export function postcodeArea(area: string): { name: string; nation: Nation | null } | undefined {
  const entry = AREAS[area.toUpperCase()];
  return entry ? { name: entry.name, nation: entry.nation } : undefined;
}

/** True when the postcode area is a real UK (or Crown Dependency) area. */
export function isKnownPostcodeArea(area: string): boolean {
  return Object.hasOwn(AREAS, area.toUpperCase());
}

/** The postcode areas that cross a nation border. */
export function borderAreas(): string[] {
  return Object.entries(AREAS)
    .filter(([, a]) => a.border)
    .map(([code]) => code);
}

/**
 * A town, city, council or borough name -> its place; null when unknown, or when it lies
 * outside the UK's nations (Crown Dependencies: use councilsFor, which says so).
 */
export function lookupPlace(name: string): PlaceInfo | null {
  const found = placeLookup((name ?? '').trim().slice(0, 200));
  if (!found || found.nation === null) return null;
  const ids = catalogueIds(found.councils);
  const place: PlaceInfo = {
    name: found.place ?? name,
    area: found.area ?? '',
    nation: found.nation,
    councils: ids,
    councilCodes: found.councils.map((c) => c.code),
    split: found.split,
  };
  if (found.district) place.district = found.district;
  if (!found.split) place.council = ids[0];
  const region = found.councils.length === 1 ? found.councils[0].region : undefined;
  if (region) place.region = region;
  return place;
}

/** "Newport" -> ["Newport, Isle of Wight"]: places named "<name>, somewhere" (built once) that another council runs. */
let alike: Map<string, { name: string; councils: readonly string[] }[]> | undefined;

export function otherPlacesNamed(name: string, councils: readonly string[]): string[] {
  if (!alike) {
    alike = new Map();
    const seen = new Set<string>();
    for (const place of PLACES.values()) {
      const comma = place.name.indexOf(', ');
      if (comma < 0 || seen.has(place.name)) continue;
      seen.add(place.name);
      const base = place.name.slice(0, comma);
      alike.set(base, [...(alike.get(base) ?? []), { name: place.name, councils: place.councils }]);
    }
  }
  // One other council each: "Newry, Mourne and Down" is a district council's name, not another Newry.
  return (alike.get(name) ?? []).filter((p) => p.councils.length === 1 && !councils.includes(p.councils[0])).map((p) => p.name);
}
