/**
 * Where they live, taken in: a place or district sets the councils, a code that is no postcode is
 * said to be one kindly, and councils sharing a district or a name are asked about only when it
 * matters: across a border (the rules differ) or with no main council (Bangor); otherwise the main
 * council is answered for and the others named ("if you live in Lewisham instead, tell me").
 */
import {
  councilByCode,
  councilsFor,
  isKnownPostcodeArea,
  lookupPlace,
  nationNamedIn,
  nationOnly,
  otherPlacesNamed,
  postcodeArea,
  type CouncilLookup,
} from '../catalogue';
import type { Choice, Content } from '../channels/content';
import type { PostcodeEntity } from '../understanding/types';
import type { GuideContext } from './context';
import { placeIn, type NamedPlace } from './placeIn';
import type { Situation } from './state';

/** Answers of the "which council?" question kept in `answers.where_council`. */
export const ASK_COUNCIL = 'ask';
const MAX_COUNCIL_CHOICES = 4;

/** The name to say back: ours, which shows what was read ("Abertawe" is Swansea); in Welsh, their own Welsh name ("Caerdydd"). */
function placeName(where: CouncilLookup, typed: string, ctx: GuideContext): string {
  const own = typed.trim();
  if (ctx.language === 'cy' && !where.corrected && /^\p{Lu}/u.test(own) && own.length <= 40) return own;
  return where.place ?? own;
}

/** The councils a district or place resolves to differ from the ones kept: a new place, so results are looked for again. */
export function councilsChanged(before: readonly string[] | undefined, after: readonly string[] | undefined): boolean {
  if (!before?.length || !after?.length) return false;
  return before.join(',') !== after.join(',');
}

/** Councils in more than one nation (CH1: Cheshire West and Flintshire): the rules differ, so which one is asked. */
function acrossNations(codes: readonly string[]): boolean {
  return new Set(codes.map((code) => councilByCode(code)?.nation ?? code)).size > 1;
}

/** "If you live in Lewisham instead, tell me": the other councils of a district, or other places of the same name. */
function alsoHere(others: readonly string[], ctx: GuideContext): Content[] {
  return others.length ? [{ kind: 'text', text: ctx.t('local.alsoHere', { others: others.join('; ') }) }] : [];
}

/** Takes in a place read from what they said; returns the thanks (naming the place read, so it can be put right). */
export function takeInPlace(s: Situation, named: NamedPlace, ctx: GuideContext): Content[] {
  const { where, text } = named;
  const place = lookupPlace(text);
  s.councilCodes = where.councils.map((c) => c.code);
  s.council = place?.council ?? s.councilCodes[0];
  s.crownDependency = where.crownDependency;
  s.nation = where.nation ?? place?.nation ?? undefined;
  // A district from an earlier place must not stay behind ("Leeds", then "we moved to York").
  s.district = place?.district ?? where.district;
  delete s.answers.where_council;
  const out: Content[] = [{ kind: 'text', text: ctx.t('local.placeThanks', { place: placeName(where, text, ctx) }) }];
  // Said in Welsh, a name Wales shares with elsewhere ("ym Mangor") is the Welsh one.
  const welsh = ctx.language === 'cy' ? s.councilCodes.filter((code) => councilByCode(code)?.nation === 'wales') : [];
  if (s.councilCodes.length > 1 && welsh.length === 1) chooseCouncil(s, welsh[0]);
  // A name several councils share with no main one (Bangor, Wellington, London): which one is asked.
  else if (new Set(s.councilCodes).size > 1) s.answers.where_council = ASK_COUNCIL;
  // "Newport": Newport City Council, and a word for Newport on the Isle of Wight.
  else if (!named.others?.length && where.place && !where.place.includes(',')) out.push(...alsoHere(otherPlacesNamed(where.place, s.councilCodes), ctx));
  // "My mum lives in Newport, I'm in Bristol": help near her, and Bristol named so they can switch.
  if (named.others?.length) out.push(...alsoHere(named.others, ctx));
  return out;
}

/**
 * After a district shared by several councils: across a border, which one is asked (the rules
 * differ); within one nation the main council is answered for, and the others named so they can say.
 */
export function markSplit(s: Situation, ctx: GuideContext): Content[] {
  delete s.answers.where_council;
  const codes = [...new Set(s.councilCodes ?? [])];
  if (s.crownDependency || codes.length < 2) return [];
  if (acrossNations(codes)) {
    s.answers.where_council = ASK_COUNCIL;
    return [];
  }
  return alsoHere(
    codes.slice(1).map((code) => councilLabel(code, ctx)),
    ctx,
  );
}

export function needsCouncil(s: Situation): boolean {
  return s.answers.where_council === ASK_COUNCIL;
}

function councilLabel(code: string, ctx: GuideContext): string {
  const c = councilByCode(code);
  const welsh = ctx.language === 'cy' ? c?.shortNameCy : undefined;
  return welsh ?? c?.shortName ?? c?.name ?? code;
}

/** "SE15 is shared by Southwark and Lewisham councils. Which one is yours?" with each council and "not sure". */
export function whichCouncilQuestion(s: Situation, ctx: GuideContext): { id: string; contents: Content[] } {
  const codes = [...new Set(s.councilCodes ?? [])];
  const where = s.district ?? '';
  const skip: Choice = { value: 'council:unsure', label: ctx.t('local.whichCouncil.unsure') };
  if (codes.length > MAX_COUNCIL_CHOICES) {
    const text = where ? ctx.t('local.whichCouncil.many', { place: where }) : ctx.t('local.whichCouncil.manyPlace');
    return { id: 'where_council', contents: [{ kind: 'text', text, choices: [skip] }] };
  }
  const choices: Choice[] = codes.map((code) => ({ value: `council:${code}`, label: councilLabel(code, ctx) }));
  const names = choices.map((c) => c.label).join(', ');
  const text = where ? ctx.t('local.whichCouncil.question', { place: where, councils: names }) : ctx.t('local.whichCouncil.questionPlace', { councils: names });
  return { id: 'where_council', contents: [{ kind: 'text', text, choices: [...choices, skip] }] };
}

/** One council chosen (by its button, or by naming it or a place in it): the others are dropped. */
export function chooseCouncil(s: Situation, code: string): void {
  const council = councilByCode(code);
  s.answers.where_council = code;
  if (!council) return;
  s.councilCodes = [council.code];
  s.council = council.code;
  if (council.crownDependency) s.crownDependency = council.crownDependency;
  else if (council.nation) s.nation = council.nation;
}

/** More councils than this under one name ("London", 33 boroughs): none of them is a guess worth giving. */
const MAX_GUESSED_COUNCILS = 2;

/**
 * "Not sure": the main council leads, as before, and nothing is asked again. A name of many councils
 * keeps only its nation: a borough picked for them would give a stranger's council number.
 */
export function unsureOfCouncil(s: Situation): void {
  s.answers.where_council = 'unsure';
  const codes = s.councilCodes ?? [];
  const main = codes[0];
  const nations = new Set(codes.map((code) => councilByCode(code)?.nation));
  if (!s.nation && nations.size === 1 && main) s.nation = councilByCode(main)?.nation ?? undefined;
  if (codes.length > MAX_GUESSED_COUNCILS) {
    s.councilCodes = undefined;
    s.council = undefined;
  }
}

/** A typed answer to "which council?": a council or place among theirs, read from the words. */
export function councilNamedIn(s: Situation, text: string): string | undefined {
  const codes = s.councilCodes ?? [];
  const lower = text.toLowerCase();
  const byName = codes.find((code) => {
    const c = councilByCode(code);
    return [c?.shortName, c?.name].some((n) => n && lower.includes(n.toLowerCase()));
  });
  if (byName) return byName;
  // "Northern Ireland", "the Welsh one": the one council of theirs in that nation.
  const nation = nationNamedIn(text);
  const inNation = nation ? codes.filter((code) => councilByCode(code)?.nation === nation) : [];
  if (inNation.length === 1) return inNation[0];
  const where = councilsFor(text);
  if (where.status !== 'found') return undefined;
  return where.councils.map((c) => c.code).find((code) => codes.includes(code));
}

/**
 * Letters and digits that try to be a postcode and are not one ("XX9", "QQ1 2AB"): the area does not
 * exist. Returns the code as typed, in capitals, or undefined.
 */
export function notAPostcode(text: string): string | undefined {
  const trimmed = text.trim();
  // Letters first, then a digit, as every postcode starts: "5pm" or "3am" are no attempt at one.
  if (trimmed.split(/\s+/).length > 2 || trimmed.length > 9 || !/^[A-Za-z]{1,2}\d/.test(trimmed)) return undefined;
  const where = councilsFor(trimmed);
  if (where.status === 'malformed') return trimmed.toUpperCase();
  if ((where.matched === 'district' || where.matched === 'postcode') && where.status === 'unknown' && !isKnownPostcodeArea(where.area ?? '')) {
    return trimmed.toUpperCase();
  }
  return undefined;
}

/**
 * A postcode typed with odd spaces ("SE 15", "s e 1 5", "cf 10"), which the entity reader passes
 * over: a short message that is nothing else. Only its district is kept.
 */
export function looseDistrict(text: string): PostcodeEntity | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 12 || !/\s/.test(trimmed) || !/^[A-Za-z]/.test(trimmed)) return undefined;
  // "me 2" is "me too" and "im 1" no Isle of Man, unless written in capitals.
  if (/^(?:me|im)\b/.test(trimmed)) return undefined;
  const where = councilsFor(trimmed);
  if ((where.matched !== 'district' && where.matched !== 'postcode') || !where.district || where.status === 'unknown') return undefined;
  return { district: where.district, area: where.area ?? '', wasFull: where.matched === 'postcode' };
}

const AREA_ONLY = /^(?:(?:my |the |our )?post ?code (?:is|starts with|begins with|area is) )?([A-Za-z]{1,2})\.?$/i;

/**
 * Only a postcode area ("CF", "my postcode starts with SA"): its nation when it has one, and a kind
 * ask for the first part or the town. Bare letters count only as two capitals ("ME" is a word, too).
 */
export function takeInArea(s: Situation, text: string, ctx: GuideContext): Content[] | undefined {
  const trimmed = text.trim();
  const match = AREA_ONLY.exec(trimmed);
  if (!match) return undefined;
  const cued = match[1].length !== trimmed.replace(/\.$/, '').length;
  if (!cued && (!/^[A-Z]{2}$/.test(trimmed) || trimmed === 'ME')) return undefined;
  const code = match[1].toUpperCase();
  const area = postcodeArea(code);
  if (!area) return undefined;
  if (area.nation && !s.nation && !s.councilCodes?.length) s.nation = area.nation;
  return [{ kind: 'text', text: ctx.t('local.areaOnly', { area: code, name: area.name, example: `${code}1` }) }];
}

/**
 * Only a nation ("Wales", "in Scotland", "Northern Ireland"): its nation, and the town or the first part of
 * the postcode asked for, as a name several councils share would be.
 */
export function takeInNation(s: Situation, text: string, ctx: GuideContext): Content[] | undefined {
  const nation = nationOnly(text);
  // A place named with it wins ("我住在北爱尔兰贝尔法斯特": Belfast).
  if (!nation || councilsFor(text).status === 'found' || placeIn(text)) return undefined;
  if (!s.councilCodes?.length) s.nation = nation;
  return [{ kind: 'text', text: ctx.t('local.whichCouncil.manyPlace') }];
}
