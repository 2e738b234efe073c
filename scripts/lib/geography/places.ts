/**
 * Place names -> councils: every council's names (official, everyday, other spellings from
 * mySociety, Welsh from the GOV.UK register), district councils and former councils (to
 * their adult social care council today), combined authorities and London (to their member
 * councils), Northern Ireland's district councils and former districts (to their trusts), the
 * Crown Dependencies' places and a hand-compiled list of towns (towns.csv). The first name to claim a key keeps
 * it, in that order of trust; later claims are reported, not silently merged.
 */
import type { DistrictRecord, PlaceRecord } from '../../../catalogue/geography/data';
import { placeKey } from '../../../catalogue/geography/placeKey';
import { type Authorities, councilCode } from './councils';
import type { AuthorityRow, Sources } from './sources';

export interface PlacesResult {
  places: Record<string, PlaceRecord>;
  /** Keys claimed twice with different councils (the first kept). */
  collisions: string[];
}

const UPPER = new Set(['CTY', 'UA', 'MD', 'LBO', 'CC', 'SCO', 'WPA']);
/** Pieces of names that are no place on their own. */
const NOT_PLACES = new Set(['city of', 'city', 'county', 'council', 'borough']);

function namesOf(row: AuthorityRow): string[] {
  return [row['nice-name'], row['official-name'], ...row['alt-names'].split(',')].map((n) => n.trim()).filter(Boolean);
}

export function buildPlaces(src: Sources, authorities: Authorities, districts: Record<string, DistrictRecord>): PlacesResult {
  const places: Record<string, PlaceRecord> = {};
  const collisions: string[] = [];
  const add = (names: string[], record: PlaceRecord) => {
    if (record.councils.length === 0) throw new Error(`${record.name}: no council`);
    for (const name of names) {
      const key = placeKey(name);
      if (key.length < 2 || /^\d+$/.test(key) || NOT_PLACES.has(key)) continue;
      const existing = places[key];
      if (!existing) places[key] = record;
      else if (existing.councils.join() !== record.councils.join())
        collisions.push(`${key}: kept ${existing.name} (${existing.councils.join(' ')}), not ${record.name} (${record.councils.join(' ')})`);
    }
  };
  const responsible = (row: AuthorityRow) => authorities.responsibleFor(row['gss-code'] || row['local-authority-code']) ?? [];

  for (const [code, c] of Object.entries(src.crown)) add([c.shortName, c.name, ...c.places], { name: c.shortName, councils: [code] });
  const rows = src.authorities;
  const current = rows.filter((r) => r['current-authority'] === 'True');
  for (const r of current.filter((r) => UPPER.has(r['local-authority-type']))) add(namesOf(r), { name: r['nice-name'], councils: responsible(r) });
  for (const w of src.welshNames) {
    const row = authorities.byRegisterCode.get(w['principal-local-authority']);
    if (row) add([w['name-cy'], w['official-name-cy']], { name: w['name-cy'], councils: [row['gss-code']] });
  }
  for (const [code, t] of Object.entries(src.ni.trusts)) add([t.name, t.shortName], { name: t.shortName, councils: [code] });
  for (const r of current.filter((r) => r['local-authority-type'] === 'NMD')) add(namesOf(r), { name: r['nice-name'], councils: responsible(r) });
  for (const r of current.filter((r) => ['COMB', 'SRA'].includes(r['local-authority-type']))) {
    const code = r['local-authority-code'];
    const members = current.filter((m) => m['combined-authority'] === code && m['local-authority-type'] !== 'NMD');
    const councils = [...new Set(members.flatMap(responsible))];
    const names = code === 'GLA' ? ['London', 'Greater London'] : namesOf(r);
    if (councils.length > 0) add(names, { name: code === 'GLA' ? 'London' : r['nice-name'], councils });
  }
  for (const t of src.towns) {
    const district = t.district || undefined;
    let councils: string[];
    if (t.council) {
      // "A|B": a name shared by towns under different councils (Bangor in Gwynedd and County Down).
      councils = t.council.split('|').map((name) => {
        const code = councilCode(name, authorities);
        if (!code) throw new Error(`towns.csv ${t.name}: unknown council ${name}`);
        if (district && !districts[district]?.councils.includes(code)) throw new Error(`towns.csv ${t.name}: ${name} is not a council of ${district}`);
        return code;
      });
    } else {
      const record = district ? districts[district] : undefined;
      if (!record) throw new Error(`towns.csv ${t.name}: unknown district ${t.district}`);
      if (record.councils.length !== 1) throw new Error(`towns.csv ${t.name}: ${district} is split (${record.councils.join(' ')}): name the council`);
      councils = record.councils;
    }
    add([t.name, ...t.aliases.split('|').filter(Boolean)], { name: t.name, councils, ...(district ? { district } : {}) });
  }
  // NI district councils after the towns: four span two trusts, and their other names ("Newry") are towns.
  for (const r of current.filter((r) => r['local-authority-type'] === 'NID')) add(namesOf(r), { name: r['nice-name'], councils: responsible(r) });
  for (const r of rows.filter((r) => r['current-authority'] !== 'True')) {
    if (r['local-authority-type'] === 'NID') {
      const trust = src.ni.formerDistricts[r['nice-name']];
      if (trust) add(namesOf(r), { name: r['nice-name'], councils: [trust] });
    } else if (r['local-authority-type'] !== 'COMB') {
      const councils = responsible(r);
      if (councils.length > 0) add(namesOf(r), { name: r['nice-name'], councils });
    }
  }
  // The six counties of Northern Ireland, named as people still name where they live ("Co Tyrone", "County Down"): their trusts.
  // "Tyrone" alone is only the county; the other five alone are towns or former districts, claimed above.
  for (const [county, trusts] of Object.entries(src.ni.counties ?? {})) {
    if (!Array.isArray(trusts)) continue;
    const derry = county === 'Londonderry' ? ['County Derry', 'Co Derry'] : [];
    add([`County ${county}`, `Co ${county}`, `Co. ${county}`, `${county} county`, ...derry, ...(county === 'Tyrone' ? [county] : [])], {
      name: `County ${county}`,
      councils: trusts,
    });
  }
  const areas = mainAreas(districts);
  for (const place of Object.values(places)) {
    const area = place.district ? /^[A-Z]+/.exec(place.district)?.[0] : place.councils.length === 1 ? areas.get(place.councils[0]) : undefined;
    if (area) place.area = area;
  }
  return { places: Object.fromEntries(Object.entries(places).sort(([a], [b]) => a.localeCompare(b))), collisions };
}

/** Each council's commonest postcode area among the districts it alone covers (ties: first seen). */
function mainAreas(districts: Record<string, DistrictRecord>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [district, record] of Object.entries(districts)) {
    if (record.councils.length !== 1) continue;
    const area = /^[A-Z]+/.exec(district)?.[0] ?? '';
    const perArea = counts.get(record.councils[0]) ?? new Map<string, number>();
    perArea.set(area, (perArea.get(area) ?? 0) + 1);
    counts.set(record.councils[0], perArea);
  }
  const out = new Map<string, string>();
  for (const [council, perArea] of counts) out.set(council, [...perArea].reduce((best, next) => (next[1] > best[1] ? next : best))[0]);
  return out;
}
