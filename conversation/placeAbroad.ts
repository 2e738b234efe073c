/**
 * A place outside the UK and the Crown Dependencies ("Lahore", "we're in Spain", "我住在北京"): nothing
 * local is looked for, and that is said plainly, with the UK-wide finders and how to say a UK place
 * instead. Where they live is not asked again (the results that follow are those for anywhere).
 */
import { localHelpFor } from '../catalogue';
import type { Content } from '../channels/content';
import type { GuideContext } from './context';
import type { Situation } from './state';

export function takeInAbroad(s: Situation, place: string, ctx: GuideContext): Content[] {
  s.answers.where = 'skipped';
  if (s.answers.where_nation === 'ask') s.answers.where_nation = 'skipped';
  const list = localHelpFor([], s.nation ?? null)
    .national.filter((f) => f.phone || f.url)
    .map((f) => `${f.name}: ${[f.phone, f.url].filter(Boolean).join(' · ')}`);
  const finders = list.length ? `\n${ctx.t('local.finders', { list: list.join('; ') })}` : '';
  return [{ kind: 'text', text: `${ctx.t('local.abroad', { place })}${finders}` }];
}
