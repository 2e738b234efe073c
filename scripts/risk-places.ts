/**
 * `npm run risk:places`: rebuilds data/risk/places.json, the place names the risk engine reads as
 * places (risk/places.ts, issue 13): every name of the gazetteer (data/geography: places, council
 * short names in English and Welsh, the other languages' exonyms) and Welsh places' mutated forms
 * ("ym Mhen-y-bont"). Read through the engine, names with words of danger (bridge, pont, castle,
 * edge) were not the only ones raised: the model read "main Bracknell mein rehta hoon" as urgent,
 * and which names it reacts to changes with every retraining. So every name is masked, and the
 * table depends on the gazetteer and the risk lexicons only, not on the model. A one-word name
 * that is itself a word the rules or concepts use ("Eye", "Hay") is left as written: masking it
 * could hide a real word of danger. `--list` prints the names the rules and the model read above
 * a plain place (London, Leeds) in "I live in X" and the like. `-- --check` exits 1 when the
 * shipped table is not what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessRiskAsWritten } from '../risk/assess';
import { RISK_LEVELS, riskRank } from '../core/risk';
import { loadRuleSetData } from '../risk/rules';
import { foldWord, WORD } from '../risk/places';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const OUT = `${DATA}risk/places.json`;

/**
 * Hand-kept: words of danger before a name that keep it as written ("jump off Sowerby Bridge",
 * "neidio oddi ar Bont...", "skoczę z ...", "tirarme desde ..."), as folded word starts.
 */
const KEEP_AFTER = [
  // en
  'jump',
  'leap',
  'throw',
  'off',
  'onto',
  'drown',
  'hang',
  // cy
  'neid',
  'oddi',
  'boddi',
  // pl
  'skocz',
  'skak',
  'rzuc',
  // es, pt
  'tirar',
  'tirarm',
  'saltar',
  'lanzar',
  'arroj',
  'atirar',
  'pular',
  'jogar',
  // ro
  'arunc',
  'sar',
  // ur (romanised and Arabic script), pa, bn, gu, ar, zh
  'kood',
  'chalang',
  'chhalang',
  'کود',
  'ਛਾਲ',
  'লাফ',
  'કૂદ',
  'اقفز',
  'قفز',
  'سأقفز',
  '跳',
];

/** Hand-kept: "in" and "live" around a place, folded, in the bot's Latin-script languages (a lower-case one-word name counts only beside one). */
const LOCATIVES = ['in', 'at', 'near', 'from', 'yn', 'ym', 'yng', 'w', 'we', 'en', 'em', 'no', 'na', 'din', 'la', 'langa', 'ger'];
/** Hand-kept: "in" after the place (romanised Urdu and Punjabi). */
const POSTPOSITIONS = ['mein', 'vich'];

/** Welsh initial mutations of a name's first word (soft, nasal, aspirate): "Pen-y-bont" -> "Ben", "Mhen", "Phen". */
const MUTATIONS: [string, string[]][] = [
  ['ll', ['l']],
  ['rh', ['r']],
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  ['g', ['', 'ng']],
  ['m', ['f']],
];

function mutated(folded: string): string[] {
  const rule = MUTATIONS.find(([start]) => folded.startsWith(start));
  return rule ? rule[1].map((start) => `${start}${folded.slice(rule[0].length)}`) : [];
}

const UNSPACED = /[\p{Script=Han}]/u;

interface Name {
  written: string;
  folded: string;
  welsh: boolean;
}

function fold(name: string): string {
  return (name.match(WORD) ?? []).map(foldWord).join(' ');
}

function gazetteerNames(): Name[] {
  const places = (JSON.parse(readFileSync(`${DATA}geography/places.json`, 'utf8')) as { places: Record<string, { name: string; councils: string[] }> }).places;
  const councils = (
    JSON.parse(readFileSync(`${DATA}geography/councils.json`, 'utf8')) as { councils: Record<string, { shortName?: string; shortNameCy?: string }> }
  ).councils;
  const exonyms = (JSON.parse(readFileSync(`${DATA}geography/exonyms.json`, 'utf8')) as { names: Record<string, Record<string, string>> }).names;
  const out = new Map<string, Name>();
  const add = (written: string, welsh: boolean) => {
    const folded = UNSPACED.test(written) ? written : fold(written);
    if (!folded) return;
    const known = out.get(folded);
    out.set(folded, { written: known?.written ?? written, folded, welsh: welsh || (known?.welsh ?? false) });
  };
  for (const [key, place] of Object.entries(places)) {
    const welsh = place.councils.some((code) => code.startsWith('W'));
    add(place.name, welsh);
    add(key, welsh);
  }
  for (const [code, council] of Object.entries(councils)) {
    if (council.shortName) add(council.shortName, code.startsWith('W'));
    if (council.shortNameCy) add(council.shortNameCy, true);
  }
  for (const names of Object.values(exonyms)) for (const name of Object.keys(names)) add(name, false);
  return [...out.values()].sort((a, b) => a.folded.localeCompare(b.folded));
}

/** Every folded word the rules' and frames' patterns, requires and unless and the concepts' terms use: a one-word name among them is not masked. */
function riskWords(): Set<string> {
  const words = new Set<string>();
  const addTerm = (term: string) => {
    for (const word of term.split(/[\s_|~*?()]+/)) if (word && !/^\d+$/.test(word) && !word.startsWith('@')) words.add(foldWord(word));
  };
  const data = loadRuleSetData();
  for (const lexicon of Object.values(data.concepts ?? {})) for (const terms of Object.values(lexicon)) terms.forEach(addTerm);
  for (const rule of data.rules) for (const pattern of [...rule.patterns, ...(rule.requires ?? []), ...(rule.unless ?? [])]) addTerm(pattern);
  return words;
}

export function buildPlaceTable(): { file: object; summary: string[] } {
  const danger = riskWords();
  const names = new Set<string>();
  const unspaced = new Set<string>();
  const left: string[] = [];
  const all = gazetteerNames();
  for (const name of all) {
    if (UNSPACED.test(name.folded)) {
      unspaced.add(name.folded);
      continue;
    }
    if (!name.folded.includes(' ') && danger.has(name.folded)) {
      left.push(name.written);
      continue;
    }
    names.add(name.folded);
    if (name.welsh) {
      const [first = '', ...rest] = name.folded.split(' ');
      for (const start of mutated(first)) if (start && !(rest.length === 0 && danger.has(start))) names.add([start, ...rest].join(' '));
    }
  }
  const file = {
    _comment:
      'Generated by npm run risk:places from data/geography and the risk lexicons (do not edit by hand): the place names the risk engine reads as places (risk/places.ts). keepAfter, locatives and postpositions are hand-kept in scripts/risk-places.ts.',
    names: [...names].sort(),
    unspaced: [...unspaced].sort(),
    keepAfter: KEEP_AFTER,
    locatives: LOCATIVES,
    postpositions: POSTPOSITIONS,
    leftAsWritten: left.sort(),
  };
  return {
    file,
    summary: [
      `${all.length} gazetteer names; ${names.size} masked (with Welsh mutations), ${unspaced.size} unspaced, ${left.length} one-word names left as written (words the rules use)`,
    ],
  };
}

/** The readings each name is tried in, for --list. */
const FRAMES = ['X', 'I live in X', 'mum lives in X', "Dw i'n byw yn X", 'Mieszkam w X', 'Vivo en X', 'main X mein rehta hoon'];
/** Plain places the readings are compared with. */
const CONTROLS = ['London', 'Leeds'];

/** The names the engine (rules and model, nothing masked) reads above a plain place: what masking is for. */
function listRaised(): string[] {
  const levels = (name: string) => FRAMES.map((frame) => riskRank(assessRiskAsWritten(frame.replace('X', name)).level));
  const controls = FRAMES.map((_, i) => Math.max(...CONTROLS.map((control) => levels(control)[i] ?? 0)));
  const out: string[] = [];
  for (const name of gazetteerNames()) {
    levels(name.written).forEach((level, i) => {
      if (level > (controls[i] ?? 0)) out.push(`${RISK_LEVELS[level] ?? level}\t${FRAMES[i]?.replace('X', name.written) ?? ''}`);
    });
  }
  return out;
}

function main(argv: string[]): number {
  if (argv.includes('--list')) {
    for (const line of listRaised()) console.log(line);
    return 0;
  }
  const { file, summary } = buildPlaceTable();
  for (const line of summary) console.error(line);
  const text = `${JSON.stringify(file, null, 1)}\n`;
  let shipped = '';
  try {
    shipped = readFileSync(OUT, 'utf8');
  } catch {
    // no table yet
  }
  if (argv.includes('--check')) {
    if (shipped === text) {
      console.error('data/risk/places.json is what npm run risk:places makes');
      return 0;
    }
    console.error('data/risk/places.json is not what npm run risk:places makes: run it and commit the result');
    return 1;
  }
  writeFileSync(OUT, text);
  console.error('wrote data/risk/places.json');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
