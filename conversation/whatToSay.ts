/**
 * "When you call, you can say…": in the person's language when the lines shown answer in it. When a
 * line answers in English only, the advice is still in their language, but what to SAY on the phone
 * is in English, and it starts by asking for an interpreter by the language's English name.
 */
import type { ServiceMatch } from '../catalogue';
import type { LanguageCode } from '../core/languages';
import { translatorFor } from '../i18n';
import type { CaredForEntity } from '../understanding/types';
import type { Translate } from './translate';
import { whoPhrase } from './who';

export type SayKey = 'default' | 'money' | 'break' | 'bereavement';

const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A line with a phone number that does not answer in this language (catalogue `languages`). */
export function needsInterpreter(matches: readonly ServiceMatch[], language: LanguageCode): boolean {
  return language !== 'en' && matches.some((m) => m.phones.length > 0 && !m.languages.includes(language));
}

/** The quoted words of an English "you can say" line: what to say on the phone. */
function spoken(line: string): string {
  return /"(.+)"/.exec(line)?.[1] ?? line;
}

/** `englishOnly`: the lines shown are known to answer in English only (councils' numbers), whatever `matches` holds. */
export function whatToSay(
  key: SayKey,
  caredFor: readonly CaredForEntity[],
  language: LanguageCode,
  t: Translate,
  matches: readonly ServiceMatch[],
  englishOnly = false,
): string {
  if (!(englishOnly && language !== 'en') && !needsInterpreter(matches, language))
    return t(`topics.whatToSay.${key}`, { who: whoPhrase(caredFor, language, t, 'mine') });
  const en = translatorFor('en') as unknown as Translate;
  // Their own word ("mama") is not English: the relation's English name ("my mum") goes in the script.
  const relations = caredFor.map((person) => ({ ...person, words: '' }));
  const script = spoken(en(`topics.whatToSay.${key}`, { who: whoPhrase(relations, 'en', en, 'mine') }));
  return t('topics.interpreter', { language: ENGLISH_NAMES.of(language) ?? language, script });
}
