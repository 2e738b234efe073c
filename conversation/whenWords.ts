/**
 * "What about at night?", "beth am yn y nos?", "a w nocy?", "晚上呢？": the words of asking WHEN help is
 * there, per language in data/understanding/when-asks.json (times outside office hours; the little words
 * a follow-up may carry beside them; Chinese characters, matched anywhere). conversation/whenAsk.ts reads them.
 */
import { readFileSync } from 'node:fs';

interface WhenAsksFile {
  times: Record<string, string[]>;
  fillers: Record<string, string[]>;
  fillerHan: string;
}

const DATA = JSON.parse(readFileSync(new URL('../data/understanding/when-asks.json', import.meta.url), 'utf8')) as WhenAsksFile;

/** Times outside office hours, each a word or a phrase, every language. */
export const WHEN_TIMES: readonly string[] = Object.values(DATA.times).flat();
/** The other words a "when" follow-up may have ("what about", "and", "is it open"). */
export const WHEN_FILLERS: readonly string[] = Object.values(DATA.fillers).flat();
/** Chinese characters a follow-up may carry besides the time: "晚上呢？", "那周末怎么办？", "晚上有人吗". */
export const WHEN_FILLER_HAN: string = DATA.fillerHan;
