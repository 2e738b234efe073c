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

const FOLDED: readonly string[] = [...new Set(CONTACT_ASKS.map(foldAnswer))];
const HAN: readonly string[] = FOLDED.filter((p) => isHan(p[0] ?? ''));
const SPACED: readonly string[] = FOLDED.filter((p) => !isHan(p[0] ?? ''));
/** Longer than this is a story, not a question about whom to call. */
const MAX_LENGTH = 160;

/** True when the message asks whom to call or for the number. */
export function asksWhoToCall(text: string): boolean {
  const folded = foldAnswer(text);
  if (!folded || folded.length > MAX_LENGTH) return false;
  const padded = ` ${folded} `;
  return SPACED.some((p) => padded.includes(` ${p} `)) || HAN.some((p) => folded.includes(p));
}

/** Topics whose own answer says whom to call: the question is theirs (money, a death, the illness, work, the hospital). */
const OWN_CONTACT: ReadonlySet<TopicId> = new Set(['money', 'bereavement', 'illness_info', 'work', 'own_health', 'hospital']);

/** The topic's local places with the assessment's route and lines added, each once. */
function merged(a: { services: ServiceView[]; lines: string[] }, b: { services: ServiceView[]; lines: string[] }) {
  const names = new Set(a.services.map((x) => x.name));
  return { services: [...a.services, ...b.services.filter((x) => !names.has(x.name))], lines: [...new Set([...a.lines, ...b.lines])] };
}

/**
 * Whom to call near them, or undefined: no council known or several to choose from, after a death, or a question about another
 * subject ("who do I phone about Carer's Allowance?"), which that subject's answer handles.
 */
export function contactReply(s: Situation, asked: readonly TopicId[], ctx: GuideContext): Content[] | undefined {
  const help = helpFor(s);
  // Several councils and none chosen yet ("London"): whose number to give is still the question asked.
  if (!help || help.councils.length === 0 || needsCouncil(s) || s.bereaved || asked.some((x) => OWN_CONTACT.has(x))) return undefined;
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
  if (!main?.phone && !lines.some((l) => l.includes(help.national[0]?.name ?? '\u0000'))) {
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
