/** Builds understandings and a guide context for the pure conversation core. */
import { loadCatalogue } from '../../catalogue';
import type { Choice, Content } from '../../channels/content';
import type { Reply } from '../../conversation/answers';
import type { GuideContext } from '../../conversation/context';
import type { Translate } from '../../conversation/translate';
import { translatorFor } from '../../i18n';
import type { Entities, ScoredTopic, Understanding } from '../../understanding/types';
import type { LanguageCode } from '../../core/languages';

export const catalogue = loadCatalogue();

/** A wording function that shows the key and its options: what was asked for, not how it reads. */
export const keyT: Translate = (key, options) => (options && Object.keys(options).length ? `${key} ${JSON.stringify(options)}` : key);

export function guide(language: LanguageCode = 'en', t: Translate = translatorFor(language) as unknown as Translate): GuideContext {
  return {
    t,
    language,
    now: new Date('2026-11-23T14:30:00Z'),
    catalogue,
    org: { id: 'demo', name: 'Hearth Support Line (demo)', adviceLinePhone: '0300 123 4567' },
    keepHours: 24,
  };
}

export function understood(partial: { topics?: ScoredTopic[]; entities?: Partial<Entities>; command?: Understanding['command'] } = {}): Understanding {
  return {
    language: { code: 'en', detected: 'en', reliable: true, script: 'Latn', romanised: false },
    topics: partial.topics ?? [],
    entities: { caredFor: [], bereaved: false, ...partial.entities },
    command: partial.command,
    source: 'test',
  };
}

export function said(text: string, u: Understanding = understood()): Reply {
  return { text, understanding: u };
}

export function picked(choice: Choice | string): Reply {
  const c = typeof choice === 'string' ? { value: choice, label: choice } : choice;
  return { text: c.label, choice: c, understanding: understood() };
}

/** The crisis numbers a reply shows, in order. */
export const contactNumbers = (contents: Content[]): string[] => contents.flatMap((c) => (c.kind === 'contacts' ? c.contacts.map((x) => x.number) : []));

/** A reply's words as the person reads them: texts, and each contact list's intro, lines and outro. */
export const replyWords = (contents: Content[]): string =>
  contents
    .map((c) => (c.kind === 'contacts' ? [c.intro, ...c.contacts.map((x) => `${x.name}: ${x.number}`), c.outro].join('\n') : c.kind === 'text' ? c.text : ''))
    .join('\n');
