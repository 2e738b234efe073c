/**
 * assessRisk: the one entry point. Never throws; a failure inside reports
 * `concern` with `failure` set (CONTRACTS.md: the reply then shows the fixed
 * block of 24/7 contacts).
 */
import { engine, emptyFinding, type Finding } from './engine';
import { type RiskAssessment } from './types';
import { RISK_CATEGORIES, riskRank, type RiskCategory } from '../core/risk';
import { fallbackCategory, namesRiskConcept } from './model/evidence';
import { fitsModelWindow, modelTokens, wordCount } from './model/features';
import { RiskModel, type ModelOpinion } from './model/model';
import { maskPlaces } from './places';

/** The trained model; without its file the rules answer alone (and say so in every assessment). */
const model = loadModel();

function loadModel(): RiskModel | undefined {
  try {
    return RiskModel.load();
  } catch {
    return undefined;
  }
}

/** The id a raise by the model is recorded under ("model.urgent"), beside the rules' own ids. */
const MODEL_ID_PREFIX = 'model.';

export function isModelRuleId(id: string): boolean {
  return id.startsWith(MODEL_ID_PREFIX);
}

/** True when the level comes from the model alone: no rule fired. */
export function raisedByModelAlone(risk: { ruleIds: readonly string[] }): boolean {
  return risk.ruleIds.length > 0 && risk.ruleIds.every(isModelRuleId);
}

/**
 * Either layer can raise the level; nothing lowers what a rule found. An idiom the rules
 * recognised ("this form is killing me") vetoes a raise that comes from the model alone.
 */
export function combine(finding: Finding, opinion: ModelOpinion | undefined, idiomIds: ReadonlySet<string>): void {
  if (!opinion || riskRank(opinion.level) <= riskRank(finding.level)) return;
  if ([...finding.ruleIds].some((id) => idiomIds.has(id))) return;
  finding.level = opinion.level;
  finding.ruleIds.add(`${MODEL_ID_PREFIX}${opinion.level}`);
  const categories = opinion.categories.length ? opinion.categories : [fallbackCategory(opinion.level, opinion.scores)];
  for (const category of categories) finding.categories.add(category);
}

const NO_IDIOMS: ReadonlySet<string> = new Set();

/** The model's view of a text as written (risk:explain gives it the text with its places masked). */
export function modelOpinion(text: string): ModelOpinion | undefined {
  return model?.assess(text);
}

/** Longer texts are read in overlapping windows: memory stays bounded, nothing is skipped. */
export const CHUNK_CHARS = 20_000;
/** Overlap so a phrase cut by a window edge is still seen whole in one window. */
export const CHUNK_OVERLAP = 1_000;

function chunks(text: string): string[] {
  if (text.length <= CHUNK_CHARS) return [text];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK_CHARS, text.length);
    // Do not split a surrogate pair.
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    out.push(text.slice(start, end));
    if (end >= text.length) break;
    start = end - CHUNK_OVERLAP;
    const startCode = text.charCodeAt(start);
    if (startCode >= 0xdc00 && startCode <= 0xdfff) start--;
  }
  return out;
}

function byContractOrder(categories: Set<RiskCategory>): RiskCategory[] {
  return RISK_CATEGORIES.filter((c) => categories.has(c));
}

/** Up to this many words, a message that names nothing dangerous but a place is read with it masked alone. */
const PLACE_ANSWER_WORDS = 12;

/**
 * Place names are read as places (places.ts): the rules and the model read the text with them
 * masked. The model learnt from texts with their places as written, and in a longer message it
 * may read the danger partly through them ("on the platform at Wembley Central..."): so the masked
 * reading counts alone only for a short message that names no risk concept once the places are
 * masked ("I live in Sowerby Bridge", "Dw i'n byw ym Mhen-y-bont ar Ogwr"); otherwise the higher
 * of the two readings counts, and masking never lowers a level.
 */
export function assessRisk(text: string): RiskAssessment {
  let masked: string | undefined;
  try {
    const read = maskPlaces(text);
    if (read.places.length > 0) masked = read.text;
  } catch {
    // Not a string, or the masking failed: read as written (assessRiskAsWritten reports a bad input).
  }
  if (masked === undefined) return assessRiskAsWritten(text);
  const placesRead = assessRiskAsWritten(masked);
  const tokens = modelTokens(masked);
  if (wordCount(tokens) <= PLACE_ANSWER_WORDS && !namesRiskConcept(tokens)) return placesRead;
  const asWritten = assessRiskAsWritten(text);
  return riskRank(asWritten.level) > riskRank(placesRead.level) ? asWritten : placesRead;
}

/** The level of the text exactly as written, no place masked (what npm run risk:places compares against). */
export function assessRiskAsWritten(text: string): RiskAssessment {
  try {
    if (typeof text !== 'string') throw new TypeError(`text is ${typeof text}, not a string`);
    const finding = emptyFinding();
    let shortTokens: string[] | undefined;
    for (const chunk of chunks(text)) shortTokens = engine.evaluate(chunk, finding);
    // A short message is normalised once, for the rules and the model alike.
    combine(
      finding,
      model && (fitsModelWindow(text) && shortTokens ? model.assessTokens(shortTokens, text) : model.assess(text)),
      engine.ruleSet?.idiomIds ?? NO_IDIOMS,
    );
    return {
      level: finding.level,
      categories: byContractOrder(finding.categories),
      ruleIds: [...finding.ruleIds].sort(),
      flags: [...finding.flags].sort(),
      rulesVersion: engine.version(),
      modelVersion: model?.version ?? 'none',
    };
  } catch (error) {
    return {
      level: 'concern',
      categories: [],
      ruleIds: ['engine.failure'],
      flags: [],
      rulesVersion: safeVersion(),
      failure: error instanceof Error ? error.message : String(error),
    };
  }
}

function safeVersion(): string {
  try {
    return engine.version();
  } catch {
    return 'unknown';
  }
}

/** True when the assessment asks for more than carrying on. */
export function needsAction(assessment: RiskAssessment): boolean {
  return riskRank(assessment.level) > 0;
}
