/**
 * What to say when they call, in every language but English (cardPerson.ts has English): the card's example
 * relation in [brackets] ("میری [امی]", "Cuido de mi [madre]", "Opiekuję się [mamą]") becomes the one relation
 * they named, in the example's own form (case, possessive) when its grammatical gender is the example's, so the
 * rest of the line still agrees; with nobody named, several named, a relation of the other gender or one this table
 * has no word for, neutral words of the example's gender ("una persona querida", "bliską osobą", "میری رشتہ دار"), never
 * an example relation. Bengali has no gender, so any relation is named; Chinese swaps 她/他 after it; Urdu, Punjabi
 * and Gujarati name a relation of the other gender with its own possessive ("میرے [شوہر]" -> "میری امی"). Arabic
 * (whose verbs and pronouns agree) keeps a relation of the other gender in [brackets] to change, as before.
 */
import type { TextLanguage } from '../knowledge';
import { CALL_WORDS, type Gender, type LanguageWords } from './callWords';

/** A bracket kept for them to change, out of the neutral patterns' reach. */
const KEEP = '\u0002';
const KEPT = '\u0003';
/** A relation put in with its possessive still to agree. */
const OWN = '\u0004';

function capitalised(word: string, like: string): string {
  return like[0] && like[0] !== like[0].toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function neutralLine(line: string, words: LanguageWords): string {
  let out = line;
  for (const gender of ['f', 'm'] as const) for (const [pattern, by] of words.neutral[gender]) out = out.replace(pattern, by);
  return out;
}

/**
 * The call lines for the one relation named (`relation`, undefined: nobody or several named), in `language`.
 * Lines without a known example are returned as they are; so are languages this table does not hold.
 */
export function callFor(call: readonly string[], language: TextLanguage, relation: string | undefined): string[] {
  const words = CALL_WORDS[language];
  if (!words) return [...call];
  const named = relation ? words.words[relation] : undefined;
  let turned: Gender | undefined;
  const owned: { word: string; to: Gender }[] = [];
  return call.map((raw) => {
    let line = words.join ? words.join(raw) : raw;
    line = line.replace(/\[([^\]]+)\]/gu, (whole, token: string) => {
      const example = words.examples[token];
      if (!example || !relation) return whole;
      if (example.relation === relation) return capitalised(token, token);
      if (named && named.gender !== 'n' && named.gender !== example.gender && words.possessives) {
        const word = typeof named.forms === 'string' ? named.forms : named.forms[example.form];
        if (word) {
          owned.push({ word, to: named.gender });
          return `${OWN}${word}`;
        }
      }
      if (named && named.gender !== example.gender && !words.genderless && words.keepOtherGender) return `${KEEP}${token}${KEPT}`;
      if (!named || (named.gender !== example.gender && !words.genderless)) return whole;
      const word = typeof named.forms === 'string' ? named.forms : named.forms[example.form];
      if (!word) return whole;
      if (words.swap && named.gender !== 'n' && named.gender !== example.gender) turned = named.gender;
      return capitalised(word, token);
    });
    // Anything still an example (nobody named, or no word that fits): neutral words of its gender.
    line = neutralLine(line, words).replaceAll(KEEP, '[').replaceAll(KEPT, ']');
    // "میرے [شوہر]" with her mother named: "میری امی", the possessive of her gender.
    for (const { word, to } of owned.splice(0))
      for (const [fem, masc] of words.possessives ?? [])
        line = line.replace(`${to === 'f' ? masc : fem} ${OWN}${word}`, `${to === 'f' ? fem : masc} ${OWN}${word}`);
    line = line.replaceAll(OWN, '');
    if (words.after) line = words.after(line);
    // The original bracket layout where nothing changed ("[soțul] meu" stays as written).
    if (line === (words.join ? words.join(raw) : raw)) line = raw;
    return turned && words.swap ? words.swap(line, turned) : line;
  });
}
