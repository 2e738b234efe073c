/**
 * How they are, when they say it unasked ("I'm ok just tired", "أنا متعبة جدا"): the answer to
 * "how are you doing yourself?" (data/understanding/feelings.json, first person only).
 */
import type { Feeling } from './types';
import { statementFinder } from './statements';

export const findFeeling = statementFinder<Feeling>(new URL('../data/understanding/feelings.json', import.meta.url), ['tooMuch', 'worried', 'tired', 'ok']);
