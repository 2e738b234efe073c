/**
 * Which card answers a question: TF-IDF vectors of words, word pairs and letter n-grams, compared
 * by cosine with every example of every card in every language (nearest examples), so it
 * generalises to new wordings instead of looking phrases up. Deterministic; built in a few
 * milliseconds from the cards' examples. How sure it is: the best card's lead over the next,
 * times the square root of the question's length in words (a longer question that still points
 * at one card is surer; measured on our own examples, knowledge/calibrate.ts). A question under
 * the calibrated threshold (data/knowledge/matcher.json, `npm run knowledge:train`) gets no
 * card: a wrong card is worse than none.
 */
import type { LanguageCode } from '../core/languages';
import { normalizedTokens } from '../text/normalize';
import { featuresOf, type Bag } from './features';
import type { KnowledgeBase } from './types';

export interface CardMatch {
  cardId: string;
  /** How sure: the best card's lead over the next, times the square root of the words. */
  score: number;
}

export interface Example {
  cardId: string;
  language: LanguageCode;
  text: string;
  /** The card's own wording (title, answer, steps): adds its words to the card, never left out or scored as a question. */
  wording?: boolean;
}

/** Letter n-grams weigh less than whole words: they are many, and only there to forgive spelling. */
const LETTER_WEIGHT = 1;
/** How many of a card's nearest examples count: the best, and a little of the next. */
const SECOND_WEIGHT = 0.25;
/** How much the nearest examples count against the card's centroid (Rocchio), measured by leave-one-out on the examples. */
const MIX = 0.3;

type Vector = Map<string, number>;

/** Ids (examples or cards) and their weights for one feature, side by side in typed arrays. */
interface Postings {
  ids: Int32Array;
  weights: Float64Array;
}

/** Collects postings in plain arrays while the index is built, then packs them. */
class PostingsBuilder {
  private readonly lists = new Map<string, { ids: number[]; weights: number[] }>();

  add(key: string, id: number, weight: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = { ids: [], weights: [] }));
    list.ids.push(id);
    list.weights.push(weight);
  }

  packInto(into: Map<string, Postings>): void {
    for (const [key, list] of this.lists) into.set(key, { ids: Int32Array.from(list.ids), weights: Float64Array.from(list.weights) });
    this.lists.clear();
  }
}

export class CardIndex {
  private readonly idf = new Map<string, number>();
  private readonly unseenIdf: number;
  /** Feature -> the examples that have it and their weights, packed (a few numbers per posting, not an object). */
  private readonly postings = new Map<string, Postings>();
  /** The cards' centroids turned inside out (feature -> cards by index) with their norms, so a question costs its own features, not every card's. */
  private readonly centroidPostings = new Map<string, Postings>();
  private readonly cardIds: string[];
  private readonly centroidNorms: Float64Array;
  /** The centroids as maps, built only when an example is left out (calibration), never for a question. */
  private centroidMaps?: Map<string, Vector>;
  readonly examples: Example[];

  constructor(examples: readonly Example[]) {
    this.examples = [...examples];
    const bags = this.examples.map((e) => featuresOf(e.text));
    // Rarity is counted in cards, not examples: a word in every card's examples ("my", "mum",
    // "can I") says nothing about which card, in any language, and weighs almost nothing.
    const cardsOf = new Map<string, Set<string>>();
    bags.forEach(({ words, letters }, i) => {
      const cardId = this.examples[i]!.cardId;
      for (const key of [...words.keys(), ...letters.keys()]) {
        let set = cardsOf.get(key);
        if (!set) cardsOf.set(key, (set = new Set()));
        set.add(cardId);
      }
    });
    const n = new Set(this.examples.map((e) => e.cardId)).size;
    for (const [key, set] of cardsOf) this.idf.set(key, Math.log((n + 1) / (set.size + 0.5)));
    this.unseenIdf = Math.log((n + 1) / 0.5);
    this.cardIds = [...new Set(this.examples.map((e) => e.cardId))];
    const cardIndex = new Map(this.cardIds.map((id, i) => [id, i]));
    const postings = new PostingsBuilder();
    const centroids = this.cardIds.map(() => new Map<string, number>());
    bags.forEach((bag, example) => {
      const centroid = centroids[cardIndex.get(this.examples[example]!.cardId)!]!;
      for (const [key, weight] of this.vector(bag)) {
        centroid.set(key, (centroid.get(key) ?? 0) + weight);
        postings.add(key, example, weight);
      }
    });
    postings.packInto(this.postings);
    const centroidPostings = new PostingsBuilder();
    this.centroidNorms = new Float64Array(this.cardIds.length);
    centroids.forEach((centroid, card) => {
      let norm = 0;
      for (const [key, weight] of centroid) {
        norm += weight * weight;
        centroidPostings.add(key, card, weight);
      }
      this.centroidNorms[card] = Math.sqrt(norm);
    });
    centroidPostings.packInto(this.centroidPostings);
  }

  /** Sublinear tf x idf, each block normalised, letters weighted down, then the whole normalised. */
  private vector(bag: { words: Bag; letters: Bag }): Vector {
    const out: Vector = new Map();
    const block = (b: Bag, scale: number) => {
      const v: [string, number][] = [];
      let norm = 0;
      for (const [key, tf] of b) {
        const w = (1 + Math.log(tf)) * (this.idf.get(key) ?? this.unseenIdf);
        v.push([key, w]);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [key, w] of v) out.set(key, (w / norm) * scale);
    };
    block(bag.words, 1);
    block(bag.letters, LETTER_WEIGHT);
    let total = 0;
    for (const w of out.values()) total += w * w;
    total = Math.sqrt(total) || 1;
    for (const [key, w] of out) out.set(key, w / total);
    return out;
  }

  /** Cosine of the question with each card's centroid; leaving an example out (calibration) takes the slow way. */
  private centroidScores(query: Vector, skip: number): Map<string, number> {
    const out = new Map<string, number>();
    if (skip < 0) {
      const dots = new Float64Array(this.cardIds.length);
      const reached = new Uint8Array(this.cardIds.length);
      for (const [key, q] of query) {
        const p = this.centroidPostings.get(key);
        if (!p) continue;
        for (let k = 0; k < p.ids.length; k++) {
          dots[p.ids[k]!] += q * p.weights[k]!;
          reached[p.ids[k]!] = 1;
        }
      }
      this.cardIds.forEach((cardId, card) => {
        const norm = this.centroidNorms[card] ?? 0;
        if (reached[card]) out.set(cardId, norm > 0 ? dots[card]! / norm : 0);
      });
      return out;
    }
    for (const [cardId, c] of this.centroidsAsMaps()) {
      let dot = 0;
      let norm = 0;
      const skipped = this.examples[skip]!.cardId === cardId ? this.vector(featuresOf(this.examples[skip]!.text)) : undefined;
      for (const [key, w0] of c) {
        const w = w0 - (skipped?.get(key) ?? 0);
        norm += w * w;
        const q = query.get(key);
        if (q) dot += q * w;
      }
      out.set(cardId, norm > 0 ? dot / Math.sqrt(norm) : 0);
    }
    return out;
  }

  private centroidsAsMaps(): Map<string, Vector> {
    if (!this.centroidMaps) {
      this.centroidMaps = new Map(this.cardIds.map((id) => [id, new Map<string, number>()]));
      for (const [key, p] of this.centroidPostings) {
        for (let k = 0; k < p.ids.length; k++) this.centroidMaps.get(this.cardIds[p.ids[k]!]!)!.set(key, p.weights[k]!);
      }
    }
    return this.centroidMaps;
  }

  /** Every card's score for a text, best first; `skip` leaves one example out (for leave-one-out). */
  scores(text: string, skip = -1): CardMatch[] {
    const query = this.vector(featuresOf(text));
    const centroid = this.centroidScores(query, skip);
    // One slot per example (weights are positive, so 0 means not reached): no map in the hot loop.
    const sims = new Float64Array(this.examples.length);
    const reached: number[] = [];
    for (const [key, w] of query) {
      const p = this.postings.get(key);
      if (!p) continue;
      for (let k = 0; k < p.ids.length; k++) {
        const example = p.ids[k]!;
        if (example === skip) continue;
        if (sims[example] === 0) reached.push(example);
        sims[example] += w * p.weights[k]!;
      }
    }
    const best = new Map<string, [number, number]>();
    for (const example of reached) {
      const sim = sims[example]!;
      const cardId = this.examples[example]!.cardId;
      const top = best.get(cardId) ?? [0, 0];
      if (sim > top[0]) best.set(cardId, [sim, top[0]]);
      else if (sim > top[1]) best.set(cardId, [top[0], sim]);
    }
    return [...best.entries()]
      .map(([cardId, [first, second]]) => ({
        cardId,
        score: MIX * ((first + SECOND_WEIGHT * second) / (1 + SECOND_WEIGHT)) + (1 - MIX) * (centroid.get(cardId) ?? 0),
      }))
      .sort((a, b) => b.score - a.score || a.cardId.localeCompare(b.cardId));
  }
}

const PLACEHOLDERS = /\{\{[^}]*\}\}/g;

/** The label of the messages no card answers (data/knowledge/negatives.json): nearest to them means no card. */
export const NO_CARD = 'none';

/** The best card and how sure the index is of it; `skip` leaves one example out. */
export function bestCard(index: CardIndex, text: string, skip = -1): CardMatch | null {
  const [first, second] = index.scores(text, skip);
  if (!first || first.cardId === NO_CARD) return null;
  const words = Math.max(1, normalizedTokens(text).length);
  return { cardId: first.cardId, score: (first.score - (second?.score ?? 0)) * Math.sqrt(words) };
}

/** Every example of every language present, in file order; with `wording`, the cards' own words too; with `negatives`, the messages no card answers (as NO_CARD). */
export function examplesOf(kb: KnowledgeBase, options: { wording?: boolean; negatives?: boolean } = {}): Example[] {
  const out: Example[] = [];
  if (options.negatives) {
    for (const [language, texts] of Object.entries(kb.negatives))
      for (const text of texts ?? []) out.push({ cardId: NO_CARD, language: language as LanguageCode, text });
  }
  for (const [language, file] of Object.entries(kb.texts)) {
    if (!file) continue;
    for (const card of kb.cards) {
      const text = file.cards[card.id];
      for (const example of text?.examples ?? []) out.push({ cardId: card.id, language: language as LanguageCode, text: example });
      if (!options.wording || !text) continue;
      for (const words of [text.title, text.answer, ...(text.next ?? [])]) {
        if (words) out.push({ cardId: card.id, language: language as LanguageCode, text: words.replace(PLACEHOLDERS, ' '), wording: true });
      }
    }
  }
  return out;
}

export class CardMatcher {
  constructor(
    readonly index: CardIndex,
    readonly threshold: number,
  ) {}

  static fromKnowledge(kb: KnowledgeBase, threshold: number): CardMatcher {
    return new CardMatcher(new CardIndex(examplesOf(kb, { wording: true, negatives: true })), threshold);
  }

  /** The card that answers the question, or null when none does well enough. */
  match(text: string, _language?: LanguageCode): CardMatch | null {
    const best = bestCard(this.index, text);
    return best && best.score >= this.threshold ? best : null;
  }
}
