/**
 * Place names are read as places (issue 13): a town whose name holds a word of danger
 * ("Sowerby Bridge", "Pen-y-bont ar Ogwr", "Elephant and Castle") is not a crisis, in any
 * language it is said in; the same place said with a real danger keeps its level. Every
 * gazetteer name (places, councils' short names in English and Welsh, the other languages'
 * exonyms), alone and in "I live in X", "mum lives in X", "Dw i'n byw yn X", "Mieszkam w X",
 * "Vivo en X", "main X mein rehta hoon", is below urgent.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { assessRisk } from '../../risk/index';
import { compilePlaceTable, maskPlaces, PLACE_MASK } from '../../risk/places';
import { riskRank, type RiskLevel } from '../../core/risk';

/** Flagged urgent or concern before the masking (issue 13's list): now below urgent. */
const PLACES_ONLY = [
  'I live in Sowerby Bridge',
  'mum lives in Sowerby Bridge',
  'Sowerby Bridge',
  "Dw i'n byw yn Hebden Bridge",
  "Dw i'n byw yn Sowerby Bridge",
  'Pen-y-bont ar Ogwr',
  "Dw i'n byw ym Mhen-y-bont ar Ogwr",
  "Dw i'n byw yn Pen-y-bont ar Ogwr",
  'Mieszkam w Hebden Bridge',
  'Vivo en Sowerby Bridge',
  'main Sowerby Bridge mein rehta hoon',
  'Coatbridge',
  "Dw i'n byw yn Coatbridge",
  'Hedge End',
  "Dw i'n byw yn Hedge End",
  'mum lives in Elephant and Castle',
  "Dw i'n byw yn Elephant and Castle",
  'I live in Wotton-under-Edge',
  "Dw i'n byw yn Trowbridge",
  "Dw i'n byw yn Pontyclun",
  "Dw i'n byw yn Walton-on-Thames",
  'i live in sowerby bridge',
  'i live in coatbridge',
];

/** A real danger said with a place: at least this level. */
const DANGER_KEPT: [string, RiskLevel][] = [
  ["I'm going to jump off the bridge in Sowerby Bridge", 'urgent'],
  ["I'm going to jump off Sowerby Bridge", 'urgent'],
  ['I live in Hebden Bridge and I want to end it all', 'urgent'],
  ["I don't want to live in Sowerby Bridge any more, I want to die", 'urgent'],
  ["mum lives in Sowerby Bridge, she's collapsed and isn't breathing", 'emergency'],
  ["there's a hook in the garage and I keep looking at it", 'urgent'],
  ["Dw i'n byw ym Mhen-y-bont ac dw i eisiau marw", 'urgent'],
  ['told my sister to bury me with mum, won’t be long', 'urgent'],
  ['Bury me with mum, I won’t be here long', 'urgent'],
  ['my husband died in march and i just want to be with him, thinking about ending it', 'urgent'],
];

describe('risk: place names are read as places (issue 13)', () => {
  for (const text of PLACES_ONLY) {
    it(`below urgent: ${text}`, () => {
      const risk = assessRisk(text);
      expect(riskRank(risk.level), `${risk.level} ${risk.ruleIds.join(',')}`).to.be.below(riskRank('urgent'));
    });
  }
  for (const [text, level] of DANGER_KEPT) {
    it(`${level} kept: ${text}`, () => {
      expect(riskRank(assessRisk(text).level)).to.be.at.least(riskRank(level));
    });
  }
});

const DATA = new URL('../../data/', import.meta.url);
const FRAMES = ['X', 'I live in X', 'mum lives in X', "Dw i'n byw yn X", 'Mieszkam w X', 'Vivo en X', 'main X mein rehta hoon'];

function gazetteer(): string[] {
  const read = <T>(path: string) => JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as T;
  const places = read<{ places: Record<string, { name: string }> }>('geography/places.json').places;
  const councils = read<{ councils: Record<string, { shortName?: string; shortNameCy?: string }> }>('geography/councils.json').councils;
  const exonyms = read<{ names: Record<string, Record<string, string>> }>('geography/exonyms.json').names;
  const names = new Set<string>(Object.values(places).map((place) => place.name));
  for (const council of Object.values(councils)) for (const name of [council.shortName, council.shortNameCy]) if (name) names.add(name);
  for (const language of Object.values(exonyms)) for (const name of Object.keys(language)) names.add(name);
  return [...names].sort();
}

describe('risk: every gazetteer name is read as a place (issue 13)', () => {
  it('every gazetteer name, alone and in seven frames, is below urgent', function () {
    // About 14,000 assessments: a second here, more on a loaded machine.
    this.timeout(120_000);
    const names = gazetteer();
    expect(names.length).to.be.above(1900);
    const flagged: string[] = [];
    for (const name of names) {
      for (const frame of FRAMES) {
        const text = frame.replace('X', name);
        const risk = assessRisk(text);
        if (riskRank(risk.level) >= riskRank('urgent')) flagged.push(`${risk.level} ${risk.categories.join(',')}: ${text}`);
      }
    }
    expect(flagged).to.deep.equal([]);
  });
});

describe('risk/places: maskPlaces', () => {
  const table = compilePlaceTable({
    names: ['sowerby bridge', 'pen y bont ar ogwr', 'mhen y bont ar ogwr', 'hook'],
    keepAfter: ['jump', 'off'],
    unspaced: ['纽卡斯尔'],
    locatives: ['in'],
    postpositions: ['mein'],
  });
  const CASES: [string, string][] = [
    ['I live in Sowerby Bridge', `I live in ${PLACE_MASK}`],
    ['SOWERBY  bridge!', `${PLACE_MASK}!`],
    ["Dw i'n byw ym Mhen-y-bont ar Ogwr.", `Dw i'n byw ym ${PLACE_MASK}.`],
    ['Pen-y-bont', 'Pen-y-bont'],
    ['jump off Sowerby Bridge', 'jump off Sowerby Bridge'],
    ["I'll jump from the old Sowerby Bridge", "I'll jump from the old Sowerby Bridge"],
    ['I live in Hook', `I live in ${PLACE_MASK}`],
    ['i live in hook', `i live in ${PLACE_MASK}`],
    ['main hook mein rehta hoon', `main ${PLACE_MASK} mein rehta hoon`],
    ["there's a hook in the garage", "there's a hook in the garage"],
    ['Hook', PLACE_MASK],
    ['Hook, Hampshire', `${PLACE_MASK}, Hampshire`],
    ['Hook is where I live', 'Hook is where I live'],
    ['we moved to Hook last year', `we moved to ${PLACE_MASK} last year`],
    ['she hung a coat on the hook in the hall by the door', 'she hung a coat on the hook in the hall by the door'],
    ['Sowerby Bridgend', 'Sowerby Bridgend'],
    ['我住在纽卡斯尔', `我住在 ${PLACE_MASK} `],
    ['', ''],
  ];
  for (const [text, masked] of CASES) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(masked)}`, () => {
      expect(maskPlaces(text, table).text).to.equal(masked);
    });
  }
  it('says which names it masked, as written', () => {
    expect(maskPlaces('from Sowerby Bridge to Pen-y-bont ar Ogwr', table).places).to.deep.equal(['Sowerby Bridge', 'Pen-y-bont ar Ogwr']);
  });
  it("the shipped table is loaded and masks the issue's names", () => {
    expect(maskPlaces('I live in Sowerby Bridge').text).to.equal(`I live in ${PLACE_MASK}`);
  });
});
