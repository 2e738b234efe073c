/**
 * The one normal form of place and council names, shared by the table build and the lookups:
 * "Royal Borough of Kingston-upon-Thames" and "kingston upon thames" meet at the same key.
 */
const PREFIXES = [
  'the ',
  'royal borough of ',
  'london borough of ',
  'borough of ',
  'city and county of ',
  'city of ',
  'county of ',
  'cyngor bwrdeistref sirol ',
  'cyngor sir ',
  'cyngor dinas ',
  'cyngor ',
  'dinas a sir ',
];
/** "City of London" is the Square Mile, not London. */
const KEEP = new Set(['city of london']);
const SUFFIXES = [
  ' metropolitan borough council',
  ' county borough council',
  ' borough council',
  ' district council',
  ' county council',
  ' city council',
  ' council',
  ' corporation',
  ' city of',
  ' city',
];

function stripOnce(key: string): string {
  if (KEEP.has(key)) return key;
  for (const s of SUFFIXES) if (key.endsWith(s) && key.length > s.length + 2) return key.slice(0, -s.length);
  for (const p of PREFIXES) if (key.startsWith(p) && key.length > p.length + 2) return key.slice(p.length);
  return key;
}

/** Lower case, no accents or punctuation, "&" as "and", "saint" as "st", council words removed. */
export function placeKey(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = stripOnce(key);
  }
  return key;
}
