/**
 * "My brother has cancer and I look after him": the brother is the person looked after, not a
 * family matter. The family topic's cues include "my brother" / "my sister" (siblings who don't
 * help, young carers with a brother at home), so a sibling who is the one person looked after
 * made the bot ask "Who is this about? Young children / Teenagers / Me, I'm under 18".
 * This blanks that mention for topic scoring only; a younger sibling ("my little brother") and
 * a sibling beside someone else looked after ("my brother won't help with mum") still count.
 */
import type { PersonMention } from './types';
import { matchForm, words } from './match-text';

const SIBLINGS = new Set(['brother', 'sister']);
/** Words that make the sibling a child: the family topic (children, young carers) fits them. */
const YOUNGER = new Set(['little', 'baby', 'younger', 'wee', 'kid', 'lil']);

export function withoutSoleSibling(masked: string[], people: readonly PersonMention[] | undefined): string[] {
  const caredFor = (people ?? []).filter((p) => p.role === 'cared_for' && !p.declined);
  if (caredFor.length !== 1 || !SIBLINGS.has(caredFor[0].relation)) return masked;
  const mention = words(matchForm(caredFor[0].words));
  if (mention.length === 0) return masked;
  const at = masked.findIndex((_, i) => mention.every((w, j) => masked[i + j] === w));
  if (at < 0 || YOUNGER.has(masked[at - 1] ?? '')) return masked;
  const out = [...masked];
  for (let j = 0; j < mention.length; j++) out[at + j] = '';
  return out;
}
