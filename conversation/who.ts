/**
 * Says back who the person looks after, in their words where we can ("your
 * mum", "your hubby"), and in the translated relation word otherwise; takes in
 * who that is from what they say, and checks when a mention alone is all there is.
 */
import type { CaredForEntity, PersonMention, Understanding } from '../understanding/types';
import type { LanguageCode } from '../core/languages';
import type { Content } from '../channels/content';
import type { GuideContext } from './context';
import type { Situation } from './state';
import type { Translate } from './translate';

/** "your mum" when the bot speaks to them; "my mum" in what they can say when they call. */
export type Voice = 'yours' | 'mine';

/**
 * English words for family and friends that are mirrored as they were written ("your hubby", "your nan").
 * A word of another language ("marido", "ammi") after a switch to English is not: the relation's English name is used.
 */
const ENGLISH_WORDS = new Set(
  (
    'mum mom mam mama mammy mummy mother ma dad daddy papa da father pa husband hubby wife wifey partner boyfriend girlfriend fiance fiancee ' +
    'son daughter child kid boy girl brother bro sister sis nan nana nanna nanny gran granny grandma grandmother grandad ' +
    'granddad grandpa grandfather friend mate neighbour aunt auntie aunty uncle cousin niece nephew stepdad stepmum stepmom ' +
    'mother-in-law father-in-law son-in-law daughter-in-law grandson granddaughter grandchild grandkid relative parent lad hubs missus missis gramps pal'
  ).split(' '),
);

function isEnglishWord(words: string): boolean {
  const lower = words.toLowerCase();
  if (ENGLISH_WORDS.has(lower) || lower === 'other half') return true;
  // "partner's dad", "husband's mum": their own way of naming an in-law, said back as it was.
  const [owner, relation, ...rest] = lower.split("'s ");
  return rest.length === 0 && relation !== undefined && isEnglishWord(owner) && ENGLISH_WORDS.has(relation);
}

function one(person: CaredForEntity, language: LanguageCode, t: Translate, voice: Voice): string {
  const prefix = voice === 'mine' ? 'relations.mine.' : 'relations.';
  // In English we can mirror their exact word; other languages need grammar, so use the locale's phrase.
  if (language === 'en' && /^[a-z][a-z' -]{1,20}$/i.test(person.words) && isEnglishWord(person.words))
    return `${voice === 'mine' ? 'my' : 'your'} ${person.words.toLowerCase()}`;
  const phrase = t(`${prefix}${person.relation}`);
  return phrase && phrase !== `${prefix}${person.relation}` ? phrase : t(`${prefix}someone`);
}

export function whoPhrase(caredFor: readonly CaredForEntity[], language: LanguageCode, t: Translate, voice: Voice = 'yours'): string {
  if (caredFor.length === 0) return t(voice === 'mine' ? 'relations.mine.someone' : 'relations.someone');
  const names = caredFor.slice(0, 2).map((p) => one(p, language, t, voice));
  return names.length === 2 ? `${names[0]} ${t('relations.and')} ${names[1]}` : names[0];
}

/** The question that checks a mention with no sign of care: "Is it your dad you look after?" */
export const CONFIRM_WHO = 'confirm_who';

/**
 * Takes in who the person looks after from one message (understanding/caredFor.ts gives each
 * mention a role): those they say they look after are added, the most cared-for first; those they
 * deny are removed ("it's not my mum I care for"); a mention with no sign either way, when nobody is
 * known yet, waits for a confirm. Helpers and other family are never added. Returns the new ones.
 */
export function takeInPeople(s: Situation, u: Understanding): CaredForEntity[] {
  const people: readonly PersonMention[] = u.entities.people ?? u.entities.caredFor.map((p) => ({ ...p, role: 'cared_for' as const }));
  const notCaredFor = new Set(s.notCaredFor ?? []);
  for (const person of people.filter((p) => p.declined)) {
    s.caredFor = s.caredFor.filter((known) => known.relation !== person.relation);
    notCaredFor.add(person.relation);
    if (s.confirmWho?.relation === person.relation) s.confirmWho = undefined;
  }
  const fresh = u.entities.caredFor.filter((p) => !s.caredFor.some((known) => known.relation === p.relation));
  s.caredFor.push(...fresh.map(({ relation, words }) => ({ relation, words })));
  for (const person of fresh) notCaredFor.delete(person.relation);
  if (s.caredFor.length) s.confirmWho = undefined;
  else if (!s.confirmWho && !s.bereaved) {
    const unsure = people.find((p) => p.role === 'unsure' && !notCaredFor.has(p.relation));
    if (unsure) s.confirmWho = { relation: unsure.relation, words: unsure.words };
  }
  if (notCaredFor.size) s.notCaredFor = [...notCaredFor];
  return fresh;
}

export function confirmWhoQuestion(s: Situation, ctx: GuideContext): { id: string; contents: Content[] } | undefined {
  const person = s.confirmWho;
  if (!person) return undefined;
  // Others can read a shared chat: nothing personal is asked there.
  if (ctx.shared || s.caredFor.length) {
    s.confirmWho = undefined;
    return undefined;
  }
  const choices = [
    { value: 'who:yes', label: ctx.t('relations.confirm.yes') },
    { value: 'who:no', label: ctx.t('relations.confirm.no') },
  ];
  return {
    id: CONFIRM_WHO,
    contents: [{ kind: 'text', text: ctx.t('relations.confirm.question', { who: whoPhrase([person], ctx.language, ctx.t) }), choices }],
  };
}

/**
 * The reply to "Is it your dad you look after?": yes adds them; no, or naming someone else,
 * drops the mention for good (never asked again); anything else is taken as it comes, and the
 * question is not asked again. `done` when the reply was only the answer.
 */
export function answerConfirmWho(
  s: Situation,
  reply: { choice?: { value: string }; understanding: Understanding },
  ctx: GuideContext,
): { contents: Content[]; done: boolean } {
  const person = s.confirmWho;
  s.confirmWho = undefined;
  if (!person) return { contents: [], done: false };
  const u = reply.understanding;
  const value = reply.choice?.value ?? (u.command === 'yes' ? 'who:yes' : u.command === 'no' ? 'who:no' : undefined);
  const named = (u.entities.people ?? []).filter((p) => !p.declined && (p.role === 'unsure' || p.role === 'cared_for'));
  const same = named.find((p) => p.relation === person.relation);
  const someoneElse = named.find((p) => p.relation !== person.relation);
  const yes = value === 'who:yes' || (Boolean(same) && value !== 'who:no');
  if (yes) {
    s.caredFor.push(person);
    return {
      contents: [{ kind: 'text', text: ctx.t('situation.caredFor.ack', { who: whoPhrase([person], ctx.language, ctx.t) }) }],
      done: value !== undefined,
    };
  }
  s.notCaredFor = [...new Set([...(s.notCaredFor ?? []), person.relation])];
  if (someoneElse) {
    // "No, it's my gran": in answer to this question, the one they name is the one they look after.
    const answer = { relation: someoneElse.relation, words: someoneElse.words };
    s.caredFor.push(answer);
    return { contents: [{ kind: 'text', text: ctx.t('situation.caredFor.ack', { who: whoPhrase([answer], ctx.language, ctx.t) }) }], done: false };
  }
  if (value === 'who:no') return { contents: [{ kind: 'text', text: ctx.t('relations.confirm.dropped') }], done: true };
  return { contents: [], done: false };
}
