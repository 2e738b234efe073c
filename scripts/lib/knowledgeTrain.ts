/**
 * What `npm run knowledge:train` computes: the classifier (data/knowledge/model.json) from every
 * language's examples, the cards' wording and data/knowledge/negatives.json; the matcher's
 * thresholds from our own writing (similarity by leave-one-out, classifier by 10-fold), and the
 * figures per language. The blind set is never read here.
 */
import { bestThreshold, figuresByLanguage, scoreOwnWriting, type LanguageFigures, type Scored } from '../../knowledge/calibrate';
import {
  CardMatcher,
  CardModel,
  examplesOf,
  KNOWLEDGE_DIR,
  loadKnowledge,
  quantise,
  trainCardModel,
  type CardModelFile,
  type MatcherSettings,
} from '../../knowledge';

/** The lowest score at which answers are right at least this often (a new card beside a follow-up must be this sure). */
function sureThreshold(scored: readonly Scored[], precision: number, floor: number): number {
  for (let t = floor; t <= 2; t += 0.01) {
    const answered = scored.filter((s) => s.score >= t && s.got !== null);
    if (answered.length && answered.filter((s) => s.got === s.expected).length / answered.length >= precision) return Math.round(t * 100) / 100;
  }
  return 1;
}

export function trainMatcher(dir: URL = KNOWLEDGE_DIR): { settings: MatcherSettings; model: CardModelFile; figures: LanguageFigures[] } {
  const kb = loadKnowledge(dir);
  const model = quantise(trainCardModel(examplesOf(kb, { wording: true, negatives: true })));
  const scored = scoreOwnWriting(kb);
  const threshold = bestThreshold(scored);
  const settings: MatcherSettings = { version: 1, threshold, switchThreshold: sureThreshold(scored, 0.95, threshold) };
  return { settings, model, figures: figuresByLanguage(scored, threshold) };
}

/** The matcher's own time per question (ms), over every example and negative, after one pass to warm up: printed, never stored. */
export function timePerQuestion(settings: MatcherSettings, model: CardModelFile, dir: URL = KNOWLEDGE_DIR): number {
  const kb = loadKnowledge(dir);
  const matcher = CardMatcher.fromKnowledge(kb, settings.threshold, CardModel.fromFile(model));
  const texts = examplesOf(kb, { negatives: true }).map((e) => e.text);
  for (const text of texts) matcher.match(text);
  const start = performance.now();
  for (const text of texts) matcher.match(text);
  return (performance.now() - start) / texts.length;
}

export function modelText(model: CardModelFile): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

export function settingsText(settings: MatcherSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export function figuresTable(figures: readonly LanguageFigures[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = ['language  examples+negatives  accuracy  precision  coverage  negatives answered'];
  for (const f of figures) {
    lines.push(
      `${f.language.padEnd(9)} ${String(f.questions).padStart(18)}  ${pct(f.accuracy)}  ${pct(f.precision)}   ${pct(f.coverage)}  ${f.falseAnswers}/${f.negatives}`,
    );
  }
  return lines.join('\n');
}
