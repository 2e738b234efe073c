/**
 * "Who do I phone?" once we know where they live: the council's way to ask for a carer's assessment (phone
 * first), the best local place for what they asked about, a national line when no council number is known;
 * then what to say when they call. Asked before we know where they live, or about a death ("mum died, who
 * do I call?" is a knowledge card's), or about another subject's office (money), it is left to the rest of
 * the conversation.
 */
import type { Content, ServiceView } from '../channels/content';
import type { TopicId } from '../core/topics';
import { isHan } from '../understanding/match-text';
import type { GuideContext } from './context';
import { CONTACT_ASKS } from './contactWords';
import { ASSESSMENT_TOPICS, helpFor, localAddition } from './localHelpReply';
import type { Situation } from './state';
import { foldAnswer } from './vaguePlace';
import { needsCouncil } from './whereLive';
import { whatToSay } from './whatToSay';
import { whoPhrase } from './who';

const FOLDED: readonly string[] = [...new Set(CONTACT_ASKS.map(foldAnswer))];
const HAN: readonly string[] = FOLDED.filter((p) => isHan(p[0] ?? ''));
/** The spaced asks padded with a space each side once, not on every message (184 phrases: 184 new strings a turn). */
const SPACED: readonly string[] = FOLDED.filter((p) => !isHan(p[0] ?? '')).map((p) => ` ${p} `);
/**
 * Beside the ask, at most this many other words ("so", "then", "about this", "مجھے … کرنا چاہیے"), or Chinese
 * characters ("我应该"): more is a question of its own ("who do we phone at night if he gets worse?"), which
 * the card it follows or the rest of the conversation answers.
 */
const MAX_OTHER_WORDS = 3;
const MAX_OTHER_HAN = 4;

/** True when the message asks whom to call or for the number, and little else. */
export function asksWhoToCall(text: string): boolean {
  const folded = foldAnswer(text);
  if (!folded) return false;
  const padded = ` ${folded} `;
  const spaced = SPACED.find((p) => padded.includes(p));
  if (spaced) return padded.replace(spaced, ' ').trim().split(' ').filter(Boolean).length <= MAX_OTHER_WORDS;
  const han = HAN.find((p) => folded.includes(p));
  return han !== undefined && folded.replace(han, '').replace(/\s+/g, '').length <= MAX_OTHER_HAN;
}

/** Topics whose own answer says whom to call: the question is theirs (money, a death, the illness, work, the hospital). */
const OWN_CONTACT: ReadonlySet<TopicId> = new Set(['money', 'bereavement', 'illness_info', 'work', 'own_health', 'hospital']);

/**
 * Asked before we know where they live: whom they call is their council, so the assessment is what we talk
 * about, and "where do you live?" comes next. Not once they chose not to say, nor in a shared chat.
 */
function beforeWhere(s: Situation, asked: readonly TopicId[], ctx: GuideContext): Content[] | undefined {
  if (asked.length || s.answers.where === 'skipped' || ctx.shared || s.district || s.nation || s.crownDependency) return undefined;
  s.focus = 'assessment';
  s.exploring = false;
  s.topics = [...new Set<TopicId>(['assessment', ...s.topics])];
  s.answered = s.answered.filter((x) => x !== 'assessment');
  return [{ kind: 'text', text: ctx.t('topics.intro.assessment', { who: whoPhrase(s.caredFor, ctx.language, ctx.t) }) }];
}

/** The topic's local places with the assessment's route and lines added, each once. */
function merged(a: { services: ServiceView[]; lines: string[] }, b: { services: ServiceView[]; lines: string[] }) {
  const names = new Set(a.services.map((x) => x.name));
  return { services: [...a.services, ...b.services.filter((x) => !names.has(x.name))], lines: [...new Set([...a.lines, ...b.lines])] };
}

/**
 * Whom to call near them (with no place yet: the assessment, and "where?" next), or undefined: several councils
 * to choose from, after a death, or a question about another
 * subject ("who do I phone about Carer's Allowance?"), which that subject's answer handles.
 */
export function contactReply(s: Situation, asked: readonly TopicId[], ctx: GuideContext): Content[] | undefined {
  if (s.bereaved || asked.some((x) => OWN_CONTACT.has(x))) return undefined;
  const help = helpFor(s);
  if (!help || help.councils.length === 0) return beforeWhere(s, asked, ctx);
  // Several councils and none chosen yet ("London"): whose number to give is still the question asked.
  if (needsCouncil(s)) return undefined;
  const topic: TopicId = asked[0] ?? (s.focus && !OWN_CONTACT.has(s.focus) ? s.focus : 'assessment');
  // The assessment's way in comes first whatever the topic: it is whom a carer calls about help.
  const route = localAddition('assessment', s, ctx, []);
  const found = ASSESSMENT_TOPICS.has(topic) ? route : merged(route, localAddition(topic, s, ctx, []));
  // Phone first: a number to call before a page to read.
  const services = found.services
    .map((x, i) => ({ x, i }))
    .sort((a, b) => Number(Boolean(b.x.phone)) - Number(Boolean(a.x.phone)) || a.i - b.i)
    .map(({ x }) => x);
  const lines = [...found.lines];
  // No number of theirs to give: a national line that finds local help, with its phone.
  const main = help.assessment.find((r) => r.council === help.councils[0]?.code)?.route;
  const findersSaid = ctx.t('local.finders', { list: '' }).trim();
  if (!main?.phone && !lines.some((l) => l.startsWith(findersSaid))) {
    const finders = help.national.filter((f) => f.phone).map((f) => `${f.name}: ${f.phone}`);
    if (finders.length) lines.push(ctx.t('local.finders', { list: finders.join('; ') }));
  }
  const intro = s.district ? ctx.t('topics.results.introLocal', { district: s.district }) : ctx.t('topics.results.intro');
  const out: Content[] = [];
  if (services.length) out.push({ kind: 'services', intro, services });
  if (lines.length) out.push({ kind: 'text', text: lines.join('\n\n') });
  // Councils and local services answer in English (Welsh councils in Welsh too): else an interpreter is asked for first.
  const englishOnly = !(ctx.language === 'cy' && s.nation === 'wales');
  out.push({ kind: 'text', text: whatToSay('default', s.caredFor, ctx.language, ctx.t, [], englishOnly) });
  return out;
}
