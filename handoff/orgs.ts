/**
 * Carers' organisations served by this deployment: data/orgs/<id>.json, checked at boot.
 * The JSON Schema checks the shape; the code checks what a schema cannot say (the id is
 * the file name, colours are readable together, the logo exists, regions are known).
 * Every problem names the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import { isOpenAt, londonClock, type Schedule } from '../core/hours';
import { COUNCILS } from '../catalogue/geography';
import { LANGUAGES, type LanguageCode } from '../core/languages';

export interface Organisation {
  id: string;
  name: string;
  adviceLine: { phone: string; hours: Schedule[]; closedDates: string[]; verification?: string };
  languages: string[];
  preferRegion?: string;
  /** primary: backgrounds under white text (≥ 4.5:1 with white); accent: focus rings and rules (≥ 3:1 with primary). */
  colours?: { primary: string; accent: string };
  /** Under web/static/, e.g. "orgs/demo.svg", or "uploads/<id>-<hash>.png" set in the admin space (web/adminRoutes.ts serves it); from the bot's own origin. */
  logo?: string;
  /** The advice line's own notification webhook for urgent hand-offs (set in the admin space; https, public addresses only). */
  notifyWebhook?: string;
  /** Shown at the top of the chat; English required, other languages optional. */
  greeting?: Partial<Record<LanguageCode, string>> & { en: string };
  /** Exact origins (scheme://host[:port]) whose pages may embed the chat. */
  allowedOrigins: string[];
  /** A demonstration organisation, not a real service. */
  demo?: boolean;
}

export class OrganisationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`data/orgs/${file}: ${problems.join('; ')}`);
    this.name = 'OrganisationError';
  }
}

const ORGS_DIR = new URL('../data/orgs/', import.meta.url);
const STATIC_DIR = new URL('../web/static/', import.meta.url);
const HEX_COLOUR = '^#[0-9a-fA-F]{6}$';
const TIME = '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$';
const BYDAY = '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$';

const SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'adviceLine', 'languages', 'colours', 'greeting', 'allowedOrigins'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9-]{1,40}$' },
    name: { type: 'string', minLength: 1, maxLength: 80 },
    demo: { type: 'boolean' },
    adviceLine: {
      type: 'object',
      required: ['phone', 'hours'],
      additionalProperties: false,
      properties: {
        phone: { type: 'string', pattern: '^\\+?[0-9][0-9 ]{1,18}[0-9]$' },
        verification: { type: 'string' },
        hours: {
          type: 'array',
          items: {
            type: 'object',
            required: ['byday', 'opens_at', 'closes_at'],
            additionalProperties: false,
            properties: {
              byday: { type: 'string', pattern: BYDAY },
              opens_at: { type: 'string', pattern: TIME },
              closes_at: { type: 'string', pattern: TIME },
              description: { type: 'string' },
            },
          },
        },
        closedDates: { type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
      },
    },
    languages: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...LANGUAGES] } },
    preferRegion: { type: 'string', minLength: 1 },
    colours: {
      type: 'object',
      required: ['primary', 'accent'],
      additionalProperties: false,
      properties: { primary: { type: 'string', pattern: HEX_COLOUR }, accent: { type: 'string', pattern: HEX_COLOUR } },
    },
    // No remote URLs: the chat page's CSP allows images from its own origin only.
    logo: { type: 'string', pattern: '^(orgs|uploads)/[a-z0-9-]+\\.(svg|png)$' },
    notifyWebhook: { type: 'string', pattern: '^https://', maxLength: 2000 },
    greeting: {
      type: 'object',
      required: ['en'],
      additionalProperties: false,
      properties: Object.fromEntries(LANGUAGES.map((code) => [code, { type: 'string', minLength: 1, maxLength: 400 }])),
    },
    allowedOrigins: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateShape = ajv.compile(SCHEMA);

/** "/adviceLine/hours/0/opens_at" -> "adviceLine.hours[0].opens_at". */
function fieldOf(error: ErrorObject): string {
  const parts = error.instancePath.split('/').slice(1);
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '') || '(file)';
}

function describe(error: ErrorObject): string {
  const field = fieldOf(error);
  if (error.keyword === 'required') return `${field} is required`;
  if (error.keyword === 'additionalProperties') return `${field} is not a known field`;
  if (error.keyword === 'pattern') return `${field} has the wrong form`;
  if (error.keyword === 'enum') return `${field} must be one of ${LANGUAGES.join(', ')}`;
  return `${field} ${error.message ?? 'is not valid'}`;
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.x contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Text on primary is white (AA normal text); the accent marks focus on primary (AA non-text). */
export const MIN_TEXT_CONTRAST = 4.5;
export const MIN_ACCENT_CONTRAST = 3;

/** An exact web origin, as a browser writes it: no path, no wildcard, no trailing slash. */
export function isExactOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  // The URL parser keeps "*" in a host name: refuse wildcards explicitly (CSP would read them as a pattern).
  const plainHost = /^[a-z0-9.-]+$/.test(url.hostname) || /^\[[0-9a-f:.]+\]$/.test(url.hostname);
  return (url.protocol === 'https:' || url.protocol === 'http:') && plainHost && url.origin === value;
}

const KNOWN_REGIONS: ReadonlySet<string> = new Set(
  Object.values(COUNCILS)
    .map((c) => String(c.region ?? ''))
    .filter(Boolean),
);

function meaningProblems(org: Organisation, file: string, staticDir: URL): string[] {
  const problems: string[] = [];
  if (`${org.id}.json` !== file) problems.push(`id must match the file name ("${file.replace(/\.json$/, '')}")`);
  const { primary, accent } = org.colours!;
  const onWhite = contrastRatio(primary, '#ffffff');
  if (onWhite < MIN_TEXT_CONTRAST)
    problems.push(`colours.primary ${primary} has contrast ${onWhite.toFixed(2)}:1 with white text, needs ${MIN_TEXT_CONTRAST}:1`);
  const accentOnPrimary = contrastRatio(accent, primary);
  if (accentOnPrimary < MIN_ACCENT_CONTRAST)
    problems.push(`colours.accent ${accent} has contrast ${accentOnPrimary.toFixed(2)}:1 with primary, needs ${MIN_ACCENT_CONTRAST}:1`);
  // An uploaded logo lives in the admin store, checked when it was uploaded (admin/logo.ts).
  if (org.logo?.startsWith('orgs/') && !existsSync(new URL(org.logo, staticDir))) problems.push(`logo web/static/${org.logo} does not exist`);
  org.allowedOrigins.forEach((origin, i) => {
    if (!isExactOrigin(origin)) problems.push(`allowedOrigins[${i}] "${origin}" must be an exact origin like https://www.example.org (no path, no wildcard)`);
  });
  for (const code of Object.keys(org.greeting ?? {})) {
    if (!org.languages.includes(code)) problems.push(`greeting.${code} is for a language not in languages`);
  }
  if (org.preferRegion && !KNOWN_REGIONS.has(org.preferRegion)) problems.push(`preferRegion "${org.preferRegion}" is not a region in data/geography`);
  org.adviceLine.hours.forEach((rule, i) => {
    // closes_at before opens_at is an overnight rule (catalogue/schedule.ts); equal times are a typo.
    if (rule.opens_at === rule.closes_at) problems.push(`adviceLine.hours[${i}] opens_at and closes_at are the same`);
  });
  return problems;
}

/** Checks one organisation file's parsed content; throws an OrganisationError naming the file and fields. */
export function checkOrganisation(data: unknown, file: string, staticDir: URL = STATIC_DIR): Organisation {
  if (!validateShape(data)) throw new OrganisationError(file, (validateShape.errors ?? []).map(describe));
  const org = data as unknown as Organisation;
  const problems = meaningProblems(org, file, staticDir);
  if (problems.length) throw new OrganisationError(file, problems);
  return { ...org, adviceLine: { ...org.adviceLine, closedDates: org.adviceLine.closedDates ?? [] } };
}

export function loadOrganisations(dir: URL = ORGS_DIR, staticDir: URL = STATIC_DIR): Map<string, Organisation> {
  const orgs = new Map<string, Organisation>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    } catch (error) {
      throw new OrganisationError(file, [`not valid JSON (${(error as Error).message})`]);
    }
    const org = checkOrganisation(data, file, staticDir);
    orgs.set(org.id, org);
  }
  return orgs;
}

/** Made once: a DateTimeFormat costs far more to build than to use, and nextOpening asks up to 1,344 times. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

function londonDate(now: Date): string {
  return LONDON_DATE.format(now);
}

/** The advice line is open now (Europe/London), closed dates included. */
export function adviceLineOpen(org: Organisation, now: Date): boolean {
  if (org.adviceLine.closedDates.includes(londonDate(now))) return false;
  return isOpenAt(org.adviceLine.hours, now) === true;
}

/** Each advice line's latest answer, by the 15-minute step it was asked in (nextOpening). */
const lastOpening = new WeakMap<Organisation['adviceLine'], { start: number; hours: Schedule[]; closedDates: string[]; at: number | undefined }>();

/**
 * The next time the line opens, as a Date, looking up to two weeks ahead in 15-minute steps.
 * Every `now` within one step, (start - 15 min, start], tries the same times (start, start + 15 min,
 * ... while before now + 14 days: 1,344 of them whichever now), so the answer is kept for the step:
 * a closed line on a Friday night was up to 250 steps of two London-time formats, on every turn
 * that offered the line.
 */
export function nextOpening(org: Organisation, now: Date): Date | undefined {
  const step = 15 * 60_000;
  const start = Math.ceil(now.getTime() / step) * step;
  const line = org.adviceLine;
  const kept = lastOpening.get(line);
  if (kept?.start === start && kept.hours === line.hours && kept.closedDates === line.closedDates) return kept.at === undefined ? undefined : new Date(kept.at);
  let at: number | undefined;
  for (let t = start; t < now.getTime() + 14 * 86_400_000; t += step) {
    if (adviceLineOpen(org, new Date(t))) {
      at = t;
      break;
    }
  }
  lastOpening.set(line, { start, hours: line.hours, closedDates: line.closedDates, at });
  return at === undefined ? undefined : new Date(at);
}

/**
 * DEMO_LINE_ALWAYS_OPEN: a demonstration organisation's line open every day round the clock, so a
 * newcomer can take a hand-off from the console at any hour. Real organisations are returned as they are;
 * the file on disk keeps its real hours.
 */
export function openRoundTheClock(org: Organisation): Organisation {
  if (!org.demo) return org;
  return { ...org, adviceLine: { ...org.adviceLine, hours: [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' }], closedDates: [] } };
}

export { londonClock };
