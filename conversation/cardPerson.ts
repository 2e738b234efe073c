/**
 * A card's English words for the one person they look after: "Check your husband gets…" rather than
 * "the person you look after", and "My husband is dying… I'm looking after him" rather than the
 * example "[mum]" in what to say when they call, the pronouns following; with nobody named, neutral words
 * ("the person I look after", "they"), never an example relation. Other languages' what to say is turned the same way
 * in cardPersonWords.ts (their relation words inflect and agree, so by tables of forms and neutral words).
 */
import type { CardAnswer } from '../knowledge';
import type { CaredForEntity } from '../understanding/types';
import type { Translate } from './translate';
import { callFor } from './cardPersonWords';
import { whoPhrase } from './who';

type Gender = 'f' | 'm' | 'n';

const GENDER: Record<string, Gender> = {
  mother: 'f',
  wife: 'f',
  daughter: 'f',
  sister: 'f',
  grandmother: 'f',
  granddaughter: 'f',
  aunt: 'f',
  mother_in_law: 'f',
  stepmother: 'f',
  father: 'm',
  husband: 'm',
  son: 'm',
  brother: 'm',
  grandfather: 'm',
  grandson: 'm',
  uncle: 'm',
  father_in_law: 'm',
  stepfather: 'm',
};

/** The example relations the English cards put in [brackets], and whose they are. */
const EXAMPLE = /\b([Mm]y) \[(mum|dad|husband|wife)\]/g;
const EXAMPLE_GENDER: Record<string, Gender> = { mum: 'f', wife: 'f', dad: 'm', husband: 'm' };

/** "the person you look after", "the person who is ill", "the person": the one they look after. */
const THE_PERSON = /\b([Tt])he person(?: you (?:look|looked|care|cared) (?:after|for)| who is ill)?\b/g;

const PRONOUNS: Record<Gender, { subject: string; object: string; possessive: string }> = {
  f: { subject: 'she', object: 'her', possessive: 'her' },
  m: { subject: 'he', object: 'him', possessive: 'his' },
  n: { subject: 'they', object: 'them', possessive: 'their' },
};

/** Words after which "her" is still an object ("help her to claim", "for her and"). */
const AFTER_OBJECT = new Set(['and', 'to', 'with', 'at', 'in', 'on', 'for', 'up', 'out', 'home', 'now', 'too', 'a', 'the', 'or', 'but', 'when', 'if', 'as']);

/** "her" before a word is possessive ("her death", "her [bank]"); before punctuation, the end or a small word, an object ("for her."). */
function swapPronouns(line: string, from: Gender, to: Gender): string {
  if (from === to) return line;
  const a = PRONOUNS[from];
  const b = PRONOUNS[to];
  const keepCase = (word: string, by: string) => (word[0] === word[0].toUpperCase() ? by[0].toUpperCase() + by.slice(1) : by);
  let out = line.replace(new RegExp(`\\b${a.subject}\\b`, 'gi'), (w) => keepCase(w, b.subject));
  out = out.replace(new RegExp(`\\b(${a.object}|${a.possessive})\\b(\\s+(\\[?[a-z]+))?`, 'gi'), (_w, pronoun: string, next?: string, word?: string) =>
    next && word && !AFTER_OBJECT.has(word) ? keepCase(pronoun, b.possessive) + next : keepCase(pronoun, b.object) + (next ?? ''),
  );
  // "they was", "they is", "they has": the verb follows a plural they.
  if (to === 'n')
    out = out.replace(/\b([Tt]hey) (was|is|has)\b/g, (_w, they: string, verb: string) => `${they} ${{ was: 'were', is: 'are', has: 'have' }[verb]}`);
  return out;
}

function ownWord(person: CaredForEntity, t: Translate): string {
  return whoPhrase([person], 'en', t, 'mine').replace(/^my /, '');
}

/** After these words the one looked after is "someone" ("I look after someone", "I'm helping someone, who is [78]"). */
const NEUTRAL_AFTER_VERB = /\b((?:look|looked|looking) after|care for|caring for|helping|help) my \[(?:mum|dad|husband|wife)\](?!'s)/g;

/**
 * Nobody named, or more than one: what to say names no example relation ("My [wife] is dying" when nobody
 * named a wife) but "the person I look after" or "someone", and "they" after it.
 */
function neutral(answer: CardAnswer): CardAnswer {
  let from: Gender | undefined;
  const call = answer.call.map((line) => {
    const replaced = line
      .replace(NEUTRAL_AFTER_VERB, (_w, verb: string, offset: number, whole: string) => {
        from ??= EXAMPLE_GENDER[/\[(\w+)\]/.exec(whole.slice(offset))![1]!];
        return `${verb} someone`;
      })
      .replace(EXAMPLE, (_w, my: string, example: string) => {
        from ??= EXAMPLE_GENDER[example];
        // After a death, "looked after": "The person I looked after died on [date]".
        const person = /\b(?:died|death)\b/.test(line) ? 'person I looked after' : 'person I look after';
        return my === 'My' ? `The ${person}` : `the ${person}`;
      });
    return from ? swapPronouns(replaced, from, 'n') : replaced;
  });
  return { ...answer, call };
}

export function forPerson(answer: CardAnswer, caredFor: readonly CaredForEntity[], t: Translate): CardAnswer {
  // Other languages: what to say names the relation told, or neutral words, by cardPersonWords.ts.
  if (answer.language !== 'en') return { ...answer, call: callFor(answer.call, answer.language, caredFor.length === 1 ? caredFor[0].relation : undefined) };
  if (caredFor.length !== 1) return neutral(answer);
  const person = caredFor[0];
  const gender = GENDER[person.relation] ?? 'n';
  const yours = whoPhrase([person], 'en', t);
  const word = ownWord(person, t);
  // In a sentence that now names them, "themselves" and "them" are them too ("Your wife claims it herself; you can help her").
  const reflexive = { f: 'herself', m: 'himself', n: 'themselves' }[gender];
  const object = PRONOUNS[gender].object;
  const named = (text: string) =>
    text.replace(/[^.!?]+[.!?]*/gu, (sentence) => {
      const replaced = sentence.replace(THE_PERSON, (_w, th: string) => (th === 'T' ? yours[0].toUpperCase() + yours.slice(1) : yours));
      if (replaced === sentence || gender === 'n' || /\bthey\b/i.test(replaced)) return replaced;
      return replaced.replace(/\bthemselves\b/g, reflexive).replace(/\bthem\b/g, object);
    });
  // The example named in one line is who the lines after it speak of ("...talk with her doctor?" after "My [mum]").
  let from: Gender | undefined;
  const call = answer.call.map((line) => {
    const replaced = line.replace(EXAMPLE, (_w, my: string, example: string) => {
      from = EXAMPLE_GENDER[example];
      return `${my} ${word}`;
    });
    return from ? swapPronouns(replaced, from, gender) : replaced;
  });
  return { ...answer, answer: named(answer.answer), next: answer.next.map(named), call };
}
