/**
 * "Who do I phone?", "do kogo mam zadzwonić?", "¿a quién llamo?", "kisko phone karun?", "给谁打电话": asking
 * whom to call or for the number, per language in data/understanding/contact-asks.json, written as people
 * type them. conversation/contactAsk.ts compares them folded, as whole words (anywhere in Chinese).
 */
import { readFileSync } from 'node:fs';

const DATA = JSON.parse(readFileSync(new URL('../data/understanding/contact-asks.json', import.meta.url), 'utf8')) as {
  asks: Record<string, string[]>;
};

/** Every language's ways of asking whom to call. */
export const CONTACT_ASKS: readonly string[] = Object.values(DATA.asks).flat();
