/**
 * Takes in what the person said at any point: who they look after, a death,
 * their age, where they live, a new worry, or the answer to the question
 * asked. Returns what to say back; the next question follows from the state.
 * Free text itself is never stored, only what was understood from it.
 */
import { abroadIn, councilsFor, lookupPostcodeDistrict, type CouncilLookup } from '../catalogue';
import type { Choice, Content } from '../channels/content';
import type { ScoredTopic, Understanding } from '../understanding/types';
import type { TopicId } from '../core/topics';
import { TOPIC_IDS } from '../core/topics';
import type { GuideContext } from './context';
import { flowFor, NOT_SURE_QUESTIONS } from './flows';
import { asksAboutItsMoney, cardForNewNation, cardRecap, knowledgeReply, matchAsked, topicCard, topicCardId } from './knowledgeAnswer';
import { aboutThem, mentionsLiving, placeAfterCue, placeIn, placeInCorrection, withOtherPlaces } from './placeIn';
import { looksLikeQuestion } from './questionLike';
import { soundsFrustrated } from './frustration';
import { asksHowWeAre, isThanks, saysBye } from './thanks';
import { asksWhoToCall, contactReply } from './contactAsk';
import { asksWhen, whenReply } from './whenAsk';
import { needsCouncilNow, readyForResults, type QuestionId } from './questions';
import { resultsFor } from './results';
import type { ConversationData, Nation, Situation } from './state';
import { answerConfirmWho, CONFIRM_WHO, takeInPeople, whoPhrase } from './who';
import { notInWork, takeInWork } from './work';
import { takeInAbroad } from './placeAbroad';
import { vaguePlace } from './vaguePlace';
import { clearVague, takeInVaguePlace } from './vaguePlaceReply';
import {
  chooseCouncil,
  councilNamedIn,
  councilsChanged,
  looseDistrict,
  markSplit,
  notAPostcode,
  takeInArea,
  takeInNation,
  takeInPlace,
  unsureOfCouncil,
} from './whereLive';

export interface Reply {
  text: string;
  /** The offered choice this reply picked, if any. */
  choice?: Choice;
  understanding: Understanding;
}

/** Topic scores from understanding: 3 or more is a clear ask (see understanding/README.md). */
export const FOCUS_SCORE = 3;

const HOW_TOPICS: Record<string, TopicId[]> = {
  ok: [],
  tired: ['own_health', 'break'],
  worried: ['feelings'],
  tooMuch: ['feelings', 'break'],
  ratherNot: [],
};

function isTopic(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

function addTopics(s: Situation, topics: readonly TopicId[]): void {
  s.topics = [...new Set([...topics, ...s.topics])];
}

/** A district tells the nation and councils; areas that cross a border ask which nation. */
function applyDistrict(s: Situation, district: string, ctx: GuideContext): Content[] {
  const info = lookupPostcodeDistrict(district);
  const where = councilsFor(info.district);
  s.district = info.district;
  s.council = info.council;
  s.councilCodes = info.councilCodes ?? where.councils.map((c) => c.code);
  s.crownDependency = where.crownDependency;
  s.nation = info.nation ?? undefined;
  // Jersey, Guernsey and the Isle of Man are no UK nation: nothing to ask. Councils on both sides of a border are asked by name.
  const split = markSplit(s, ctx);
  if (info.nation === null && !where.crownDependency && (s.councilCodes?.length ?? 0) < 2) s.answers.where_nation = 'ask';
  else if (s.answers.where_nation === 'ask') delete s.answers.where_nation;
  const thanks = ctx.t('situation.where.thanks', { district: info.district });
  // A district that looks right but that we don't know: say so, and still help.
  return [{ kind: 'text', text: where.status === 'unknown' ? `${thanks} ${ctx.t('local.unknownDistrict', { district: info.district })}` : thanks }, ...split];
}

/**
 * True when a first message already says something the conversation can act on beyond its
 * topics and people: where they live ("Derby") or a question a knowledge card answers. Such a
 * message is answered at once, never lost behind the welcome.
 */
export function carriesAnAnswer(reply: Reply): boolean {
  const place = onlyAPlace(reply, reply.understanding) ?? (reply.understanding.command ? undefined : placeAfterCue(reply.text));
  return place !== undefined || (!reply.understanding.command && matchAsked(reply.text) !== null);
}

/** A short message that is nothing but a place we know, read without correcting its spelling (answers like "tired" stay answers). */
function onlyAPlace(reply: Reply, u: Understanding): { where: CouncilLookup; text: string } | undefined {
  if (reply.choice || u.command || u.topics.length > 0) return undefined;
  // "Mieszkam w Birmingham", "vivo en Leicester": a place in a sentence that says where they live.
  if (mentionsLiving(reply.text)) return placeIn(reply.text);
  const corrected = placeInCorrection(reply.text);
  if (corrected) return corrected;
  if (reply.text.trim().split(/\s+/).length > 4) return undefined;
  const where = councilsFor(reply.text);
  return where.status === 'found' && where.matched === 'place' && !where.corrected ? { where, text: reply.text } : undefined;
}

/** Longest answer read as a place with one slip of spelling when "where?" was not the question ("Middlesborough", "Glasgo"). */
const MAX_SLIPPED_WORDS = 3;

/**
 * A short answer that is only a place name with one slip of spelling, given while another question is open (after an
 * answer said "tell me where you live"): taken as that place while none is known yet, and named back as we spell it
 * ("I'll look for help near Middlesbrough. If that's not right, ..."). Not while asked who they look after (a name
 * like "Eileen" is no Eilean Siar), nor when the words say anything else (people, feelings, topics).
 */
function slippedPlace(question: QuestionId, reply: Reply, s: Situation, saidOther: boolean): { where: CouncilLookup; text: string } | undefined {
  const u = reply.understanding;
  if (saidOther || question === CONFIRM_WHO || reply.choice || u.command || u.topics.length > 0) return undefined;
  if (s.councilCodes?.length || s.district || s.crownDependency) return undefined;
  if (reply.text.trim().split(/\s+/).length > MAX_SLIPPED_WORDS) return undefined;
  const where = councilsFor(reply.text);
  return where.status === 'found' && where.matched === 'place' && where.corrected ? { where, text: reply.text } : undefined;
}

/** Digits only, as other countries' postcodes are (a lone number stays a menu choice or an age). */
const FOREIGN_POSTCODE = /^(?:\d{4,5}|\d{2}-\d{3})$/;

/** A short answer, one that says where someone lives, or one about the person looked after ("my mum in Pakistan"). */
function saysWhere(reply: Reply): boolean {
  return mentionsLiving(reply.text) || reply.text.trim().split(/\s+/).length <= 4 || aboutThem(reply.text);
}

/** A postcode with at most a few words around it and no topic: it tells where they live, and asks nothing. */
function onlyWhere(reply: Reply): boolean {
  const u = reply.understanding;
  if (!u.entities.postcode || u.topics.some((x) => x.score >= FOCUS_SCORE) || looksLikeQuestion(reply.text)) return false;
  return reply.text.trim().split(/\s+/).length <= 5;
}

/** A town, city, council or borough name (Welsh names too). Returns what to say, or null when it is no place we know. */
function applyPlace(s: Situation, said: string, ctx: GuideContext, found?: { where: CouncilLookup; text: string }): Content[] | null {
  const whole = councilsFor(said);
  // Asked where they live, a place anywhere in the answer is the answer ("Dw i'n byw yng Nghaerdydd").
  const named = found ?? (whole.status === 'found' && whole.matched === 'place' ? { where: whole, text: said } : placeIn(said));
  // "We're in Leeds but mum lives near Harrogate": where the person looked after lives leads.
  return named ? takeInPlace(s, withOtherPlaces(said, named), ctx) : null;
}

function setFocus(s: Situation, topic: TopicId, ctx: GuideContext): Content[] {
  if (topic === 'human') return [];
  const isNew = s.focus !== topic;
  s.focus = topic;
  s.exploring = false;
  addTopics(s, [topic]);
  // Choosing something is not declining what was offered, but it is a sign they want this now.
  s.answered = s.answered.filter((x) => x !== topic);
  if (!isNew && s.answered.includes(topic)) return [];
  // The card to come opens with what the introduction would say ("your own health matters too").
  const card = topicCardId(topic);
  if (card && s.card !== card) return [];
  const who = whoPhrase(s.caredFor, ctx.language, ctx.t);
  // Someone who is not in work hears what there is for them, never about juggling a job.
  const intro = topic === 'work' && notInWork(s) ? 'work_notWorking' : topic;
  return [{ kind: 'text', text: ctx.t(`topics.intro.${intro}`, { who }) }];
}

function acknowledgePeople(s: Situation, u: Understanding, ctx: GuideContext): Content[] {
  const out: Content[] = [];
  // Who they look after comes from what they say they do; a helper or a sister's wedding is never added.
  const fresh = takeInPeople(s, u);
  if (u.entities.bereaved && !s.bereaved) {
    s.bereaved = true;
    out.push({ kind: 'text', text: ctx.t('situation.bereaved.ack') });
  } else if (fresh.length) {
    out.push({ kind: 'text', text: ctx.t('situation.caredFor.ack', { who: whoPhrase(fresh, ctx.language, ctx.t) }) });
  }
  if (u.entities.age !== undefined) {
    // Under-18s hear that what they do is a lot, and get young people's services from here on.
    if (u.entities.age < 18 && (s.age === undefined || s.age >= 18)) out.push({ kind: 'text', text: ctx.t('situation.young.ack') });
    s.age = u.entities.age;
  }
  // Their age already answers "who is this about?" in the family flow, and so does a child's ("my grandson is 6").
  if (s.age !== undefined && s.age < 18) s.answers.family_age ??= 'me_under_18';
  const child = u.entities.childAge;
  if (child !== undefined && child < 18) s.answers.family_age ??= child < 13 ? 'young_children' : 'teenagers';
  return out;
}

/**
 * How they are, said at any point ("I'm ok just tired", "أنا متعبة جدا"): thanked as the answer to
 * "how are you doing yourself?", which is then not asked. "I'm fine" counts only as that answer.
 */
function takeInFeeling(question: QuestionId, reply: Reply, data: ConversationData, ctx: GuideContext, thanked: boolean): Content[] {
  const feeling = reply.understanding.entities.feeling;
  if (!feeling || reply.choice || (feeling === 'ok' && question !== 'how_are_you')) return [];
  const s = data.situation;
  data.askedHowTheyAre = true;
  s.suggested = [...new Set([...(HOW_TOPICS[feeling] ?? []), ...s.suggested])];
  // Just thanked for telling who they look after: not "Thank you for telling me" twice in a row.
  const key = thanked && feeling === 'tooMuch' ? 'TooMuchThanked' : `${feeling[0].toUpperCase()}${feeling.slice(1)}`;
  return [{ kind: 'text', text: ctx.t(`situation.howAreYou.ack${key}`) }];
}

function answerNotSure(s: Situation, questionId: string, yes: boolean): void {
  const question = NOT_SURE_QUESTIONS.find((q) => q.id === questionId);
  if (!question) return;
  s.answers[questionId] = yes ? 'yes' : 'no';
  s.suggested = [...new Set([...s.suggested, ...(yes ? question.ifYes : question.ifNo)])];
}

/** Handles a picked choice; returns undefined when the value is not one of ours. */
function handleChoice(question: QuestionId, value: string, data: ConversationData, ctx: GuideContext): Content[] | undefined {
  const s = data.situation;
  const [kind, a, b] = value.split(':');
  if (kind === 'topic' && a && isTopic(a)) {
    if (question === 'ns_hardest') s.answers.ns_hardest = a;
    return setFocus(s, a, ctx);
  }
  if (kind === 'answer' && a && b) {
    s.answers[a] = b;
    if (b === 'me_under_18' && s.age === undefined) s.age = 16;
    return [];
  }
  if (kind === 'how' && a) {
    data.askedHowTheyAre = true;
    s.suggested = [...new Set([...(HOW_TOPICS[a] ?? []), ...s.suggested])];
    return [{ kind: 'text', text: ctx.t(`situation.howAreYou.ack${a[0].toUpperCase()}${a.slice(1)}`) }];
  }
  if (kind === 'nation' && a) {
    s.nation = a as Nation;
    s.answers.where_nation = a;
    return [];
  }
  if (value === 'not_sure') {
    s.exploring = true;
    return [{ kind: 'text', text: ctx.t('situation.notSure.intro') }];
  }
  if (value === 'skip') {
    if (question === 'where') s.answers.where = 'skipped';
    if (question.startsWith('followup:')) s.answers[question.slice('followup:'.length)] = 'skipped';
    return [];
  }
  if (value === 'not_fit') {
    const topic = s.focus ?? s.answered[s.answered.length - 1];
    return topic ? resultsFor(topic, s, ctx, { nextBest: true }) : [];
  }
  if (value === 'something_else') {
    s.focus = undefined;
    return [{ kind: 'text', text: ctx.t('common.welcome.question') }];
  }
  if ((value === 'yes' || value === 'no') && question.startsWith('ns_')) {
    answerNotSure(s, question, value === 'yes');
    return [];
  }
  return undefined;
}

/** Topics as strong as each other: the one being worked on comes first ("she's in hospital a lot, my boss isn't happy" stays on work). */
function keepFocusOnTies(topics: readonly ScoredTopic[], focus: TopicId | undefined): readonly ScoredTopic[] {
  const top = topics[0]?.score;
  const mine = topics.find((x) => x.id === focus);
  return mine && mine.score === top ? [mine, ...topics.filter((x) => x !== mine)] : topics;
}

/** After the death, "the funeral" or "the end" is about what comes after it, not about care at the end of life. */
function afterADeath(s: Situation, topic: TopicId): TopicId {
  return s.bereaved && topic === 'end_of_life' ? 'bereavement' : topic;
}

function handleFreeText(question: QuestionId, reply: Reply, data: ConversationData, ctx: GuideContext, understoodSomething: boolean): Content[] {
  const s = data.situation;
  const u = reply.understanding;
  // Their work said in answer to "Are you working?" answers it: it is no new worry about work.
  const workAnswer = question === 'followup:money_work' && u.entities.work !== undefined;
  // A clear ask takes the lead; a passing mention ("my mum has cancer") is only a hint, offered as a choice.
  const topics = [
    ...new Set(
      keepFocusOnTies(u.topics, s.focus)
        .filter((x) => x.score >= FOCUS_SCORE)
        .map((x) => afterADeath(s, x.id))
        .filter((x) => x !== 'human' && !(workAnswer && x === 'work')),
    ),
  ];
  const hints = u.topics
    .filter((x) => x.score < FOCUS_SCORE)
    .map((x) => afterADeath(s, x.id))
    .filter((x) => x !== 'human');
  s.suggested = [...new Set([...hints, ...s.suggested])];
  // "You're not listening": own it, and leave the question that annoyed them for the open one (a person among its choices).
  if (!topics.length && soundsFrustrated(reply.text)) {
    if (s.focus && !s.answered.includes(s.focus)) s.focus = undefined;
    return [{ kind: 'text', text: ctx.t('common.frustrated.text', { org: ctx.org.name }) }];
  }
  if (!topics.length && !understoodSomething && asksHowWeAre(reply.text)) return [{ kind: 'text', text: ctx.t('common.howAreYouBot.text') }];
  // Only thanks: a kind word back, whatever was asked (the question on screen stays open).
  // A goodbye ("thanks, bye") is wished well: not "I'm here if you need anything else" and then "Is there anything else?".
  if (!topics.length && !understoodSomething && isThanks(reply.text))
    return [{ kind: 'text', text: ctx.t(saysBye(reply.text) ? 'common.thanks.bye' : 'common.thanks.text') }];
  if (question.startsWith('ns_') && (u.command === 'yes' || u.command === 'no')) {
    answerNotSure(s, question, u.command === 'yes');
    return [];
  }
  if (question === 'where_nation' && !u.entities.postcode) {
    // Never trap them on this question: a place we can't read means "search without a nation".
    const placed = applyPlace(s, reply.text, ctx);
    s.answers.where_nation = placed && s.nation ? s.nation : 'skipped';
    if (!topics.length) return [];
  }
  if (question === 'where' && !u.entities.postcode) {
    const placed = applyPlace(s, reply.text, ctx);
    if (placed) return placed;
    // "Lahore", "we're in Spain": nothing local there, said plainly, never "I couldn't find that place".
    const away = abroadIn(reply.text);
    if (away) return takeInAbroad(s, away, ctx);
    // "12345", "00-950": a postcode from elsewhere, or a slip; said to be no UK postcode, kindly.
    if (FOREIGN_POSTCODE.test(reply.text.trim())) return [{ kind: 'text', text: ctx.t('local.notAPostcode', { code: reply.text.trim() }) }];
    // "Near me", "I don't know", "rather not say": no place to look for, so never "I couldn't find that place".
    const vague = topics.length ? undefined : vaguePlace(reply.text);
    if (vague) return takeInVaguePlace(s, vague, ctx);
    // A question instead of a place ("is there anyone my age I can talk to?", "what happens at the end?" about the
    // same worry): no place is asked for again, and the answer comes now.
    if ((!topics.length || topics[0] === s.focus) && looksLikeQuestion(reply.text)) {
      s.answers.where = 'skipped';
      return [];
    }
    // Telling us who they look after in its place is no failed place ("my wife, she has breast cancer").
    if (!topics.length) return understoodSomething ? [] : [{ kind: 'text', text: ctx.t('situation.where.notFound') }];
  }
  if (question === 'how_are_you') {
    addTopics(s, topics);
    // A postcode or a person in its place was thanked already; a question is not how they are.
    if (!topics.length && understoodSomething) return [];
    if (!topics.length && !looksLikeQuestion(reply.text)) return [{ kind: 'text', text: ctx.t('situation.howAreYou.ackFree') }];
  }
  if (topics.length) {
    addTopics(s, topics);
    // A new worry takes over; more of the same one answers the question asked.
    if (topics[0] !== s.focus || s.answered.includes(topics[0])) return setFocus(s, topics[0], ctx);
  }
  if (question.startsWith('followup:')) {
    // How they are, said in its place, is no answer to it: the question stays.
    if (u.entities.feeling && !topics.length) return [];
    s.answers[question.slice('followup:'.length)] ??= 'other';
    // A question in its place ("what should I ask?"): answered now, not after where they live.
    if (!topics.length && looksLikeQuestion(reply.text)) s.answers.where ??= 'skipped';
    return [];
  }
  return understoodSomething || topics.length ? [] : [{ kind: 'text', text: ctx.t('common.fallback.text') }];
}

/** A question with no new subject, asked where the person may ask anything: about what was just answered ("is it a loan?" too, after a payment). */
function askedAbout(question: QuestionId, reply: Reply, data: ConversationData): boolean {
  const open = question === 'how_are_you' || question === 'more';
  const newSubject = reply.understanding.topics.some((x) => x.score >= FOCUS_SCORE && x.id !== 'human');
  return open && looksLikeQuestion(reply.text) && (!newSubject || asksAboutItsMoney(data, reply));
}

export function handleReply(question: QuestionId, said: Reply, data: ConversationData, ctx: GuideContext): Content[] {
  const s = data.situation;
  const reply = withLooseDistrict(said);
  const u = reply.understanding;
  // Asked once: whatever comes back, even another question, it is not asked again.
  if (question === 'how_are_you') data.askedHowTheyAre = true;
  // The kinder "where?" after "near me" was asked: from now on it is the usual question.
  if (question === 'where') clearVague(s);
  // "Is it your dad you look after?": a tapped Yes or No is the whole answer.
  const confirmed = question === CONFIRM_WHO ? answerConfirmWho(s, reply, ctx) : undefined;
  if (confirmed?.done) return confirmed.contents;
  const people = acknowledgePeople(s, u, ctx);
  const out: Content[] = [...(confirmed?.contents ?? []), ...people];
  takeInWork(s, u.entities.work);
  out.push(...takeInFeeling(question, reply, data, ctx, people.length > 0));
  if (question === 'where_council') {
    // "Who do I phone?" while asked which council: whose number it is depends on the answer, so the question stays.
    if (!reply.choice && asksWhoToCall(reply.text)) return out;
    const answered = answerWhichCouncil(reply, data, ctx);
    if (answered) return [...out, ...answered];
  }
  // Only a postcode area ("CF"): its nation, and the first part or the town asked for kindly.
  const area =
    !u.entities.postcode && !reply.choice
      ? (takeInArea(s, reply.text, ctx) ??
        (question === 'where' || (!u.topics.length && mentionsLiving(reply.text)) ? takeInNation(s, reply.text, ctx) : undefined))
      : undefined;
  if (area) {
    const answered = s.focus && s.answered.includes(s.focus);
    return [...out, ...area, ...(answered ? (cardForNewNation(data, ctx) ?? []) : resultsIfReady(data, ctx))];
  }
  // Letters and digits that are no postcode ("XX9"): said kindly, and where they live stays open.
  const bad = !u.entities.postcode && !reply.choice ? notAPostcode(reply.text) : undefined;
  if (bad) return [...out, { kind: 'text', text: ctx.t('local.notAPostcode', { code: bad }) }];
  // A town named on its own at any point ("Derby", "Caerdydd") is where they live, as a postcode would be.
  const asked = question === 'where' || question === 'where_nation';
  const placeOnly =
    !u.entities.postcode && !asked ? (onlyAPlace(reply, u) ?? slippedPlace(question, reply, s, out.length > 0 || Boolean(u.entities.feeling))) : undefined;
  // Named inside what they say ("I look after my dad in Swansea"): taken in, and the rest is answered for that place.
  const mentioned = !u.entities.postcode && !asked && !placeOnly && !reply.choice ? placeAfterCue(reply.text) : undefined;
  // "Mum lives in Pakistan", "Mieszkam w Polsce" said at any point: nothing local there, said at once.
  const away = !u.entities.postcode && !asked && !placeOnly && !mentioned && !reply.choice && saysWhere(reply) ? abroadIn(reply.text) : undefined;
  if (away) out.push(...takeInAbroad(s, away, ctx));
  const before = s.councilCodes;
  if (u.entities.postcode) {
    const hadPlace = Boolean(s.district);
    out.push(...applyDistrict(s, u.entities.postcode.district, ctx));
    // Where they live is the last thing results wait for: don't make them answer the rest first.
    if (s.focus) for (const q of flowFor(s.focus).questions) s.answers[q.id] ??= 'skipped';
    out.push(...lookAgain(data, ctx, reply, hadPlace, before));
  } else if (placeOnly || mentioned) {
    const hadPlace = Boolean(before?.length);
    out.push(...takeInPlace(s, withOtherPlaces(reply.text, (placeOnly ?? mentioned)!), ctx));
    out.push(...lookAgain(data, ctx, reply, hadPlace, before));
    if (placeOnly) return [...out, ...resultsIfReady(data, ctx)];
  }
  if (u.entities.bereaved) addTopics(s, ['bereavement']);
  // "Who do I phone?" once we know where they live: their council's number and local help, not a menu.
  const calling =
    question !== 'where_council' && !reply.choice && !u.command && !u.entities.bereaved && asksWhoToCall(reply.text)
      ? contactReply(s, askedTopics(u), ctx)
      : undefined;
  if (calling) return [...out, ...calling];
  // "What about at night?" after a card or local help: when what was shown is open, and who answers when it is closed.
  const when = !reply.choice && !u.command && !u.entities.postcode && asksWhen(reply.text) ? whenReply(s, ctx) : undefined;
  if (when) return [...out, ...when];
  // A question a knowledge card answers gets the answer first, not a list of organisations.
  // Where they live, given alone ("PO4", "I live in SA1"), asks nothing: no card ("PO" is no power of attorney).
  const known = onlyWhere(reply) ? undefined : knowledgeReply(question, reply, data, ctx);
  if (known) return [...out, ...known];
  const recap = !reply.choice && !u.command && askedAbout(question, reply, data) ? cardRecap(data, ctx) : undefined;
  if (recap) return [...out, ...recap];
  const fromChoice = reply.choice ? handleChoice(question, reply.choice.value, data, ctx) : undefined;
  if (fromChoice) out.push(...fromChoice);
  else out.push(...handleFreeText(question, reply, data, ctx, out.length > 0 || Boolean(s.confirmWho)));
  if (s.bereaved && !s.focus && s.topics.includes('bereavement')) out.push(...setFocus(s, 'bereavement', ctx));
  out.push(...resultsIfReady(data, ctx));
  return out;
}

/** The subjects a message clearly asks about, beyond asking for a person or for someone to turn to. */
function askedTopics(u: Understanding): TopicId[] {
  return u.topics.filter((x) => x.score >= FOCUS_SCORE && x.id !== 'human' && x.id !== 'navigation').map((x) => x.id);
}

/** "SE 15", "cf 10": a postcode with odd spaces is read as one (the understanding is copied, never changed). */
function withLooseDistrict(reply: Reply): Reply {
  const loose = reply.understanding.entities.postcode || reply.choice ? undefined : looseDistrict(reply.text);
  if (!loose) return reply;
  return { ...reply, understanding: { ...reply.understanding, entities: { ...reply.understanding.entities, postcode: loose } } };
}

function resultsIfReady(data: ConversationData, ctx: GuideContext): Content[] {
  const s = data.situation;
  if (!readyForResults(s, ctx.shared)) return [];
  const topic = s.focus!;
  // A topic a card answers as a whole ("I'm exhausted": their own health) gets that answer before any service.
  const card = topicCard(topic, data, ctx);
  if (card) return card;
  const results = resultsFor(topic, s, ctx);
  s.answered.push(topic);
  return results;
}

/** Where they live, given after an answer or changed since: the answer for their nation if it differs, else look again, near them this time. */
function lookAgain(data: ConversationData, ctx: GuideContext, reply: Reply, hadPlace: boolean, before: string[] | undefined): Content[] {
  const s = data.situation;
  const topic = s.focus && s.answered.includes(s.focus) ? s.focus : undefined;
  // Which of several councils is asked first: the answer would differ.
  if (!topic || reply.choice || needsCouncilNow(s)) return [];
  if (hadPlace && !councilsChanged(before, s.councilCodes)) return [];
  return cardForNewNation(data, ctx) ?? resultsFor(topic, s, ctx, { nextBest: true });
}

/** "Which council is yours?": a button, a council or a place among theirs; anything else is "not sure" and read as usual. */
function answerWhichCouncil(reply: Reply, data: ConversationData, ctx: GuideContext): Content[] | undefined {
  const s = data.situation;
  const value = reply.choice?.value ?? '';
  const picked = value.startsWith('council:') ? value.slice('council:'.length) : councilNamedIn(s, reply.text);
  if (!picked || picked === 'unsure') unsureOfCouncil(s);
  else chooseCouncil(s, picked);
  if (!picked && !value) return undefined;
  const topic = s.focus && s.answered.includes(s.focus) ? s.focus : undefined;
  if (topic) return cardForNewNation(data, ctx) ?? resultsFor(topic, s, ctx, { nextBest: true });
  return resultsIfReady(data, ctx);
}
