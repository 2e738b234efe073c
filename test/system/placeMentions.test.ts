/**
 * Issue 16 as an outside tester checks it: a carer asks how to get a carer's assessment and what support is near
 * them, then names their place the way people do (test/system/placeMentions.table.ts: 250+ rows across England,
 * Wales, Scotland, Northern Ireland, the Crown Dependencies and abroad, in four languages). Through the real bot
 * in-process (one app, a fresh conversation a row). Each row must find an acceptable council (or ask which one, where
 * the row allows it; or say plainly it has nothing local abroad, with the UK-wide finders); then the reply must give
 * the council's carer's assessment route (its number or page, where local-help has one) and a local service, or say
 * honestly that none is known and give the national finders. PLACE_REPORT=1 prints a pass count per nation.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { createBotApp, type BotApp } from '../../app';
import { allCouncils } from '../../catalogue/geography';
import { localHelpFor } from '../../catalogue/localHelp';
import { loadConfig } from '../../config';
import { createLogger } from '../../ops/logger';
import { MemoryStateStorage } from '../../storage';
import { lastTurnOf, OPEN, seen } from '../dialogs/botHarness';
import { beingIn, inFirstMessage, NEAR_ME, OPENER, PLACE_ROWS, type Nation } from './placeMentions.table';

interface Situation {
  councilCodes?: string[];
  district?: string;
  nation?: string;
  answers?: Record<string, string>;
}

const byName = new Map(allCouncils().map((c) => [c.shortName, c.code]));
const codeOf = (name: string): string => {
  const code = byName.get(name);
  if (!code) throw new Error(`no council called ${name}`);
  return code;
};

const digits = (s: string) => s.replace(/\D/g, '');
/** The reply shows this number or page (numbers compared by digits, pages without their scheme). */
function shows(text: string, entry: { phone?: string; url?: string }): boolean {
  if (entry.phone && digits(text).includes(digits(entry.phone))) return true;
  if (entry.url && text.includes(entry.url.replace(/^https?:\/\//, '').replace(/\/$/, ''))) return true;
  return false;
}
const NATIONAL = /carers\.org|0808 808 7777|carersuk\.org/i;
/** "I couldn't find a local service for {{place}}" as each language says it (its words before the place). */
const NOTHING_LOCAL = ['en', 'cy', 'pl', 'es'].map(
  (lang) =>
    (JSON.parse(readFileSync(new URL(`../../locales/${lang}/local.json`, import.meta.url), 'utf8')) as { nothingLocal: string }).nothingLocal.split('{{')[0]!,
);
/** Nothing local known: said plainly, or the national finders given. */
const honestNothing = (text: string) => NATIONAL.test(text) || NOTHING_LOCAL.some((words) => text.includes(words));

type Outcome = { council: boolean; assessment: boolean; local: boolean };

describe('place mentions (issue 16, through the bot)', function () {
  this.timeout(60000);
  let app: BotApp;
  const storage = new MemoryStateStorage();
  const tally = new Map<string, { rows: number; council: number; assessment: number; local: number }>();
  const failures: string[] = [];
  before(() => {
    const config = { ...loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent' }), defaultOrg: 'demo' };
    app = createBotApp(config, createLogger('silent'), { clock: () => OPEN, storage });
  });
  after(async () => {
    await app.turns.drain();
    if (process.env.PLACE_REPORT) {
      for (const [nation, t] of tally) console.log(`${nation}: ${t.rows} rows, council ${t.council}, assessment ${t.assessment}, local ${t.local}`);
      for (const f of failures) console.log(f);
    }
  });

  let counter = 0;
  async function converse(lang: string, turns: string[]): Promise<{ text: string; situation: Situation }> {
    const id = `mention-${++counter}`;
    const locale = lang === 'cy' ? 'cy-GB' : lang === 'pl' ? 'pl-PL' : lang === 'es' ? 'es-ES' : 'en-GB';
    const last = await lastTurnOf(app, id, locale, turns);
    const key = `webchat/conversations/${id}/`;
    const stored = (await storage.read([key]))[key] as { data?: { situation?: Situation } } | undefined;
    return { text: seen(last).text, situation: stored?.data?.situation ?? {} };
  }

  /** Each row up to four ways: after an answer that invites a place, as the answer to "where?", inside the first message ("we live in", "we are in"). */
  const cases: { nation: Nation; lang: string; way: string; turns: string[]; accept: string[] }[] = [];
  for (const [nation, lang, said, accept] of PLACE_ROWS) {
    if (typeof said !== 'string') {
      cases.push({ nation, lang, way: 'first', turns: said, accept });
      continue;
    }
    cases.push({ nation, lang, way: 'after', turns: [OPENER[lang] ?? OPENER.en!, said], accept });
    cases.push({ nation, lang, way: 'where', turns: [NEAR_ME[lang] ?? NEAR_ME.en!, said], accept });
    // A bare name or postcode reads as a place in "we live in ...": sentences and other languages are not put in one.
    if (lang === 'en' && !/[a-z]\S*\s+[a-z]/.test(said.replace(/^[^a-z]*$/, '')) && !/\b(?:in|ik|on)\b/i.test(said)) {
      cases.push({ nation, lang, way: 'first', turns: [inFirstMessage(said)], accept });
      if (accept[0] !== 'abroad') cases.push({ nation, lang, way: 'being', turns: [beingIn(said)], accept });
    }
  }

  for (const { nation, lang, way, turns, accept } of cases) {
    it(`${nation} ${lang} ${way}: ${turns.slice(-1)[0]} -> ${accept.join(' | ')}`, async () => {
      const { text, situation } = await converse(lang, turns);
      const codes = situation.councilCodes ?? [];
      const answers = situation.answers ?? {};
      const outcome: Outcome = { council: false, assessment: false, local: false };
      let why = '';
      if (accept[0] === 'abroad') {
        outcome.council = codes.length === 0 && NATIONAL.test(text);
        outcome.assessment = outcome.local = outcome.council;
        why = `codes ${codes.join(' ')}`;
      } else if (accept.includes('ask') && answers.where_council === 'ask') {
        outcome.council = outcome.assessment = outcome.local = true;
      } else {
        const acceptable = accept.filter((a) => a !== 'ask').map(codeOf);
        outcome.council = codes.length > 0 && acceptable.includes(codes[0]!) && answers.where_council !== 'ask';
        why = `got ${codes.join(' ') || 'nothing'} (${answers.where_council ?? ''})`;
        if (outcome.council) {
          const help = localHelpFor([codes[0]!], null, situation.district ? { district: situation.district } : {});
          const route = help.assessment[0]?.route;
          outcome.assessment = route ? shows(text, route) : NATIONAL.test(text);
          outcome.local = help.services.length > 0 ? help.services.some((s) => shows(text, s) || text.includes(s.name)) : honestNothing(text);
          if (!outcome.assessment) why += ` no assessment route (${route?.phone ?? route?.url ?? 'none'})`;
          if (!outcome.local) why += ` no local service (${help.services.map((s) => s.name).join('; ') || 'nothing local'})`;
        }
      }
      const t = tally.get(`${nation} ${way}`) ?? { rows: 0, council: 0, assessment: 0, local: 0 };
      t.rows++;
      if (outcome.council) t.council++;
      if (outcome.assessment) t.assessment++;
      if (outcome.local) t.local++;
      tally.set(`${nation} ${way}`, t);
      if (!outcome.council || !outcome.assessment || !outcome.local)
        failures.push(`FAIL ${way} ${lang} "${turns.slice(-1)[0]}" want ${accept.join('|')}: ${why}`);
      expect(outcome, `${why}\n${text}`).to.deep.equal({ council: true, assessment: true, local: true });
    });
  }
});
