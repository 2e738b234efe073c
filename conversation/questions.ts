/**
 * Decides what to ask next from what is known, and words the question with
 * its choices. Frame-based: an answer to anything (a postcode, a new worry)
 * is taken whenever it comes, and the next question follows from the state.
 */
import type { Choice, Content } from '../channels/content';
import type { TopicId } from '../core/topics';
import type { GuideContext } from './context';
import { flowFor, NOT_SURE_QUESTIONS } from './flows';
import type { ConversationData, Situation } from './state';
import { confirmWhoQuestion, whoPhrase } from './who';
import { yesNoChoices } from './choices';
import { vagueWhereText } from './vaguePlaceReply';
import { needsCouncil, whichCouncilQuestion } from './whereLive';

export type QuestionId = string;

export interface Question {
  id: QuestionId;
  contents: Content[];
}

export const OPENING_TOPICS: readonly TopicId[] = ['money', 'break', 'feelings', 'hospital', 'daily_care'];
const HOW_ARE_YOU = ['ok', 'tired', 'worried', 'tooMuch', 'ratherNot'] as const;
const MAX_CHOICES = 6;

export function openingChoices(ctx: GuideContext, suggested: readonly TopicId[] = []): Choice[] {
  // What they hinted at comes first, then the everyday situations; "not sure" is always there.
  const hinted = suggested.filter((topic) => topic !== 'human').slice(0, 2);
  const topics = [...new Set([...hinted, ...OPENING_TOPICS])].slice(0, MAX_CHOICES - 1);
  const label = (topic: TopicId) => ((OPENING_TOPICS as readonly string[]).includes(topic) ? ctx.t(`common.opening.${topic}`) : ctx.t(`topics.label.${topic}`));
  return [...topics.map((topic) => ({ value: `topic:${topic}`, label: label(topic) })), { value: 'not_sure', label: ctx.t('common.opening.not_sure') }];
}

/** The follow-up question of the topic in focus that still has no answer. */
export function pendingFollowUp(s: Situation) {
  if (!s.focus || s.answered.includes(s.focus)) return undefined;
  return flowFor(s.focus).questions.find((q) => !(q.id in s.answers));
}

/** Where they live changes the answer for this topic, and we don't know it yet. */
export function needsWhere(s: Situation, shared = false): boolean {
  if (needsCouncilNow(s)) return true;
  if (!s.focus || s.answered.includes(s.focus)) return false;
  if (!flowFor(s.focus).local) return false;
  // A district on a border (CH4, TD15...) does not say which nation's services apply: ask.
  if (s.answers.where_nation === 'ask') return true;
  // A place or district known (Jersey has no UK nation, Bangor two councils): nothing more to ask here.
  const known = s.district || s.nation || s.crownDependency || s.councilCodes?.length;
  // In a shared chat (a Teams group) where someone lives is not asked in front of others; they can still type it.
  return !shared && !known && s.answers.where !== 'skipped';
}

/** Several councils share their district or place, and the topic in focus is local: which one is asked, even after an answer. */
export function needsCouncilNow(s: Situation): boolean {
  return needsCouncil(s) && Boolean(s.focus) && flowFor(s.focus!).local;
}

export function readyForResults(s: Situation, shared = false): boolean {
  return Boolean(s.focus) && !s.answered.includes(s.focus!) && !pendingFollowUp(s) && !needsWhere(s, shared);
}

function relatedOffers(s: Situation): TopicId[] {
  const fromFocus = s.focus ? flowFor(s.focus).related : [];
  const candidates = [...s.suggested, ...fromFocus, ...s.topics];
  return [...new Set(candidates)].filter((topic) => topic !== 'human' && !s.answered.includes(topic) && (s.offered[topic] ?? 0) < 2).slice(0, 2);
}

function moreQuestion(data: ConversationData, ctx: GuideContext): Question {
  const s = data.situation;
  const related = relatedOffers(s);
  for (const topic of related) s.offered[topic] = (s.offered[topic] ?? 0) + 1;
  const choices: Choice[] = [
    ...related.map((topic) => ({ value: `topic:${topic}`, label: ctx.t(`topics.label.${topic}`) })),
    ...(s.shownServices.length ? [{ value: 'not_fit', label: ctx.t('common.choices.notFit') }] : []),
    { value: 'plan', label: ctx.t('common.choices.plan') },
    { value: 'human', label: ctx.t('common.choices.human') },
    { value: 'something_else', label: ctx.t('common.choices.somethingElse') },
  ].slice(0, MAX_CHOICES);
  const question = ctx.t('situation.more.question');
  const text = related.length ? `${question} ${ctx.t('situation.more.offerRelated')}` : question;
  return { id: 'more', contents: [{ kind: 'text', text, choices }] };
}

function howAreYouQuestion(data: ConversationData, ctx: GuideContext): Question {
  const s = data.situation;
  const text =
    s.caredFor.length && !s.bereaved
      ? ctx.t('situation.howAreYou.questionAbout', { who: whoPhrase(s.caredFor, ctx.language, ctx.t) })
      : ctx.t('situation.howAreYou.question');
  const choices = HOW_ARE_YOU.map((id) => ({ value: `how:${id}`, label: ctx.t(`situation.howAreYou.${id}`) }));
  return { id: 'how_are_you', contents: [{ kind: 'text', text, choices }] };
}

function exploringQuestion(s: Situation, ctx: GuideContext): Question | undefined {
  const next = NOT_SURE_QUESTIONS.find((q) => !(q.id in s.answers));
  if (next) {
    return { id: next.id, contents: [{ kind: 'text', text: ctx.t(`situation.notSure.${next.id.replace('ns_', '')}`), choices: yesNoChoices(ctx.t) }] };
  }
  if (!('ns_hardest' in s.answers)) {
    const topics = [...new Set([...s.suggested, 'feelings', 'money', 'break', 'daily_care', 'family'] as TopicId[])].slice(0, 5);
    const choices = topics.map((topic) => ({ value: `topic:${topic}`, label: ctx.t(`topics.label.${topic}`) }));
    return { id: 'ns_hardest', contents: [{ kind: 'text', text: ctx.t('situation.notSure.hardest'), choices }] };
  }
  return undefined;
}

export function nextQuestion(data: ConversationData, ctx: GuideContext): Question {
  const s = data.situation;
  // A relation mentioned with no sign of care is checked before anything is said about them.
  const confirm = confirmWhoQuestion(s, ctx);
  if (confirm) return confirm;
  if (s.exploring) {
    const question = exploringQuestion(s, ctx);
    if (question) return question;
  }
  const followUp = pendingFollowUp(s);
  if (followUp) {
    const choices = followUp.options.map((option) => ({
      value: `answer:${followUp.id}:${option}`,
      label: ctx.t(`topics.question.${followUp.id}.${option}`),
    }));
    return { id: `followup:${followUp.id}`, contents: [{ kind: 'text', text: ctx.t(`topics.question.${followUp.id}`), choices }] };
  }
  if (needsWhere(s, ctx.shared)) {
    if (needsCouncilNow(s)) return whichCouncilQuestion(s, ctx);
    if (s.answers.where_nation === 'ask') return whereNationQuestion(ctx);
    // After "near me" or "not sure": what is enough, how long it is kept, and finders that need no place.
    const text = vagueWhereText(s, ctx) ?? ctx.t('situation.where.question');
    return { id: 'where', contents: [{ kind: 'text', text, choices: [{ value: 'skip', label: ctx.t('common.choices.skip') }] }] };
  }
  const knowsSomething = s.caredFor.length > 0 || s.topics.length > 0 || s.bereaved;
  if (!data.askedHowTheyAre && knowsSomething && !ctx.shared) return howAreYouQuestion(data, ctx);
  if (s.answered.length || s.focus) return moreQuestion(data, ctx);
  // Nothing worked on yet: offer the everyday situations (what they hinted at first).
  const text = knowsSomething ? ctx.t('common.welcome.questionNext') : ctx.t('common.welcome.question');
  return { id: 'opening', contents: [{ kind: 'text', text, choices: openingChoices(ctx, s.suggested) }] };
}

export function whereNationQuestion(ctx: GuideContext): Question {
  const nations = ['england', 'wales', 'scotland', 'northern_ireland'];
  return {
    id: 'where_nation',
    contents: [
      { kind: 'text', text: ctx.t('situation.where.border'), choices: nations.map((n) => ({ value: `nation:${n}`, label: ctx.t(`situation.where.${n}`) })) },
    ],
  };
}
