/**
 * Facts and rights, answered first: when a message asks what a knowledge card answers, the reply
 * is the answer itself (for their nation when known, else the general one and a line that it
 * differs), what to do next, the services that help and what to say when they call. Short
 * follow-ups ("is that right?", "how much?", "what do I say when I ring?", "and in Scotland?")
 * carry on the card kept in the state by its id. Risk has run before this: a crisis reply is
 * never replaced by a card.
 */
import { councilByCode, findServices, TOPIC_TAXONOMY, type Service } from '../catalogue';
import type { Content, ServiceView } from '../channels/content';
import type { LanguageCode } from '../core/languages';
import { andList } from '../core/intl';
import type { Nation } from '../core/nations';
import { TOPIC_IDS, type TopicId } from '../core/topics';
import { followUpOf, knowledge, nationNamed, renderCard, type CardAnswer, type CardMatch, type CardMatcher, type FollowUp } from '../knowledge';
import type { Reply } from './answers';
import type { GuideContext } from './context';
import { forPerson } from './cardPerson';
import { localAddition, type LocalAddition } from './localHelpReply';
import { otherAsked } from './otherQuestion';
import { placeIn } from './placeIn';
import { asksHowWeAre } from './thanks';
import { looksLikeQuestion, questionClauses } from './questionLike';
import { resultsFor } from './results';
import { firstSentence, matchSentence, sentencesOf } from './sentenceMatch';
import { toServiceView } from './services';
import type { ConversationData, Situation } from './state';
import { whoPhrase } from './who';
import { cardForWhomAsked } from './whoseMoney';

const MAX_SERVICES = 3;
/** Topic scores from understanding: 3 or more is a clear ask (as in answers.ts). */
const FOCUS_SCORE = 3;
/** Where the person may ask anything: elsewhere they are answering the bot's question, and only a sure match is a new question. */
const OPEN_QUESTIONS = new Set(['opening', 'more']);
/** The bot's questions a question of theirs may stand in for, asked as freely as at the opening when no other subject is clear. */
const SIDE_QUESTIONS = new Set(['how_are_you', 'where']);
/** "How much?" after a card without an amount of its own: the card that has it. */
const HOW_MUCH_CARD: Record<string, string> = {
  'money.carers-allowance': 'money.carers-allowance-rate',
  'money.carers-allowance-pension': 'money.carers-allowance-rate',
  'death.carers-allowance-after': 'money.carers-allowance-rate',
};
/** Commands that are only an answer (yes, no): a question after a card that reads as one is still a question. */
const ANSWERS: ReadonlySet<string> = new Set(['yes', 'no']);
/** A question back about a card is short: a longer one tells or asks something new. */
const SHORT_QUESTION_WORDS = 8;
/** Choice values this file answers. */
export const CARD_CHOICES = { call: 'card:call', sure: 'card:sure' } as const;

function isTopic(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

function topicsOf(service: Service): TopicId[] {
  return service.attributes
    .filter((a) => a.taxonomy === TOPIC_TAXONOMY)
    .map((a) => a.term)
    .filter(isTopic);
}

/** The card's own services, in its order, that serve where the person lives and are open to them; help near them first. */
function servicesFor(answer: CardAnswer, s: Situation, ctx: GuideContext, nation: Nation | undefined, nearby: readonly ServiceView[]): Content[] {
  const wanted = answer.services.map((id) => ctx.catalogue.services.find((x) => x.id === id)).filter((x): x is Service => x !== undefined);
  const topics = [...new Set(wanted.flatMap(topicsOf))];
  const matches = topics.length
    ? findServices(ctx.catalogue, { topics, district: s.district, nation, age: s.age, language: ctx.language, now: ctx.now, limit: 50 })
        .filter((m) => answer.services.includes(m.id))
        .sort((a, b) => answer.services.indexOf(a.id) - answer.services.indexOf(b.id))
        .slice(0, MAX_SERVICES)
    : [];
  if (!matches.length && !nearby.length) return [];
  const who = whoPhrase(s.caredFor, ctx.language, ctx.t);
  s.shownServices.push(...matches.map((m) => m.id).filter((id) => !s.shownServices.includes(id)));
  const intro = nearby.length && s.district ? ctx.t('topics.results.introLocal', { district: s.district }) : ctx.t('knowledge.services');
  return [
    {
      kind: 'services',
      intro,
      services: [...nearby, ...matches.map((m) => toServiceView(m, { t: ctx.t, language: ctx.language, dateLocale: ctx.dateLocale, who }))],
    },
  ];
}

/** Cards whose answer is "ask your council" or "ask a local service": where we know the place, that council and service are named. */
const LOCAL_CARD_TOPICS: ReadonlySet<TopicId> = new Set([
  'assessment',
  'break',
  'daily_care',
  'navigation',
  'feelings',
  'end_of_life',
  'peer_support',
  'family',
]);

function localFor(topic: TopicId | undefined, s: Situation, ctx: GuideContext): LocalAddition {
  const known = (s.councilCodes?.length ?? 0) > 0 || s.council !== undefined;
  return topic && known && LOCAL_CARD_TOPICS.has(topic) ? localAddition(topic, s, ctx, []) : { services: [], lines: [] };
}

function nationList(nations: readonly Nation[], ctx: GuideContext, script: ConversationData['script']): string {
  const names = nations.map((n) => ctx.t(`knowledge.nation.${n}`));
  // Intl has no Roman Urdu: its 'ur-Latn' joins with the Urdu-script "اور". The wording's own "and" instead.
  if (script === 'Latn' && names.length > 1) return `${names.slice(0, -1).join(', ')} ${ctx.t('relations.and')} ${names.at(-1)}`;
  return andList(ctx.language, names);
}

function steps(lines: readonly string[]): string {
  return lines.map((line) => `• ${line}`).join('\n');
}

/** "(change the words in [brackets])" in any language's wording: only said when a [bracket] is left to change. */
const BRACKETS_NOTE = /\s*[(（][^()（）]*\[[^()（）]*[)）]/u;

function callText(answer: CardAnswer, ctx: GuideContext): string {
  const intro = answer.call.some((line) => line.includes('[')) ? ctx.t('knowledge.call') : ctx.t('knowledge.call').replace(BRACKETS_NOTE, '');
  return `${intro}\n${answer.call.map((line) => `“${line}”`).join('\n')}`;
}

function render(cardId: string, data: ConversationData, ctx: GuideContext, nation: Nation | undefined): CardAnswer {
  // About the one person they told of ("my gran died": Funeral Expenses Payment, not a widow's Bereavement Support Payment).
  const people = data.situation.caredFor;
  const relation = people.length === 1 ? people[0].relation : undefined;
  const rendered = renderCard(knowledge().kb, cardId, { language: ctx.language, script: data.script, nation, now: ctx.now, relation });
  const answer = withTheirAge(rendered, data.situation.age);
  // About the one they look after: in English the answer says "your husband", and in every language what to say names him.
  // (An English fallback in another language's conversation is left as written: its relation words would be that language's.)
  return answer.language === 'en' && ctx.language !== 'en' ? answer : forPerson(answer, data.situation.caredFor, ctx.t);
}

/** The example age a young person's card puts in what to say ("I'm [14] and I help look after..."), in every language. */
const YOUNG_EXAMPLE_AGE = '[14]';

/** "im 15": what a young person says when they call gives their own age, not the example's. */
function withTheirAge(answer: CardAnswer, age: number | undefined): CardAnswer {
  if (!YOUNG_CARD.test(answer.cardId) || age === undefined || age >= 18) return answer;
  return { ...answer, call: answer.call.map((line) => line.replace(YOUNG_EXAMPLE_AGE, String(age))) };
}

/** The whole answer: the answer, the next steps, the services, what to say. Remembers the card. */
export function cardContents(cardId: string, data: ConversationData, ctx: GuideContext, nation: Nation | undefined = data.situation.nation): Content[] {
  const s = data.situation;
  const answer = render(cardId, data, ctx, nation);
  const lines = [answer.answer];
  if (nation && nation !== s.nation && !answer.ownWords) lines.unshift(ctx.t('knowledge.forNation', { nation: ctx.t(`knowledge.nation.${nation}`) }));
  // Jersey, Guernsey and the Isle of Man are no UK nation: their own government's rules, never "tell me where you live".
  const crown = s.crownDependency ? councilByCode(s.councilCodes?.[0] ?? '') : undefined;
  if (crown && answer.differsIn.length) lines.push(ctx.t('local.crownOwnRules', { place: crown.shortName, council: crown.name }));
  else if (answer.differsIn.length) lines.push(ctx.t('knowledge.differs', { places: nationList(answer.differsIn, ctx, data.script) }));
  if (answer.stale) lines.push(ctx.t('knowledge.stale'));
  else if (answer.oldFigures) lines.push(ctx.t('knowledge.oldFigures'));
  const cardTopic = knowledge().kb.byId.get(cardId)?.topic;
  const topic = cardTopic && isTopic(cardTopic) ? cardTopic : undefined;
  // Their council's way in and a service near them, or an honest "nothing local" with the national finders.
  const local = localFor(topic, s, ctx);
  const contents: Content[] = [
    { kind: 'text', text: lines.join('\n\n') },
    { kind: 'text', text: `${ctx.t('knowledge.next')}\n${steps(answer.next)}` },
    ...servicesFor(answer, s, ctx, nation, local.services),
    { kind: 'text', text: callText(answer, ctx) },
    ...(local.lines.length ? [{ kind: 'text' as const, text: local.lines.join('\n\n') }] : []),
  ];
  s.card = cardId;
  s.cardNation = nation;
  if (topic) {
    // Answered: the topic's own questions and list of organisations are not asked for again.
    s.topics = [...new Set([topic, ...s.topics])];
    s.focus = topic;
    if (!s.answered.includes(topic)) s.answered.push(topic);
  }
  return contents;
}

function sources(answer: CardAnswer): string {
  return answer.sources.map((src) => `${src.publisher}: ${src.title} (${src.url})`).join('\n');
}

function followUpContents(f: FollowUp, cardId: string, data: ConversationData, ctx: GuideContext): Content[] {
  const nation = data.situation.nation;
  switch (f.kind) {
    case 'whatToSay':
      return [{ kind: 'text', text: callText(render(cardId, data, ctx, nation), ctx) }];
    case 'sure': {
      const answer = render(cardId, data, ctx, nation);
      const card = knowledge().kb.byId.get(cardId)!;
      const lines = [ctx.t('knowledge.sure', { sources: sources(answer) }), ctx.t('knowledge.checked', { date: card.appliesFrom, reviewBy: card.reviewBy })];
      if (answer.stale) lines.push(ctx.t('knowledge.stale'));
      return [{ kind: 'text', text: lines.join('\n\n') }];
    }
    case 'howMuch': {
      const other = HOW_MUCH_CARD[cardId];
      if (other) return cardContents(other, data, ctx);
      const card = knowledge().kb.byId.get(cardId)!;
      const answer = render(cardId, data, ctx, nation);
      const intro = card.figures.some((fig) => fig.unit.includes('week') || fig.unit.includes('month') || fig.value.startsWith('£'))
        ? []
        : [ctx.t('knowledge.noFigure')];
      return [{ kind: 'text', text: [...intro, answer.answer].join('\n\n') }];
    }
    case 'nation':
      return cardContents(cardId, data, ctx, f.nation);
    case 'again':
      return cardContents(cardId, data, ctx);
  }
}

/** Cards written for under-18s (young.*). */
const YOUNG_CARD = /^young\./;
/** Words that say the writer is young, when no age was given. */
const YOUNG_WORDS = /\b(?:school|teacher|young carers?|my age|under 18|teen(?:ager)?|year [5-9]|year 1[0-3]|gcses?)\b/i;

/** A card for young people is for someone known or said to be under 18: an adult's "I do everything for her" is not. */
function fitsTheirAge(cardId: string, s: Situation, reply: Reply): boolean {
  if (!YOUNG_CARD.test(cardId)) return true;
  const age = reply.understanding.entities.age ?? s.age;
  if (age !== undefined) return age < 18;
  return s.answers.family_age === 'me_under_18' || YOUNG_WORDS.test(reply.text);
}

/**
 * "Bu farw dad ddoe gartref" (dad died at home yesterday): a card for while someone is dying (dying at home, planning
 * ahead, fast-tracked benefits) is never the answer to a message that tells of the death.
 */
function afterTheDeath(cardId: string, reply: Reply): boolean {
  return reply.understanding.entities.bereaved && knowledge().kb.byId.get(cardId)?.topic === 'end_of_life';
}

/**
 * Nobody has died: a card for after a death ("if the death was expected, you do not need to call 999", Bereavement
 * Support Payment) is not the answer while no death was told, when the message is about someone dying ("Mae Mam yn
 * marw", "mama umiera"), or when the match is unsure and the message names no death, funeral or registering ("what
 * money can I get?" while she is ill: the matcher's weak guess answered the living with a widow's benefit). A sure
 * match ("is there a payment for widows?") still answers.
 */
function beforeAnyDeath(found: CardMatch, s: Situation, reply: Reply, sure: number): boolean {
  if (knowledge().kb.byId.get(found.cardId)?.topic !== 'bereavement' || s.bereaved || reply.understanding.entities.bereaved) return false;
  const topics = reply.understanding.topics;
  if (topics.find((x) => x.id !== 'human')?.id === 'end_of_life') return true;
  return found.score < sure && !topics.some((topic) => topic.id === 'bereavement');
}

/** The card's topic is what the message is mostly about (its first understood topic), or no topic was understood. */
function aboutItsTopic(cardId: string | undefined, reply: Reply): boolean {
  const first = reply.understanding.topics.find((x) => x.id !== 'human');
  return !first || first.id === knowledge().kb.byId.get(cardId ?? '')?.topic;
}

/**
 * The card a message asks for: the whole message, else its best-matching question sentence. "Hello, I
 * look after my mum who has cancer. Can I get any money for looking after her?" is a question whose
 * preamble dilutes the whole; its own question still finds the card.
 */
export function matchAsked(text: string, language?: LanguageCode): CardMatch | null {
  const { matcher } = knowledge();
  // A turn asks twice (is there an answer? then which): the last message's match is kept, per matcher.
  const last = lastAsked.get(matcher);
  if (last?.text === text && last.language === language) return last.found;
  const found = matchSentences(matcher, text, language);
  lastAsked.set(matcher, { text, language, found });
  return found;
}

const lastAsked = new WeakMap<CardMatcher, { text: string; language: LanguageCode | undefined; found: CardMatch | null }>();

/** An aside that opens a message ("wait,", "hang on,", "sorry,"): it asks nothing ("wait" is no question about waiting times). */
const OPENING_ASIDE = /^\s*(?:wait|hang on|hold on|sorry|oh|um+|erm+|ok(?:ay)?|right|well)\s*[,.!…-]+\s*/iu;

function matchSentences(matcher: CardMatcher, message: string, language: LanguageCode | undefined): CardMatch | null {
  const text = message.replace(OPENING_ASIDE, '') || message;
  const whole = matcher.match(text, language);
  if (whole) return whole;
  const asked = sentencesOf(text).filter((sentence) => sentence.length < text.trim().length && looksLikeQuestion(sentence));
  let best: CardMatch | null = null;
  for (const sentence of asked) {
    const found = matchSentence(matcher, text, language, sentence);
    if (found && (!best || found.score > best.score)) best = found;
  }
  if (best) return best;
  // "is there any money for me, i look after the wife full time": the asking clause alone, when what
  // they told beside it drowned it (no sentence of its own to find).
  for (const clause of questionClauses(text)) {
    const found = matchSentence(matcher, text, language, clause);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

/**
 * The knowledge reply to a message, or undefined when no card answers it (the guided conversation
 * then goes on as before). `question` is what the bot asked last: an answer to "where do you live?"
 * is a place, never a follow-up.
 */
export function knowledgeReply(question: string, reply: Reply, data: ConversationData, ctx: GuideContext): Content[] | undefined {
  const s = data.situation;
  const value = reply.choice?.value;
  if (value === CARD_CHOICES.call && s.card) return followUpContents({ kind: 'whatToSay' }, s.card, data, ctx);
  if (value === CARD_CHOICES.sure && s.card) return followUpContents({ kind: 'sure' }, s.card, data, ctx);
  // "is that right?" reads as a yes ("that is ok" without its fillers): after a card, a follow-up it asks comes first.
  const asksAfterCard = Boolean(s.card) && looksLikeQuestion(reply.text) && followUpOf(reply.text) !== undefined;
  if (reply.choice || (reply.understanding.command && !(asksAfterCard && ANSWERS.has(reply.understanding.command)))) return undefined;
  // "¿cómo estás?" asks how the bot is: small talk, never a card ("estás" is no "estoy agotada").
  if (asksHowWeAre(reply.text)) return undefined;
  const { settings } = knowledge();
  // "can she get any benefits?": what the person they look after can get is their own benefit, not the writer's.
  const asked = matchAsked(reply.text, ctx.language);
  const found = cardForWhomAsked(asked, reply, ctx.language, s.card);
  // "I work part time" answers "Are you working?": it is not a question about flexible working.
  // "How are you?" is a side question: a question in its place is asked as freely as at the opening.
  // A clear new subject there still takes its own path unless the match is sure; the card's own subject is no other path
  // ("can they sack me for this?" is about work, and so is the work card).
  const cardTopic = found ? knowledge().kb.byId.get(found.cardId)?.topic : undefined;
  // After a death, its cards are the subject of any question about it: "what happens to his Carer's Allowance?" is
  // money, and the card for after the death answers it (the guided money questions asked about a living dad).
  const afterDeathCard = s.bereaved && cardTopic === 'bereavement';
  const subject = !afterDeathCard && reply.understanding.topics.some((x) => x.score >= FOCUS_SCORE && x.id !== 'human' && x.id !== cardTopic);
  // So is "where do you live?": a question in its place ("can the hubby get PIP?") is theirs, not a place.
  const open = OPEN_QUESTIONS.has(question) || (SIDE_QUESTIONS.has(question) && !subject && looksLikeQuestion(reply.text));
  // Told rather than asked ("I've done my back in lifting mum and can't sleep"): the card answers
  // only what the message is mostly about, or when the match is sure; the guided reply follows the rest.
  const tellsOfElse = !looksLikeQuestion(reply.text) && !aboutItsTopic(found?.cardId, reply);
  // A question about the card just answered ("who do we call at night?" after dying at home) is about it, whatever
  // else understanding hears in it ("who to call" is also getting heard).
  const again = found?.cardId === s.card && looksLikeQuestion(reply.text);
  // "Is there any help near me?": what is near them needs where they live first, so a card answers it only when sure
  // and about a subject the message names ("is there a Blue Badge office near me?"). "Anything round here for carers?"
  // names none: the matcher's sure Carer's Allowance (its words for people who look after someone) is no help near them.
  const namesItsSubject = cardTopic !== undefined && reply.understanding.topics.some((x) => x.id === cardTopic);
  const nearby = reply.understanding.entities.nearby === true && ((found?.score ?? 0) < settings.switchThreshold || !namesItsSubject);
  // "Kendal in the Lake District" answers "where do you live?": a place named and nothing asked wants no card (its
  // "district" is no district nurse).
  const answersWhere = question === 'where' || question === 'where_nation';
  const placeAnswer = answersWhere && !looksLikeQuestion(reply.text) && placeIn(reply.text) !== undefined;
  // "how many hours do I have to do" right after the Carer's Allowance card: a short question with no subject of its own,
  // matched only weakly to another card, is about the card just answered (its recap below), not a new card. Whose money
  // it asks about ("can she get it too?") is a card of its own.
  const aboutLastCard =
    Boolean(s.card) &&
    found !== null &&
    found.cardId === asked?.cardId &&
    found.cardId !== s.card &&
    found.score < settings.switchThreshold &&
    !reply.understanding.topics.some((x) => x.id !== 'human') &&
    reply.text.trim().split(/\s+/u).length <= SHORT_QUESTION_WORDS;
  const match =
    found &&
    !aboutLastCard &&
    !nearby &&
    !placeAnswer &&
    ((open && !tellsOfElse) || again || found.score >= settings.switchThreshold) &&
    fitsTheirAge(found.cardId, s, reply) &&
    !afterTheDeath(found.cardId, reply) &&
    !beforeAnyDeath(found, s, reply, settings.switchThreshold)
      ? found
      : null;
  const followUp = s.card && !answersWhere ? followUpOf(reply.text) : undefined;
  if (followUp && s.card && !(match && match.cardId !== s.card && match.score >= settings.switchThreshold))
    return followUpContents(followUp, s.card, data, ctx);
  if (!match) return undefined;
  const nation = nationNamed(reply.text) ?? s.nation;
  if (match.cardId === s.card && nation === s.cardNation) return cardAgain(match.cardId, data, ctx);
  const other = otherAsked(reply.text, ctx.language, match.cardId);
  const contents = cardContents(match.cardId, data, ctx, nation);
  // Their other question is answered too, before any service: its answer and steps (its services stay for when it is asked alone).
  return other ? [...contents.slice(0, 2), ...otherAnswer(other, data, ctx, nation), ...contents.slice(2)] : contents;
}

/** "Your other question: Council Tax help", its answer and what to do; the topic counts as answered. */
function otherAnswer(cardId: string, data: ConversationData, ctx: GuideContext, nation: Nation | undefined): Content[] {
  const answer = render(cardId, data, ctx, nation);
  const topic = knowledge().kb.byId.get(cardId)?.topic;
  if (topic && isTopic(topic) && !data.situation.answered.includes(topic)) data.situation.answered.push(topic);
  // SMS has room for its title and first sentence only: the offer of the rest stays (the channel picks the form).
  const short = ctx.t('knowledge.otherQuestionShort', { what: answer.title, text: firstSentence(answer.answer) });
  return [
    { kind: 'text', text: `${ctx.t('knowledge.otherQuestion', { what: answer.title })}\n\n${answer.answer}`, short },
    { kind: 'text', text: `${ctx.t('knowledge.next')}\n${steps(answer.next)}`, short: '' },
  ];
}

/** The card for no food, heating or money today: the council's crisis help, an advance, the energy supplier, a food bank. */
export const CRISIS_HELP_CARD = 'money.crisis-help';

/**
 * "We've got no food and the heating's off till payday", "the meter's run out": the message is about what the crisis-help
 * card answers (the matcher's choice for it, or for its best question sentence). A hardship concern then gives it.
 */
export function asksHelpToday(text: string, language: LanguageCode): boolean {
  return knowledge().kb.byId.has(CRISIS_HELP_CARD) && matchAsked(text, language)?.cardId === CRISIS_HELP_CARD;
}

/**
 * Topics whose answer is a card rather than a list of organisations: the writer's own health ("I'm exhausted",
 * "my back is killing me") has few services of its own, and the card says what to do (the GP, an assessment, a break).
 */
const TOPIC_CARDS: Partial<Record<TopicId, string>> = { own_health: 'self.own-health' };

/** The card that answers a topic as a whole, if it has one. */
export function topicCardId(topic: TopicId): string | undefined {
  const cardId = TOPIC_CARDS[topic];
  return cardId && knowledge().kb.byId.has(cardId) ? cardId : undefined;
}

/** The card that answers a topic as a whole, when it has one not yet given in this conversation. */
export function topicCard(topic: TopicId, data: ConversationData, ctx: GuideContext): Content[] | undefined {
  const cardId = topicCardId(topic);
  if (!cardId || data.situation.card === cardId) return undefined;
  return cardContents(cardId, data, ctx);
}

/**
 * "is it a loan?", "does it count as income?" after the Funeral Expenses Payment: a short question whose only subject is
 * money, right after a card that pays money, is about that payment (its answer again), not the guided money questions.
 */
export function asksAboutItsMoney(data: ConversationData, reply: Reply): boolean {
  const card = data.situation.card ? knowledge().kb.byId.get(data.situation.card) : undefined;
  if (!card || !looksLikeQuestion(reply.text) || reply.text.trim().split(/\s+/u).length > SHORT_QUESTION_WORDS) return false;
  const pays = card.topic === 'money' || card.figures.some((fig) => fig.value.startsWith('£'));
  const subjects = reply.understanding.topics.filter((x) => x.score >= FOCUS_SCORE && x.id !== 'human');
  return pays && subjects.length > 0 && subjects.every((x) => x.id === 'money');
}

/**
 * The card just answered, asked about again ("a few days", "is there anyone my age?"): its answer once
 * more, then other places that help; the steps, the same services and the script are not sent again.
 */
function cardAgain(cardId: string, data: ConversationData, ctx: GuideContext): Content[] {
  const s = data.situation;
  const answer = render(cardId, data, ctx, s.nation);
  const topic = knowledge().kb.byId.get(cardId)?.topic;
  // Only new services: no "nothing else" line, script or council line said a second time.
  const more = topic && isTopic(topic) ? resultsFor(topic, s, ctx, { nextBest: true }).filter((c) => c.kind === 'services') : [];
  return [{ kind: 'text', text: answer.answer }, ...more];
}

/**
 * Where they live, told after a card answered with the general (England) text and a line that the
 * rules differ: the answer for their nation now, as that line promised. Undefined when the card
 * has no words of its own for their nation.
 */
export function cardForNewNation(data: ConversationData, ctx: GuideContext): Content[] | undefined {
  const s = data.situation;
  if (!s.card || !s.nation || s.cardNation === s.nation || !knowledge().kb.byId.has(s.card)) return undefined;
  if (!render(s.card, data, ctx, s.nation).ownWords) {
    s.cardNation = s.nation;
    return undefined;
  }
  // The nation's own words name it ("In Scotland, the Carers (Scotland) Act 2016...").
  return cardContents(s.card, data, ctx, s.nation);
}

/**
 * A question no card matches, asked right after a card ("how many hours do I need?", "what are my
 * rights?"): it is about that card, so its answer and next steps come again, without the services
 * and the script already shown. Undefined when no card has been answered.
 */
export function cardRecap(data: ConversationData, ctx: GuideContext): Content[] | undefined {
  const cardId = data.situation.card;
  if (!cardId || !knowledge().kb.byId.has(cardId)) return undefined;
  const answer = render(cardId, data, ctx, data.situation.nation);
  return [
    { kind: 'text', text: answer.answer },
    { kind: 'text', text: `${ctx.t('knowledge.next')}\n${steps(answer.next)}` },
  ];
}
