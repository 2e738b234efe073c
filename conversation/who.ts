/**
 * Says back who the person looks after, in their words where we can ("your
 * mum", "your hubby"), and in the translated relation word otherwise.
 */
import type { CaredForEntity } from '../understanding/types';
import type { LanguageCode } from '../core/languages';
import type { Translate } from './translate';

/** "your mum" when the bot speaks to them; "my mum" in what they can say when they call. */
export type Voice = 'yours' | 'mine';

function one(person: CaredForEntity, language: LanguageCode, t: Translate, voice: Voice): string {
  const prefix = voice === 'mine' ? 'relations.mine.' : 'relations.';
  // In English we can mirror their exact word; other languages need grammar, so use the locale's phrase.
  if (language === 'en' && /^[a-z][a-z' -]{1,20}$/i.test(person.words)) return `${voice === 'mine' ? 'my' : 'your'} ${person.words.toLowerCase()}`;
  const phrase = t(`${prefix}${person.relation}`);
  return phrase && phrase !== `${prefix}${person.relation}` ? phrase : t(`${prefix}someone`);
}

export function whoPhrase(caredFor: readonly CaredForEntity[], language: LanguageCode, t: Translate, voice: Voice = 'yours'): string {
  if (caredFor.length === 0) return t(voice === 'mine' ? 'relations.mine.someone' : 'relations.someone');
  const names = caredFor.slice(0, 2).map((p) => one(p, language, t, voice));
  return names.length === 2 ? `${names[0]} ${t('relations.and')} ${names[1]}` : names[0];
}
