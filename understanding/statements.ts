/**
 * What the person says of themselves, read from a data file of first-person statements per
 * language (work-status.json, feelings.json): one label per message, the most specific first.
 */
import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../core/languages';
import { createLexicon, matchLexicon, type Lexicon } from './lexicon';

interface StatementFile<L extends string> {
  languages: Partial<Record<LanguageCode, Partial<Record<L, string[]>>>>;
}

export type StatementFinder<L extends string> = (maskedWords: string[], languages?: readonly LanguageCode[]) => L | undefined;

/** `priority` orders the labels: when several are said, the first of them wins. English is read in every language. */
export function statementFinder<L extends string>(file: URL, priority: readonly L[]): StatementFinder<L> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as StatementFile<L>;
  const lexicons = new Map<LanguageCode, Lexicon<L>>();
  for (const [language, byLabel] of Object.entries(data.languages) as [LanguageCode, Partial<Record<L, string[]>>][]) {
    lexicons.set(language, createLexicon(priority.flatMap((label) => (byLabel[label] ?? []).map((pattern) => ({ pattern, label, weight: 1 })))));
  }
  return (maskedWords, languages = ['en']) => {
    const found = new Set<L>();
    for (const language of new Set<LanguageCode>([...languages, 'en'])) {
      const lexicon = lexicons.get(language);
      if (lexicon) for (const match of matchLexicon(lexicon, maskedWords)) found.add(match.entry.label);
    }
    return priority.find((label) => found.has(label));
  };
}
