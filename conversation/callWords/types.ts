/** The shape of one language's call words (cardPersonWords.ts reads them) and helpers to write them. */
export type Gender = 'f' | 'm';

export interface Example {
  gender: Gender;
  /** Which of the language's forms the bracket holds (a case, or a form with its possessive). */
  form: string;
  /** The relation the example names ("mother"): named, its brackets only are dropped. */
  relation: string;
}

export interface LanguageWords {
  examples: Record<string, Example>;
  /** A relation's word in each form; one string when it does not change. */
  words: Record<string, { gender: Gender | 'n'; forms: string | Record<string, string> }>;
  /** Neutral words for an example of this gender: [pattern over the words before the bracket and the bracket, replacement]. */
  neutral: Record<Gender, [RegExp, string][]>;
  /** No grammatical gender: a relation of any gender is named. */
  genderless?: boolean;
  /** The words around the brackets that belong to them ("[soțul] meu" is one relation). */
  join?: (line: string) => string;
  /**
   * A relation of the other gender keeps the example in [brackets] to change: the verbs and possessives around it agree
   * with the example, and no neutral noun of its gender means anyone (Arabic, Urdu, Punjabi, Gujarati).
   */
  keepOtherGender?: boolean;
  /**
   * The possessive before the relation agrees with it (Urdu "میری امی", "میرے ابو"): [feminine, masculine] pairs, so a
   * relation of the other gender is named with its own possessive rather than kept in [brackets].
   */
  possessives?: [string, string][];
  /** Words that follow the relation put in ("મારાં પત્ની" -> "મારી પત્ની"). */
  after?: (line: string) => string;
  /** The pronouns after a named relation of the other gender (Chinese 她/他). */
  swap?: (line: string, to: Gender) => string;
}

export const f = (forms: string | Record<string, string>) => ({ gender: 'f' as const, forms });
export const m = (forms: string | Record<string, string>) => ({ gender: 'm' as const, forms });
export const n = (forms: string) => ({ gender: 'n' as const, forms });

/** The bracket with what may stand before it (one regex part, used in the neutral patterns). */
export const B = (tokens: string) => `\\[(?:${tokens})\\]`;
