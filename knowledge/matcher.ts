/**
 * Which card answers a question: TF-IDF vectors of words, word pairs and letter n-grams, compared
 * by cosine with every example of every card in every language (nearest examples), so it
 * generalises to new wordings instead of looking phrases up; blended with a trained classifier's
 * probabilities (knowledge/model.ts), which learns the words that tell close cards apart.
 * Deterministic. How sure it is: the best card's lead over the next, times the square root of the
 * question's length in words (a longer question that still points at one card is surer), plus a
 * little of the best card's own score (measured on our own examples, knowledge/calibrate.ts). A
 * question under the calibrated threshold (data/knowledge/matcher.json, `npm run knowledge:train`)
 * gets no card: a wrong card is worse than none.
 */
import type { LanguageCode } from '../core/languages';
import { normalizedTokens } from '../text/normalize';
import { FeatureTable } from './featureTable';
import { featuresOf, type Bag } from './features';
import type { CardModel, Opinion } from './model';
import type { KnowledgeBase, TextLanguage } from './types';

export interface CardMatch {
  cardId: string;
  /** How sure: the best card's lead over the next, times the square root of the words (bestCard). */
  score: number;
}

export interface Example {
  cardId: string;
  language: TextLanguage;
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

/** Sublinear tf x idf of one text: feature ids and weights in the order met (-1: a feature no example has, which counts in the norm only). */
interface Vector {
  ids: number[];
  weights: number[];
}

/** Postings packed feature by feature (compressed sparse rows): row f's ids and weights sit from offsets[f] to offsets[f + 1]. */
interface Packed {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/** Packs rows of known lengths: `put` fills each row in the order its entries come. */
class PackedBuilder {
  readonly packed: Packed;
  private readonly cursor: Int32Array;

  constructor(lengths: ArrayLike<number>) {
    const offsets = new Int32Array(lengths.length + 1);
    for (let row = 0; row < lengths.length; row++) offsets[row + 1] = offsets[row]! + lengths[row]!;
    const total = offsets[lengths.length]!;
    this.packed = { offsets, ids: new Int32Array(total), weights: new Float64Array(total) };
    this.cursor = offsets.slice(0, lengths.length);
  }

  put(row: number, id: number, weight: number): void {
    const at = this.cursor[row]!++;
    this.packed.ids[at] = id;
    this.packed.weights[at] = weight;
  }
}

/** Writes a vector's weights into one slot per feature, or (`clear`) puts those slots back to 0. */
function spread(v: Vector, into: Float64Array, clear = false): void {
  v.ids.forEach((id, i) => {
    if (id >= 0) into[id] = clear ? 0 : v.weights[i]!;
  });
}

export class CardIndex {
  readonly examples: Example[];
  private readonly cardIds: string[];
  /** Each example's card (index into cardIds). */
  private readonly exampleCards: Int32Array;
  /**
   * Every feature once, numbered in the order the cards' centroids first have them (card by
   * card, each card's examples in order), so the leave-one-out sums run in the order they did
   * when the index was made of maps.
   */
  private readonly features: FeatureTable;
  private readonly idf: Float64Array;
  private readonly unseenIdf: number;
  /** Feature -> the examples that have it (ascending) and their weights. */
  private readonly postings: Packed;
  /** The cards' centroids turned inside out (feature -> cards, ascending) with their norms, so a question costs its own features, not every card's. */
  private readonly centroidPostings: Packed;
  private readonly centroidNorms: Float64Array;
  /** The centroids card by card (feature ids ascending), built only when an example is left out (calibration), never for a question. */
  private centroidRows?: Packed;
  /** Scratch for one question: scores() runs start to end without yielding, so one set serves every call. */
  private readonly sims: Float64Array;
  private readonly firsts: Float64Array;
  private readonly seconds: Float64Array;
  /** The examples and cards a question reached, reused from question to question (no array grown per question). */
  private reached = new Int32Array(1024);
  private readonly cardsReached: Int32Array;
  private readonly centroid: Float64Array;
  /** One weight per feature for the question and the example left out (calibration only). */
  private calibrationScratch?: [Float64Array, Float64Array];

  constructor(examples: readonly Example[]) {
    this.examples = [...examples];
    const bags = this.examples.map((e) => featuresOf(e.text));
    this.cardIds = [...new Set(this.examples.map((e) => e.cardId))];
    const cardIndex = new Map(this.cardIds.map((id, i) => [id, i]));
    this.exampleCards = Int32Array.from(this.examples, (e) => cardIndex.get(e.cardId)!);
    const byCard = this.cardIds.map((): number[] => []);
    this.exampleCards.forEach((card, example) => byCard[card]!.push(example));

    // Number the features card by card, counting the cards that have each. Rarity is counted in
    // cards, not examples: a word in every card's examples ("my", "mum", "can I") says nothing
    // about which card, in any language, and weighs almost nothing.
    const ids = new Map<string, number>();
    const keys: string[] = [];
    const cardCounts: number[] = [];
    const lastCard: number[] = [];
    byCard.forEach((members, card) => {
      for (const example of members) {
        const { words, letters } = bags[example]!;
        for (const bag of [words, letters]) {
          for (const key of bag.keys()) {
            let id = ids.get(key);
            if (id === undefined) {
              ids.set(key, (id = keys.length));
              keys.push(key);
              cardCounts.push(0);
              lastCard.push(-1);
            }
            if (lastCard[id] !== card) {
              lastCard[id] = card;
              cardCounts[id]!++;
            }
          }
        }
      }
    });
    const n = this.cardIds.length;
    this.idf = Float64Array.from(cardCounts, (count) => Math.log((n + 1) / (count + 0.5)));
    this.unseenIdf = Math.log((n + 1) / 0.5);
    const vectors = bags.map((bag) => this.vector(bag, (key) => ids.get(key)!));

    const exampleCounts = new Int32Array(keys.length);
    for (const v of vectors) for (const id of v.ids) exampleCounts[id]!++;
    const postings = new PackedBuilder(exampleCounts);
    vectors.forEach((v, example) => v.ids.forEach((id, i) => postings.put(id, example, v.weights[i]!)));
    this.postings = postings.packed;

    const centroidPostings = new PackedBuilder(cardCounts);
    this.centroidNorms = new Float64Array(n);
    const sum = new Float64Array(keys.length);
    const inCentroid = new Int32Array(keys.length).fill(-1);
    byCard.forEach((members, card) => {
      const order: number[] = [];
      for (const example of members) {
        const v = vectors[example]!;
        v.ids.forEach((id, i) => {
          if (inCentroid[id] !== card) {
            inCentroid[id] = card;
            order.push(id);
          }
          sum[id] += v.weights[i]!;
        });
      }
      let norm = 0;
      for (const id of order) {
        const weight = sum[id]!;
        norm += weight * weight;
        centroidPostings.put(id, card, weight);
        sum[id] = 0;
      }
      this.centroidNorms[card] = Math.sqrt(norm);
    });
    this.centroidPostings = centroidPostings.packed;
    this.features = new FeatureTable(keys);
    this.sims = new Float64Array(this.examples.length);
    this.firsts = new Float64Array(n);
    this.seconds = new Float64Array(n);
    this.cardsReached = new Int32Array(n);
    this.centroid = new Float64Array(n);
  }

  /** Sublinear tf x idf, each block normalised, letters weighted down, then the whole normalised. */
  private vector(bag: { words: Bag; letters: Bag }, idOf: (key: string) => number = (key) => this.features.id(key)): Vector {
    const out: Vector = { ids: [], weights: [] };
    const block = (b: Bag, scale: number) => {
      const start = out.ids.length;
      let norm = 0;
      for (const [key, tf] of b) {
        const id = idOf(key);
        const w = (1 + Math.log(tf)) * (id >= 0 ? this.idf[id]! : this.unseenIdf);
        out.ids.push(id);
        out.weights.push(w);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (let i = start; i < out.weights.length; i++) out.weights[i] = (out.weights[i]! / norm) * scale;
    };
    block(bag.words, 1);
    block(bag.letters, LETTER_WEIGHT);
    let total = 0;
    for (const w of out.weights) total += w * w;
    total = Math.sqrt(total) || 1;
    for (let i = 0; i < out.weights.length; i++) out.weights[i] = out.weights[i]! / total;
    return out;
  }

  /** Cosine of the question with each card's centroid into this.centroid (0: not reached); leaving an example out (calibration) takes the slow way. */
  private centroidScores(query: Vector, skip: number): void {
    const out = this.centroid;
    out.fill(0);
    if (skip < 0) {
      const { offsets, ids, weights } = this.centroidPostings;
      for (let i = 0; i < query.ids.length; i++) {
        const feature = query.ids[i]!;
        if (feature < 0) continue;
        const q = query.weights[i]!;
        for (let k = offsets[feature]!; k < offsets[feature + 1]!; k++) out[ids[k]!] += q * weights[k]!;
      }
      for (let card = 0; card < out.length; card++) {
        const norm = this.centroidNorms[card]!;
        out[card] = norm > 0 ? out[card]! / norm : 0;
      }
      return;
    }
    const { offsets, ids, weights } = this.centroidsByCard();
    const [queryWeights, skipped] = (this.calibrationScratch ??= [new Float64Array(this.idf.length), new Float64Array(this.idf.length)]);
    const skippedVector = this.vector(featuresOf(this.examples[skip]!.text));
    const skippedCard = this.exampleCards[skip]!;
    spread(query, queryWeights);
    spread(skippedVector, skipped);
    for (let card = 0; card < out.length; card++) {
      let dot = 0;
      let norm = 0;
      for (let k = offsets[card]!; k < offsets[card + 1]!; k++) {
        const feature = ids[k]!;
        const w = weights[k]! - (card === skippedCard ? skipped[feature]! : 0);
        norm += w * w;
        const q = queryWeights[feature]!;
        if (q) dot += q * w;
      }
      out[card] = norm > 0 ? dot / Math.sqrt(norm) : 0;
    }
    spread(query, queryWeights, true);
    spread(skippedVector, skipped, true);
  }

  private centroidsByCard(): Packed {
    if (!this.centroidRows) {
      const { offsets, ids, weights } = this.centroidPostings;
      const lengths = new Int32Array(this.cardIds.length);
      for (const card of ids) lengths[card]!++;
      const rows = new PackedBuilder(lengths);
      for (let feature = 0; feature < this.idf.length; feature++) {
        for (let k = offsets[feature]!; k < offsets[feature + 1]!; k++) rows.put(ids[k]!, feature, weights[k]!);
      }
      this.centroidRows = rows.packed;
    }
    return this.centroidRows;
  }

  /** Every card's score for a text, best first; `skip` leaves one example out (for leave-one-out). */
  scores(text: string, skip = -1): CardMatch[] {
    const query = this.vector(featuresOf(text));
    this.centroidScores(query, skip);
    // One slot per example (weights are positive, so 0 means not reached): no map in the hot loop.
    const { sims, firsts, seconds } = this;
    const { offsets, ids, weights } = this.postings;
    let reached = this.reached;
    let reachedCount = 0;
    for (let i = 0; i < query.ids.length; i++) {
      const feature = query.ids[i]!;
      if (feature < 0) continue;
      const w = query.weights[i]!;
      for (let k = offsets[feature]!; k < offsets[feature + 1]!; k++) {
        const example = ids[k]!;
        if (example === skip) continue;
        if (sims[example] === 0) {
          if (reachedCount === reached.length) {
            const grown = new Int32Array(reached.length * 2);
            grown.set(reached);
            reached = this.reached = grown;
          }
          reached[reachedCount++] = example;
        }
        sims[example] += w * weights[k]!;
      }
    }
    const cards = this.cardsReached;
    let cardCount = 0;
    for (let r = 0; r < reachedCount; r++) {
      const example = reached[r]!;
      const sim = sims[example]!;
      sims[example] = 0;
      const card = this.exampleCards[example]!;
      if (firsts[card] === 0 && sim > 0) cards[cardCount++] = card;
      if (sim > firsts[card]!) {
        seconds[card] = firsts[card]!;
        firsts[card] = sim;
      } else if (sim > seconds[card]!) seconds[card] = sim;
    }
    const out: CardMatch[] = new Array<CardMatch>(cardCount);
    for (let c = 0; c < cardCount; c++) {
      const card = cards[c]!;
      out[c] = {
        cardId: this.cardIds[card]!,
        score: MIX * ((firsts[card]! + SECOND_WEIGHT * seconds[card]!) / (1 + SECOND_WEIGHT)) + (1 - MIX) * this.centroid[card]!,
      };
      firsts[card] = seconds[card] = 0;
    }
    return out.sort((a, b) => b.score - a.score || a.cardId.localeCompare(b.cardId));
  }
}

const PLACEHOLDERS = /\{\{[^}]*\}\}/g;

/** The label of the messages no card answers (data/knowledge/negatives.json): nearest to them means no card. */
export const NO_CARD = 'none';

/**
 * How much the classifier's probability counts against the similarity in a card's score
 * (knowledge/model.ts), and how much the best card's own score adds to its lead: both measured on
 * our own writing (leave-one-out similarity, 10-fold classifier) and the English dev set.
 */
export const MODEL_WEIGHT = 0.2;
export const BEST_WEIGHT = 0.5;

/** Each card's similarity blended with the classifier's probability, best first (the similarity alone without an opinion). */
export function blend(similarity: readonly CardMatch[], opinion?: Opinion): CardMatch[] {
  if (!opinion) return [...similarity];
  const scores = new Map<string, number>();
  opinion.labels.forEach((label, i) => scores.set(label, MODEL_WEIGHT * opinion.probabilities[i]!));
  for (const s of similarity) scores.set(s.cardId, (scores.get(s.cardId) ?? 0) + (1 - MODEL_WEIGHT) * s.score);
  return [...scores].map(([cardId, score]) => ({ cardId, score })).sort((a, b) => b.score - a.score || a.cardId.localeCompare(b.cardId));
}

/**
 * The best card and how sure the matcher is of it: the lead over the next card times the square
 * root of the words, plus a little of the best card's own score (a lead among weak matches is
 * less sure); `skip` leaves one example out, `opinion` is the classifier's (none: similarity only).
 */
export function bestCard(index: CardIndex, text: string, skip = -1, opinion?: Opinion): CardMatch | null {
  const similarity = index.scores(text, skip);
  // Nearest to the messages no card answers: the classifier alone does not make it a question a card answers.
  if (similarity[0]?.cardId === NO_CARD) return null;
  const [first, second] = blend(similarity, opinion);
  if (!first || first.cardId === NO_CARD) return null;
  const words = Math.max(1, normalizedTokens(text).length);
  const lead = (first.score - (second?.score ?? 0)) * Math.sqrt(words);
  return { cardId: first.cardId, score: opinion ? lead + BEST_WEIGHT * first.score : lead };
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
      for (const example of text?.examples ?? []) out.push({ cardId: card.id, language: language as TextLanguage, text: example });
      if (!options.wording || !text) continue;
      for (const words of [text.title, text.answer, ...(text.next ?? [])]) {
        if (words) out.push({ cardId: card.id, language: language as TextLanguage, text: words.replace(PLACEHOLDERS, ' '), wording: true });
      }
    }
  }
  return out;
}

export class CardMatcher {
  constructor(
    readonly index: CardIndex,
    readonly threshold: number,
    /** The trained classifier blended with the similarity (data/knowledge/model.json); without it, the similarity alone. */
    readonly model?: CardModel,
  ) {}

  static fromKnowledge(kb: KnowledgeBase, threshold: number, model?: CardModel): CardMatcher {
    return new CardMatcher(new CardIndex(examplesOf(kb, { wording: true, negatives: true })), threshold, model);
  }

  /** The card that answers the question, or null when none does well enough. */
  match(text: string, _language?: LanguageCode): CardMatch | null {
    const best = bestCard(this.index, text, -1, this.model?.opinion(text));
    return best && best.score >= this.threshold ? best : null;
  }
}
