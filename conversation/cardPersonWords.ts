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

type Gender = 'f' | 'm';

interface Example {
  gender: Gender;
  /** Which of the language's forms the bracket holds (a case, or a form with its possessive). */
  form: string;
  /** The relation the example names ("mother"): named, its brackets only are dropped. */
  relation: string;
}

interface LanguageWords {
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

const f = (forms: string | Record<string, string>) => ({ gender: 'f' as const, forms });
const m = (forms: string | Record<string, string>) => ({ gender: 'm' as const, forms });
const n = (forms: string) => ({ gender: 'n' as const, forms });

/** The bracket with what may stand before it (one regex part, used in the neutral patterns). */
const B = (tokens: string) => `\\[(?:${tokens})\\]`;

export const CALL_WORDS: Partial<Record<TextLanguage, LanguageWords>> = {
  es: {
    examples: {
      madre: { gender: 'f', form: 'base', relation: 'mother' },
      esposa: { gender: 'f', form: 'base', relation: 'wife' },
      padre: { gender: 'm', form: 'base', relation: 'father' },
      marido: { gender: 'm', form: 'base', relation: 'husband' },
    },
    words: {
      mother: f('madre'),
      wife: f('esposa'),
      daughter: f('hija'),
      sister: f('hermana'),
      grandmother: f('abuela'),
      aunt: f('tía'),
      partner: f('pareja'),
      father: m('padre'),
      husband: m('marido'),
      son: m('hijo'),
      brother: m('hermano'),
      grandfather: m('abuelo'),
      uncle: m('tío'),
    },
    neutral: {
      f: [
        [new RegExp(`\\bMi ${B('madre|esposa')}`, 'gu'), 'Una persona querida'],
        [new RegExp(`\\bmi ${B('madre|esposa')}`, 'gu'), 'una persona querida'],
      ],
      m: [
        [new RegExp(`\\bMi ${B('padre|marido')}`, 'gu'), 'Un ser querido'],
        [new RegExp(`\\bmi ${B('padre|marido')}`, 'gu'), 'un ser querido'],
      ],
    },
  },
  pt: {
    examples: {
      mãe: { gender: 'f', form: 'base', relation: 'mother' },
      mulher: { gender: 'f', form: 'base', relation: 'wife' },
      pai: { gender: 'm', form: 'base', relation: 'father' },
      marido: { gender: 'm', form: 'base', relation: 'husband' },
    },
    words: {
      mother: f('mãe'),
      wife: f('mulher'),
      daughter: f('filha'),
      sister: f('irmã'),
      grandmother: f('avó'),
      aunt: f('tia'),
      father: m('pai'),
      husband: m('marido'),
      son: m('filho'),
      brother: m('irmão'),
      grandfather: m('avô'),
      uncle: m('tio'),
    },
    neutral: {
      f: [
        [new RegExp(`\\bda minha ${B('mãe|mulher')}`, 'gu'), 'de uma pessoa querida'],
        [new RegExp(`\\bcom a minha ${B('mãe|mulher')}`, 'gu'), 'com uma pessoa querida'],
        [new RegExp(`\\bA minha ${B('mãe|mulher')}`, 'gu'), 'Uma pessoa querida'],
        [new RegExp(`\\ba minha ${B('mãe|mulher')}`, 'gu'), 'uma pessoa querida'],
        [new RegExp(`\\bminha ${B('mãe|mulher')}`, 'gu'), 'uma pessoa querida'],
      ],
      m: [
        [new RegExp(`\\bdo meu ${B('pai|marido')}`, 'gu'), 'de um ente querido'],
        [new RegExp(`\\bao meu ${B('pai|marido')}`, 'gu'), 'a um ente querido'],
        [new RegExp(`\\bO meu ${B('pai|marido')}`, 'gu'), 'Um ente querido'],
        [new RegExp(`\\bo meu ${B('pai|marido')}`, 'gu'), 'um ente querido'],
        [new RegExp(`\\bmeu ${B('pai|marido')}`, 'gu'), 'um ente querido'],
      ],
    },
  },
  pl: {
    examples: {
      Mama: { gender: 'f', form: 'nom', relation: 'mother' },
      mama: { gender: 'f', form: 'nom', relation: 'mother' },
      mamą: { gender: 'f', form: 'inst', relation: 'mother' },
      mamie: { gender: 'f', form: 'dat', relation: 'mother' },
      mamy: { gender: 'f', form: 'gen', relation: 'mother' },
      Żona: { gender: 'f', form: 'nom', relation: 'wife' },
      żona: { gender: 'f', form: 'nom', relation: 'wife' },
      Tata: { gender: 'm', form: 'nom', relation: 'father' },
      tatą: { gender: 'm', form: 'inst', relation: 'father' },
      Mąż: { gender: 'm', form: 'nom', relation: 'husband' },
      mąż: { gender: 'm', form: 'nom', relation: 'husband' },
      mężem: { gender: 'm', form: 'inst', relation: 'husband' },
    },
    words: {
      mother: f({ nom: 'mama', inst: 'mamą', dat: 'mamie', gen: 'mamy' }),
      wife: f({ nom: 'żona', inst: 'żoną', dat: 'żonie', gen: 'żony' }),
      daughter: f({ nom: 'córka', inst: 'córką', dat: 'córce', gen: 'córki' }),
      sister: f({ nom: 'siostra', inst: 'siostrą', dat: 'siostrze', gen: 'siostry' }),
      grandmother: f({ nom: 'babcia', inst: 'babcią', dat: 'babci', gen: 'babci' }),
      father: m({ nom: 'tata', inst: 'tatą', dat: 'tacie', gen: 'taty' }),
      husband: m({ nom: 'mąż', inst: 'mężem', dat: 'mężowi', gen: 'męża' }),
      son: m({ nom: 'syn', inst: 'synem', dat: 'synowi', gen: 'syna' }),
      brother: m({ nom: 'brat', inst: 'bratem', dat: 'bratu', gen: 'brata' }),
      grandfather: m({ nom: 'dziadek', inst: 'dziadkiem', dat: 'dziadkowi', gen: 'dziadka' }),
    },
    neutral: {
      f: [
        [new RegExp(`(?:\\bMoja )?${B('Mama|Żona')}`, 'gu'), 'Bliska mi osoba'],
        [new RegExp(`\\bMoja ${B('mama|żona')}`, 'gu'), 'Bliska mi osoba'],
        [new RegExp(`(?:\\bmoja )?${B('mama|żona')}`, 'gu'), 'bliska mi osoba'],
        [new RegExp(`(?:\\bmoją )?${B('mamą')}`, 'gu'), 'bliską mi osobą'],
        [new RegExp(B('mamie'), 'gu'), 'bliskiej mi osobie'],
        [new RegExp(B('mamy'), 'gu'), 'bliskiej mi osoby'],
      ],
      m: [
        [new RegExp(`(?:\\bMój )?${B('Tata|Mąż')}`, 'gu'), 'Członek rodziny'],
        [new RegExp(`(?:\\bmój )?${B('mąż')}`, 'gu'), 'członek rodziny'],
        [new RegExp(B('tatą|mężem'), 'gu'), 'członkiem rodziny'],
      ],
    },
  },
  ro: {
    join: (line) => line.replace(/\[([\p{L}]+)\] (meu|mea)\b/gu, '[$1 $2]'),
    examples: {
      mama: { gender: 'f', form: 'nom', relation: 'mother' },
      Mama: { gender: 'f', form: 'nom', relation: 'mother' },
      'Mama mea': { gender: 'f', form: 'nom', relation: 'mother' },
      'mamei mele': { gender: 'f', form: 'gen', relation: 'mother' },
      'Soția mea': { gender: 'f', form: 'nom', relation: 'wife' },
      tata: { gender: 'm', form: 'nom', relation: 'father' },
      Tata: { gender: 'm', form: 'nom', relation: 'father' },
      'soțul meu': { gender: 'm', form: 'nom', relation: 'husband' },
      'Soțul meu': { gender: 'm', form: 'nom', relation: 'husband' },
      'Soțului meu': { gender: 'm', form: 'gen', relation: 'husband' },
    },
    words: {
      mother: f({ nom: 'mama', gen: 'mamei mele' }),
      wife: f({ nom: 'soția mea', gen: 'soției mele' }),
      daughter: f({ nom: 'fiica mea', gen: 'fiicei mele' }),
      sister: f({ nom: 'sora mea', gen: 'surorii mele' }),
      grandmother: f({ nom: 'bunica', gen: 'bunicii mele' }),
      father: m({ nom: 'tata', gen: 'tatălui meu' }),
      husband: m({ nom: 'soțul meu', gen: 'soțului meu' }),
      son: m({ nom: 'fiul meu', gen: 'fiului meu' }),
      brother: m({ nom: 'fratele meu', gen: 'fratelui meu' }),
      grandfather: m({ nom: 'bunicul', gen: 'bunicului meu' }),
    },
    neutral: {
      f: [
        [new RegExp(B('Mama|Mama mea|Soția mea'), 'gu'), 'O rudă'],
        [new RegExp(B('mama'), 'gu'), 'o rudă'],
        [new RegExp(B('mamei mele'), 'gu'), 'unei rude'],
      ],
      m: [
        [new RegExp(B('Tata|Soțul meu'), 'gu'), 'Un membru al familiei'],
        [new RegExp(B('tata|soțul meu'), 'gu'), 'un membru al familiei'],
        [new RegExp(B('Soțului meu'), 'gu'), 'Unui membru al familiei'],
      ],
    },
  },
  cy: {
    examples: {
      mam: { gender: 'f', form: 'nasal', relation: 'mother' },
      ngwraig: { gender: 'f', form: 'nasal', relation: 'wife' },
      nhad: { gender: 'm', form: 'nasal', relation: 'father' },
      ngŵr: { gender: 'm', form: 'nasal', relation: 'husband' },
    },
    // After "fy" (my), the nasal mutation: tad -> nhad, gŵr -> ngŵr, brawd -> mrawd, taid -> nhaid.
    words: {
      mother: f('mam'),
      wife: f('ngwraig'),
      daughter: f('merch'),
      sister: f('chwaer'),
      grandmother: f('nain'),
      father: m('nhad'),
      husband: m('ngŵr'),
      son: m('mab'),
      brother: m('mrawd'),
      grandfather: m('nhaid'),
    },
    neutral: {
      f: [[new RegExp(B('mam|ngwraig'), 'gu'), 'anwylyd']],
      m: [[new RegExp(B('nhad|ngŵr'), 'gu'), 'anwylyd']],
    },
  },
  ar: {
    keepOtherGender: true,
    examples: {
      أمي: { gender: 'f', form: 'mine', relation: 'mother' },
      زوجتي: { gender: 'f', form: 'mine', relation: 'wife' },
      أبي: { gender: 'm', form: 'mine', relation: 'father' },
      زوجي: { gender: 'm', form: 'mine', relation: 'husband' },
    },
    words: {
      mother: f('أمي'),
      wife: f('زوجتي'),
      daughter: f('ابنتي'),
      sister: f('أختي'),
      grandmother: f('جدتي'),
      father: m('أبي'),
      husband: m('زوجي'),
      son: m('ابني'),
      brother: m('أخي'),
      grandfather: m('جدي'),
    },
    neutral: {
      f: [[new RegExp(B('أمي|زوجتي'), 'gu'), 'قريبتي']],
      m: [[new RegExp(B('أبي|زوجي'), 'gu'), 'قريبي']],
    },
  },
  ur: {
    keepOtherGender: true,
    possessives: [
      ['میری', 'میرے'],
      ['اپنی', 'اپنے'],
    ],
    examples: {
      امی: { gender: 'f', form: 'base', relation: 'mother' },
      بیوی: { gender: 'f', form: 'base', relation: 'wife' },
      ابو: { gender: 'm', form: 'base', relation: 'father' },
      شوہر: { gender: 'm', form: 'base', relation: 'husband' },
    },
    words: {
      mother: f('امی'),
      wife: f('بیوی'),
      daughter: f('بیٹی'),
      sister: f('بہن'),
      father: m('ابو'),
      husband: m('شوہر'),
      son: m('بیٹے'),
      brother: m('بھائی'),
    },
    neutral: {
      f: [[new RegExp(B('امی|بیوی'), 'gu'), 'رشتہ دار']],
      m: [[new RegExp(B('ابو|شوہر'), 'gu'), 'رشتہ دار']],
    },
  },
  'ur-Latn': {
    keepOtherGender: true,
    possessives: [
      ['Meri', 'Mere'],
      ['meri', 'mere'],
      ['Apni', 'Apne'],
      ['apni', 'apne'],
    ],
    examples: {
      ammi: { gender: 'f', form: 'base', relation: 'mother' },
      biwi: { gender: 'f', form: 'base', relation: 'wife' },
      abbu: { gender: 'm', form: 'base', relation: 'father' },
      shohar: { gender: 'm', form: 'base', relation: 'husband' },
    },
    words: {
      mother: f('ammi'),
      wife: f('biwi'),
      daughter: f('beti'),
      sister: f('behen'),
      father: m('abbu'),
      husband: m('shohar'),
      son: m('bete'),
      brother: m('bhai'),
    },
    neutral: {
      f: [[new RegExp(B('ammi|biwi'), 'gu'), 'rishtedaar']],
      m: [[new RegExp(B('abbu|shohar'), 'gu'), 'rishtedaar']],
    },
  },
  pa: {
    keepOtherGender: true,
    possessives: [
      ['ਮੇਰੀ', 'ਮੇਰੇ'],
      ['ਆਪਣੀ', 'ਆਪਣੇ'],
    ],
    examples: {
      ਮਾਂ: { gender: 'f', form: 'base', relation: 'mother' },
      ਮੰਮੀ: { gender: 'f', form: 'base', relation: 'mother' },
      ਪਤਨੀ: { gender: 'f', form: 'base', relation: 'wife' },
      ਪਿਤਾ: { gender: 'm', form: 'base', relation: 'father' },
      ਪਤੀ: { gender: 'm', form: 'base', relation: 'husband' },
    },
    words: {
      mother: f('ਮਾਂ'),
      wife: f('ਪਤਨੀ'),
      daughter: f('ਧੀ'),
      sister: f('ਭੈਣ'),
      father: m('ਪਿਤਾ'),
      husband: m('ਪਤੀ'),
      son: m('ਪੁੱਤਰ'),
      brother: m('ਭਰਾ'),
    },
    neutral: {
      f: [[new RegExp(B('ਮਾਂ|ਮੰਮੀ|ਪਤਨੀ'), 'gu'), 'ਰਿਸ਼ਤੇਦਾਰ']],
      m: [[new RegExp(B('ਪਿਤਾ|ਪਤੀ'), 'gu'), 'ਰਿਸ਼ਤੇਦਾਰ']],
    },
  },
  gu: {
    keepOtherGender: true,
    possessives: [
      ['મારાં', 'મારા'],
      ['મારી', 'મારા'],
    ],
    after: (line) => line.replace(/મારાં (પત્ની|દીકરી|બહેન)/gu, 'મારી $1'),
    examples: {
      મમ્મી: { gender: 'f', form: 'base', relation: 'mother' },
      મા: { gender: 'f', form: 'base', relation: 'mother' },
      પત્ની: { gender: 'f', form: 'base', relation: 'wife' },
      પપ્પા: { gender: 'm', form: 'base', relation: 'father' },
      પતિ: { gender: 'm', form: 'base', relation: 'husband' },
    },
    // "મારાં [મમ્મી]" is the honorific; a wife, daughter or sister is "મારી": the possessive goes with the word.
    words: {
      mother: f('મમ્મી'),
      wife: f('પત્ની'),
      daughter: f('દીકરી'),
      sister: f('બહેન'),
      father: m('પપ્પા'),
      husband: m('પતિ'),
      son: m('દીકરા'),
      brother: m('ભાઈ'),
    },
    neutral: {
      f: [
        [new RegExp(`(?:મારાં|મારી|મારા) ${B('મમ્મી|મા|પત્ની')}`, 'gu'), 'મારાં સગાં'],
        [new RegExp(B('મમ્મી|મા|પત્ની'), 'gu'), 'સગાં'],
      ],
      m: [
        [new RegExp(`(?:મારાં|મારી|મારા) ${B('પપ્પા|પતિ')}`, 'gu'), 'મારા સગા'],
        [new RegExp(B('પપ્પા|પતિ'), 'gu'), 'સગા'],
      ],
    },
  },
  bn: {
    genderless: true,
    examples: {
      মা: { gender: 'f', form: 'base', relation: 'mother' },
      স্ত্রী: { gender: 'f', form: 'base', relation: 'wife' },
      বাবা: { gender: 'm', form: 'base', relation: 'father' },
      স্বামী: { gender: 'm', form: 'base', relation: 'husband' },
    },
    words: {
      mother: f('মা'),
      wife: f('স্ত্রী'),
      daughter: f('মেয়ে'),
      sister: f('বোন'),
      father: m('বাবা'),
      husband: m('স্বামী'),
      son: m('ছেলে'),
      brother: m('ভাই'),
      partner: n('সঙ্গী'),
      friend: n('বন্ধু'),
    },
    neutral: {
      f: [
        [new RegExp(`${B('মা|স্ত্রী')}-র`, 'gu'), 'প্রিয়জনের'],
        [new RegExp(`${B('মা|স্ত্রী')}-কে`, 'gu'), 'প্রিয়জনকে'],
        [new RegExp(B('মা|স্ত্রী'), 'gu'), 'প্রিয়জন'],
      ],
      m: [
        [new RegExp(`${B('বাবা|স্বামী')}-র`, 'gu'), 'প্রিয়জনের'],
        [new RegExp(`${B('বাবা|স্বামী')}-কে`, 'gu'), 'প্রিয়জনকে'],
        [new RegExp(B('বাবা|স্বামী'), 'gu'), 'প্রিয়জন'],
      ],
    },
  },
  zh: {
    genderless: true,
    swap: (line, to) => (to === 'f' ? line.replace(/他(?!们)/gu, '她') : line.replace(/她(?!们)/gu, '他')),
    examples: {
      妈妈: { gender: 'f', form: 'base', relation: 'mother' },
      妻子: { gender: 'f', form: 'base', relation: 'wife' },
      太太: { gender: 'f', form: 'base', relation: 'wife' },
      爸爸: { gender: 'm', form: 'base', relation: 'father' },
      丈夫: { gender: 'm', form: 'base', relation: 'husband' },
    },
    words: {
      mother: f('妈妈'),
      wife: f('妻子'),
      daughter: f('女儿'),
      sister: f('姐妹'),
      grandmother: f('奶奶'),
      father: m('爸爸'),
      husband: m('丈夫'),
      son: m('儿子'),
      brother: m('兄弟'),
      grandfather: m('爷爷'),
      partner: n('伴侣'),
      friend: n('朋友'),
    },
    neutral: {
      f: [[new RegExp(B('妈妈|妻子|太太'), 'gu'), '家人']],
      m: [[new RegExp(B('爸爸|丈夫'), 'gu'), '家人']],
    },
  },
};

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
