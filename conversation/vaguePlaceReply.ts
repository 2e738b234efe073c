/**
 * "Near me", "I don't know", "rather not say" in answer to "where do you live?": never "I couldn't
 * find that place". Near me or unsure: the question is asked again, saying what is enough (a
 * postcode district or a town, never an address), how long it is kept (the privacy notice's
 * words: deleted after so many hours without a message), and the national finders that need no
 * place, beside Skip. Declined: skipped at once (the results for anywhere follow), and how to
 * say where later if they change their mind.
 */
import { localHelpFor } from '../catalogue';
import type { Content } from '../channels/content';
import type { GuideContext } from './context';
import type { Situation } from './state';
import type { VagueKind } from './vaguePlace';

/** `answers.where` while the kinder question is due: "vague:nearMe" or "vague:unsure". */
const VAGUE = 'vague:';

/** Takes in a no-place answer; returns what to say now (the question itself says the rest). */
export function takeInVaguePlace(s: Situation, kind: VagueKind, ctx: GuideContext): Content[] {
  if (kind !== 'decline') {
    s.answers.where = `${VAGUE}${kind}`;
    return [];
  }
  s.answers.where = 'skipped';
  const { t } = ctx;
  // The results that follow are help that works anywhere, the finders among them: not listed twice.
  return [{ kind: 'text', text: `${t('local.vague.decline')}\n${t('local.vague.later', { example: example(s, ctx), hours: ctx.keepHours })}` }];
}

/** The question again after "near me" or "not sure", or undefined when it is not due. */
export function vagueWhereText(s: Situation, ctx: GuideContext): string | undefined {
  const kind = s.answers.where?.startsWith(VAGUE) ? s.answers.where.slice(VAGUE.length) : undefined;
  if (kind !== 'nearMe' && kind !== 'unsure') return undefined;
  const { t } = ctx;
  const first = `${t(`local.vague.${kind}`)} ${t('local.vague.enough', { example: example(s, ctx), hours: ctx.keepHours })}`;
  return [first, t('local.vague.skip'), finders(s, ctx)].filter(Boolean).join('\n');
}

/** Once asked, the kinder question is not repeated unless they say "near me" again. */
export function clearVague(s: Situation): void {
  if (s.answers.where?.startsWith(VAGUE)) delete s.answers.where;
}

/** A postcode district like theirs: Welsh speakers and Wales get Cardiff's. */
function example(s: Situation, ctx: GuideContext): string {
  return ctx.language === 'cy' || s.nation === 'wales' ? 'CF10' : 'SE15';
}

/** "These can find help near you without telling me where you live: Carers Trust …; Carers UK …". */
function finders(s: Situation, ctx: GuideContext): string {
  const list = localHelpFor([], s.nation ?? null)
    .national.filter((f) => f.phone || f.url)
    .map((f) => `${f.name}: ${[f.phone, f.url].filter(Boolean).join(' · ')}`);
  return list.length ? ctx.t('local.vague.finders', { list: list.join('; ') }) : '';
}
