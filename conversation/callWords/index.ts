/** Every language's call words but English (cardPerson.ts has English), one file each. */
import type { TextLanguage } from '../../knowledge';
import type { LanguageWords } from './types';
import { words as es } from './es';
import { words as pt } from './pt';
import { words as pl } from './pl';
import { words as ro } from './ro';
import { words as cy } from './cy';
import { words as ar } from './ar';
import { words as ur } from './ur';
import { words as urLatn } from './urLatn';
import { words as pa } from './pa';
import { words as gu } from './gu';
import { words as bn } from './bn';
import { words as zh } from './zh';

export const CALL_WORDS: Partial<Record<TextLanguage, LanguageWords>> = {
  es,
  pt,
  pl,
  ro,
  cy,
  ar,
  ur,
  'ur-Latn': urLatn,
  pa,
  gu,
  bn,
  zh,
};
export type { Gender, LanguageWords } from './types';
