/**
 * Whether the person works, when their own words already say so ("I've stopped working to look
 * after her", "przestałam pracować"): the conversation then neither asks "Are you working?" nor
 * talks about juggling a job. First-person statements only (data/understanding/work-status.json).
 */
import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../core/languages';
import type { WorkStatus } from './types';
import { createLexicon, matchLexicon, type Lexicon } from './lexicon';

interface WorkStatusFile {
  languages: Partial<Record<LanguageCode, Partial<Record<WorkStatus, string[]>>>>;
}

/** When several are said, the most specific wins: "I'm not working any more" is a stop. */
const PRIORITY: readonly WorkStatus[] = ['stopped', 'not_working', 'working'];

function load(): Map<LanguageCode, Lexicon<WorkStatus>> {
  const data = JSON.parse(readFileSync(new URL('../data/understanding/work-status.json', import.meta.url), 'utf8')) as WorkStatusFile;
  const out = new Map<LanguageCode, Lexicon<WorkStatus>>();
  for (const [language, byStatus] of Object.entries(data.languages) as [LanguageCode, Partial<Record<WorkStatus, string[]>>][]) {
    const items = PRIORITY.flatMap((label) => (byStatus[label] ?? []).map((pattern) => ({ pattern, label, weight: 1 })));
    out.set(language, createLexicon(items));
  }
  return out;
}

const LEXICONS = load();

/** Reads English too in every language: people mix in "I gave up my job". */
export function findWorkStatus(maskedWords: string[], languages: readonly LanguageCode[] = ['en']): WorkStatus | undefined {
  const found = new Set<WorkStatus>();
  for (const language of new Set<LanguageCode>([...languages, 'en'])) {
    const lexicon = LEXICONS.get(language);
    if (lexicon) for (const match of matchLexicon(lexicon, maskedWords)) found.add(match.entry.label);
  }
  return PRIORITY.find((status) => found.has(status));
}
