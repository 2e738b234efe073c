/**
 * When the advice line is closed: which lines in the catalogue are open now for this person (their
 * nation, their age), which services are for young people, and the call-back times that exist (the
 * organisation's next opening days, split into morning and afternoon, closed dates skipped).
 * Pure: the dialogs word them.
 */
import { rankServices, TOPIC_TAXONOMY, type Catalogue, type ServiceMatch } from '../catalogue';
import type { LanguageCode } from '../core/languages';
import type { Nation } from '../core/nations';
import { adviceLineOpen, nextOpening, type Organisation } from './orgs';

export interface PersonFacts {
  nation?: Nation;
  age?: number;
  language?: LanguageCode;
  now: Date;
}

/** Someone to talk to: the topics a line open now must cover. */
const TALK_TOPICS = ['human', 'feelings'] as const;
const YOUNG_TOPICS = ['family', 'feelings', 'human'] as const;

const reachable = (s: ServiceMatch): boolean => s.phones.length > 0;

/**
 * A line for anyone who needs to talk is one whose main subject is feelings or health; a line for
 * one danger (domestic abuse, abuse of an older person) belongs to the crisis reply that names it.
 */
const GENERAL_SUBJECTS: ReadonlySet<string> = new Set(['feelings', 'human', 'own_health', 'illness_info', 'end_of_life', 'bereavement']);

function mainSubject(catalogue: Catalogue, id: string): string | undefined {
  return catalogue.services.find((s) => s.id === id)?.attributes.find((a) => a.taxonomy === TOPIC_TAXONOMY)?.term;
}

/** One per organisation, best first, at most `limit`. */
function distinct(services: ServiceMatch[], limit: number): ServiceMatch[] {
  const seen = new Set<string>();
  return services.filter((s) => !seen.has(s.organisation) && seen.add(s.organisation) && true).slice(0, limit);
}

/** Lines with a number that are open at `now` for this person: someone to talk to (a young person's lines for an under-18). */
export function linesOpenNow(catalogue: Catalogue, person: PersonFacts, limit = 3): ServiceMatch[] {
  const young = person.age !== undefined && person.age < 18;
  const ranked = rankServices(catalogue, {
    topics: [...(young ? YOUNG_TOPICS : TALK_TOPICS)],
    nation: person.nation,
    age: person.age,
    language: person.language,
    now: person.now,
  });
  return distinct(
    ranked.filter((s) => s.openNow === true && reachable(s) && ((young && s.youngPeople) || GENERAL_SUBJECTS.has(mainSubject(catalogue, s.id) ?? ''))),
    limit,
  );
}

/** Services made for young people (Childline, young carers' services) for an under-18, those open now first. */
export function youngPeoplesServices(catalogue: Catalogue, person: PersonFacts, limit = 3): ServiceMatch[] {
  const ranked = rankServices(catalogue, {
    topics: [...YOUNG_TOPICS],
    nation: person.nation,
    age: person.age ?? 16,
    language: person.language,
    now: person.now,
  });
  const young = ranked.filter((s) => s.youngPeople && (reachable(s) || s.url));
  return distinct([...young.filter((s) => s.openNow === true), ...young.filter((s) => s.openNow !== true)], limit);
}

export interface CallbackSlot {
  /** Stored with the request: "2026-11-30 09:00-12:00" (London time). */
  value: string;
  /** A moment inside the slot, for wording the day. */
  day: Date;
  part: 'morning' | 'afternoon';
  from: string;
  to: string;
}

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const STEP_MS = 15 * 60_000;
const NOON = '12:00';

/**
 * Morning and afternoon slots of the next `days` opening days after `now`, only where the line is
 * open (so a Saturday that closes at 1pm has no afternoon, and a closed date has nothing).
 */
export function callbackSlots(org: Organisation, now: Date, days = 2): CallbackSlot[] {
  const slots: CallbackSlot[] = [];
  let at = nextOpening(org, now);
  const seenDays = new Set<string>();
  while (at && seenDays.size < days) {
    const day = LONDON_DAY.format(at);
    seenDays.add(day);
    // Walk the opening day in 15-minute steps: where the line is open, before and after noon.
    let open: { from: string; to: string; at: Date } | undefined;
    const runs: { from: string; to: string; at: Date }[] = [];
    let t = at.getTime();
    for (; LONDON_DAY.format(new Date(t)) === day; t += STEP_MS) {
      const when = new Date(t);
      const time = LONDON_TIME.format(when);
      const isOpen = adviceLineOpen(org, when);
      if (isOpen && (!open || time === NOON)) {
        if (open) runs.push({ ...open, to: NOON });
        open = { from: time, to: time, at: when };
      }
      if (!isOpen && open) {
        runs.push({ ...open, to: time });
        open = undefined;
      }
    }
    if (open) runs.push({ ...open, to: '24:00' });
    for (const run of runs) {
      slots.push({ value: `${day} ${run.from}-${run.to}`, day: run.at, part: run.from < NOON ? 'morning' : 'afternoon', from: run.from, to: run.to });
    }
    at = nextOpening(org, new Date(t));
  }
  return slots;
}
