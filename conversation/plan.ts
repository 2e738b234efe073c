/**
 * A plan the person can keep. For each thing they raised: what to do next, who to contact
 * (the best fit first, with the number and the hours: the same ranking and query as the
 * results), what to say when they call (two lines in their words), and what they can ask
 * for (from the knowledge cards). One PlanView feeds the chat card (`sections`), the
 * printable page (`page`) and the SMS text (`shortForm`).
 */
import { findServices, type ServiceMatch } from '../catalogue';
import type { PlanContact, PlanItem, PlanPage, PlanView } from '../channels/content';
import { dateTimeFormat } from '../core/intl';
import type { LanguageCode } from '../core/languages';
import { TOPIC_IDS, type TopicId } from '../core/topics';
import { translatorFor } from '../i18n';
import { callLines, INTERPRETER_CARD, rightsFor, rightsOf } from '../plans/cards';
import { smsText } from '../plans/sms';
import type { GuideContext } from './context';
import { serviceQuery } from './serviceQuery';
import { toServiceView } from './services';
import type { Situation } from './state';
import type { Translate } from './translate';
import { needsInterpreter } from './whatToSay';
import { whoPhrase } from './who';

/** A plan worth printing stays short: the latest few things raised, two contacts each. */
const MAX_ITEMS = 4;
const CONTACTS_PER_ITEM = 2;
const STEP_KEYS = ['a', 'b'] as const;

/** Topics with their own steps and script in locales/<lang>/plan.json: every topic but asking for a person. */
const PLAN_TOPICS: ReadonlySet<TopicId> = new Set(TOPIC_IDS.filter((topic) => topic !== 'human'));

export function hasPlan(s: Situation): boolean {
  return s.topics.length > 0 || s.shownServices.length > 0;
}

/** What they raised, the one in focus first, then the latest. */
function raised(s: Situation): TopicId[] {
  const all = [s.focus, ...s.topics, ...s.answered].filter((t): t is TopicId => t !== undefined && PLAN_TOPICS.has(t));
  return [...new Set(all)].slice(0, MAX_ITEMS);
}

const FEMALE = new Set(['mother', 'wife', 'daughter', 'grandmother', 'sister', 'mother_in_law', 'stepmother']);
const MALE = new Set(['father', 'husband', 'son', 'grandfather', 'grandson', 'brother', 'father_in_law', 'stepfather']);
const FEMALE_WORDS = new Set(['mum', 'mother', 'wife', 'daughter', 'gran', 'grandmother', 'nan', 'sister', 'stepmum', 'stepmom']);
const MALE_WORDS = new Set(['dad', 'father', 'husband', 'son', 'grandad', 'grandfather', 'grandson', 'brother', 'stepdad']);

/**
 * A card's phone lines in the person's words: in English, "my [mum]" becomes who they look
 * after when the card's example is of the same sex (its "she" or "him" then still fits).
 * Otherwise, or in a language whose cards keep example slots, the plan's own script is used.
 */
/** The words the script is in: the person's, or English when the lines answer in English only. */
interface Wording {
  language: LanguageCode;
  t: Translate;
  caredFor: Situation['caredFor'];
}

function cardScript(topic: TopicId, s: Situation, w: Wording): string[] | undefined {
  const lines = callLines(topic, w.language, s.nation);
  if (!lines) return undefined;
  if (w.language !== 'en') return lines.some((l) => l.includes('[')) ? undefined : lines;
  const person = w.caredFor.length === 1 ? w.caredFor[0] : undefined;
  let fits = true;
  const mine = whoPhrase(w.caredFor, w.language, w.t, 'mine');
  const adapted = lines.map((line) =>
    line.replace(/\bmy \[([a-z]+)\]/gi, (whole, word: string) => {
      const w = word.toLowerCase();
      const same = person && ((FEMALE_WORDS.has(w) && FEMALE.has(person.relation)) || (MALE_WORDS.has(w) && MALE.has(person.relation)));
      if (!same) fits = false;
      return same ? mine : whole;
    }),
  );
  return fits ? adapted : undefined;
}

function scriptIn(topic: TopicId, s: Situation, w: Wording): string[] {
  const { t } = w;
  const fromCard = s.bereaved ? undefined : cardScript(topic, s, w);
  if (fromCard) return fromCard;
  const who = whoPhrase(w.caredFor, w.language, t, 'mine');
  const intro = s.bereaved ? t('plan.say.introBereaved') : t('plan.say.intro', { who });
  return [intro, t(`plan.say.${topic}`)];
}

const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * Two lines in their words; when a line to call answers in English only, the script is in
 * English and starts by asking for an interpreter, as the results say it (conversation/whatToSay.ts).
 */
function script(topic: TopicId, s: Situation, ctx: GuideContext, matches: readonly ServiceMatch[]): string[] {
  if (!needsInterpreter(matches, ctx.language)) return scriptIn(topic, s, { language: ctx.language, t: ctx.t, caredFor: s.caredFor });
  const en = translatorFor('en') as unknown as Translate;
  // Their own word ("mama") is not English: the relation's English name goes in the script.
  const english = scriptIn(topic, s, { language: 'en', t: en, caredFor: s.caredFor.map((p) => ({ ...p, words: '' })) });
  return [ctx.t('topics.interpreter', { language: ENGLISH_NAMES.of(ctx.language) ?? ctx.language, script: english.join(' ') })];
}

/** The best fit first, as the results show it; then, where there is choice, one not already in the plan. */
function pickContacts(topic: TopicId, s: Situation, ctx: GuideContext, used: Set<string>): ServiceMatch[] {
  const [best, ...rest] = findServices(ctx.catalogue, serviceQuery(topic, s, ctx, { limit: CONTACTS_PER_ITEM + 2 }));
  const others = [...rest.filter((m) => !used.has(m.id)), ...rest.filter((m) => used.has(m.id))];
  const picked = best ? [best, ...others].slice(0, CONTACTS_PER_ITEM) : [];
  picked.forEach((m) => used.add(m.id));
  return picked;
}

function contactsOf(picked: readonly ServiceMatch[], s: Situation, ctx: GuideContext): PlanContact[] {
  const who = whoPhrase(s.caredFor, ctx.language, ctx.t);
  return picked.map((match) => {
    const view = toServiceView(match, { t: ctx.t, language: ctx.language, dateLocale: ctx.dateLocale, who });
    // Hours, not "open now": a printed plan is read later.
    const contact: PlanContact = { name: view.name };
    if (view.phone) contact.phone = view.phone;
    if (match.textNumber) contact.text = match.textNumber;
    if (view.hours) contact.hours = view.hours;
    if (view.url) contact.url = view.url;
    if (view.caution) contact.caution = view.caution;
    return contact;
  });
}

/** Services already shown, for a plan with no topic to plan around (they came from a search). */
function shownContacts(s: Situation, ctx: GuideContext): PlanContact[] {
  return s.shownServices
    .map((id) => ctx.catalogue.services.find((service) => service.id === id))
    .filter((service) => service !== undefined)
    .slice(0, CONTACTS_PER_ITEM)
    .map((service) => {
      const phone = service.phones.find((p) => p.type === 'voice') ?? service.phones[0];
      return { name: service.name, ...(phone ? { phone: phone.number } : {}), ...(service.url ? { url: service.url } : {}) };
    });
}

function itemsOf(s: Situation, ctx: GuideContext): PlanItem[] {
  const { t } = ctx;
  const seenRights = new Set<string>();
  const used = new Set<string>();
  const items = raised(s).map((topic): PlanItem => {
    const rights = rightsFor(topic, ctx.language, s.nation).filter((r) => !seenRights.has(r));
    rights.forEach((r) => seenRights.add(r));
    const picked = pickContacts(topic, s, ctx, used);
    return {
      heading: t(`topics.label.${topic}`),
      steps: STEP_KEYS.map((k) => t(`plan.steps.${topic}.${k}`)),
      contacts: contactsOf(picked, s, ctx),
      say: script(topic, s, ctx, picked),
      rights,
    };
  });
  if (items.length === 0) {
    const who = whoPhrase(s.caredFor, ctx.language, t, 'mine');
    items.push({
      heading: t('common.plan.contacts'),
      steps: [t('common.plan.nextStep')],
      contacts: shownContacts(s, ctx),
      say: [t('plan.say.intro', { who }), t('plan.say.default')],
      rights: [],
    });
  }
  const health = s.topics.includes('own_health') || s.suggested.includes('own_health');
  if (health && !items.some((i) => i.heading === t('topics.label.own_health'))) items[0].steps.push(t('common.plan.nextStepHealth'));
  // Anyone writing in another language may ask for an interpreter: said once, with the first thing raised.
  const interpreter = ctx.language === 'en' ? undefined : rightsOf(INTERPRETER_CARD, ctx.language, s.nation);
  if (interpreter) items[0].rights.push(interpreter);
  return items;
}

/** "Say: "…"" around the two lines; the interpreter advice (one line) carries its own quotes. */
function sayText(item: PlanItem, t: Translate): string {
  return item.say.length === 1 ? item.say[0] : t('plan.sayLine', { words: item.say.join(' ') });
}

function contactLine(c: PlanContact): string {
  const reach = c.phone ?? c.url;
  const line = reach ? `${c.name}: ${reach}` : c.name;
  return c.hours ? `${line} (${c.hours})` : line;
}

function dateInWords(ctx: GuideContext): string {
  const locale = ctx.language === 'en' ? 'en-GB' : ctx.language;
  return dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(ctx.now);
}

function pageOf(items: PlanItem[], ctx: GuideContext): PlanPage {
  const { t } = ctx;
  const date = dateInWords(ctx);
  const labels: PlanPage['labels'] = {
    steps: t('plan.label.steps'),
    contacts: t('plan.label.contacts'),
    say: t('plan.label.say'),
    rights: t('plan.label.rights'),
    phone: t('plan.label.phone'),
    text: t('plan.label.text'),
    hours: t('plan.label.hours'),
    web: t('plan.label.web'),
    adviceLine: t('plan.label.adviceLine'),
    made: t('plan.label.made', { date }),
    print: t('plan.label.print'),
  };
  if (items.some((i) => i.say.some((l) => l.includes('[')))) labels.brackets = t('plan.label.brackets');
  return { organisation: ctx.org.name, adviceLine: ctx.org.adviceLinePhone, date, items, labels };
}

/** The SMS text: the title, the top one or two numbers, the advice line, then what to say if it fits. */
function shortFormOf(title: string, items: PlanItem[], ctx: GuideContext): string {
  const firsts = items.map((i) => i.contacts.find((c) => c.phone)).filter((c) => c !== undefined);
  const seconds = items.flatMap((i) => i.contacts.filter((c) => c.phone).slice(1));
  const top = [...new Map([...firsts, ...seconds].map((c) => [c.name, c])).values()].slice(0, 2);
  const lines = [title, ...top.map((c) => `${c.name}: ${c.phone}`)];
  if (ctx.org.adviceLinePhone) lines.push(`${ctx.org.name}: ${ctx.org.adviceLinePhone}`);
  lines.push(sayText(items[0], ctx.t));
  return smsText(lines);
}

export function buildPlan(s: Situation, ctx: GuideContext, link?: string): PlanView {
  const { t } = ctx;
  const title = t('common.plan.title');
  const items = itemsOf(s, ctx);
  const sections = items.map((item) => ({
    heading: item.heading,
    lines: [...item.steps, ...item.contacts.map(contactLine), sayText(item, t)],
  }));
  if (ctx.org.adviceLinePhone) sections.push({ heading: t('plan.label.adviceLine'), lines: [`${ctx.org.name}: ${ctx.org.adviceLinePhone}`] });
  return { title, sections, link, shortForm: shortFormOf(title, items, ctx), page: pageOf(items, ctx) };
}
