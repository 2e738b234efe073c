/**
 * The organisation's settings as its admin edits them. The candidate organisation goes through
 * the same check as the files in data/orgs/ (handoff/orgs.ts: schema, contrast, origins,
 * greetings) plus the admin space's stricter rules (hours, closed days, wildcards, the webhook's
 * addresses). Any problem refuses the whole change, with every reason, and nothing is changed.
 */
import { checkOrganisation, OrganisationError, type Organisation } from '../handoff/orgs';
import type { Schedule } from '../core/hours';
import { closedDateProblems, hoursProblems } from './hours';
import { outboundUrlProblem, type Resolve } from './urls';

/** What the admin form sends. */
export interface SettingsInput {
  name: string;
  languages: string[];
  greeting: Record<string, string>;
  colours: { primary: string; accent: string };
  allowedOrigins: string[];
  phone: string;
  hours: Schedule[];
  closedDates: string[];
  /** Empty or absent: no webhook. */
  notifyWebhook?: string;
}

export type SettingsResult = { ok: true; org: Organisation } | { ok: false; problems: string[] };

export interface SettingsDeps {
  resolve: Resolve;
  /** Tests and intranets (CATALOGUE_FEEDS_ALLOW_PRIVATE). */
  allowPrivate?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The form's fields from an organisation, for the page. */
export function settingsOf(org: Organisation): SettingsInput {
  return {
    name: org.name,
    languages: [...org.languages],
    greeting: { ...(org.greeting ?? { en: '' }) },
    colours: { ...(org.colours ?? { primary: '#1d4f91', accent: '#ffd23f' }) },
    allowedOrigins: [...org.allowedOrigins],
    phone: org.adviceLine.phone,
    hours: org.adviceLine.hours.map((h) => ({ ...h })),
    closedDates: [...org.adviceLine.closedDates],
    notifyWebhook: org.notifyWebhook ?? '',
  };
}

function shapeProblems(input: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof input.name !== 'string') problems.push('name is required');
  if (!strings(input.languages)) problems.push('languages must be a list of language codes');
  if (!isRecord(input.greeting) || !Object.values(input.greeting).every((g) => typeof g === 'string')) problems.push('greeting must give a text per language');
  if (!isRecord(input.colours) || typeof input.colours.primary !== 'string' || typeof input.colours.accent !== 'string')
    problems.push('colours.primary and colours.accent are required');
  if (!strings(input.allowedOrigins)) problems.push('allowedOrigins must be a list of origins');
  if (typeof input.phone !== 'string') problems.push('adviceLine.phone is required');
  if (!Array.isArray(input.hours) || !input.hours.every(isRecord)) problems.push('adviceLine.hours must be a list of opening times');
  if (!strings(input.closedDates)) problems.push('adviceLine.closedDates must be a list of dates');
  if (input.notifyWebhook !== undefined && typeof input.notifyWebhook !== 'string') problems.push('notifyWebhook must be a web address');
  return problems;
}

function originProblems(origins: readonly string[]): string[] {
  return origins.flatMap((origin, i) =>
    origin.includes('*') ? [`allowedOrigins[${i}] "${origin}" is a wildcard: list each website's origin, e.g. https://www.example.org`] : [],
  );
}

export async function applySettings(current: Organisation, raw: unknown, deps: SettingsDeps): Promise<SettingsResult> {
  if (!isRecord(raw)) return { ok: false, problems: ['the settings are missing'] };
  const shape = shapeProblems(raw);
  if (shape.length) return { ok: false, problems: shape };
  const input = raw as unknown as SettingsInput;
  // Empty greetings are "no greeting in that language" (English stays required by the schema).
  const greeting = Object.fromEntries(Object.entries(input.greeting).filter(([, text]) => text.trim() !== '')) as Organisation['greeting'];
  const webhook = input.notifyWebhook?.trim() || undefined;
  const { notifyWebhook: _old, ...rest } = current;
  const candidate: Organisation = {
    ...rest,
    name: input.name.trim(),
    languages: [...input.languages],
    greeting,
    colours: { primary: input.colours.primary, accent: input.colours.accent },
    allowedOrigins: input.allowedOrigins.map((o) => o.trim()).filter(Boolean),
    adviceLine: { ...current.adviceLine, phone: input.phone.trim(), hours: input.hours.map((h) => ({ ...h })), closedDates: [...input.closedDates] },
    ...(webhook ? { notifyWebhook: webhook } : {}),
  };
  const problems = [
    ...originProblems(candidate.allowedOrigins),
    ...hoursProblems(candidate.adviceLine.hours),
    ...closedDateProblems(candidate.adviceLine.closedDates),
  ];
  let checked: Organisation | undefined;
  try {
    checked = checkOrganisation(candidate, `${current.id}.json`);
  } catch (error) {
    if (!(error instanceof OrganisationError)) throw error;
    for (const p of error.problems) if (!problems.includes(p)) problems.push(p);
  }
  if (webhook) {
    const problem = await outboundUrlProblem('notifyWebhook', webhook, deps.resolve, deps.allowPrivate);
    if (problem) problems.push(problem);
  }
  if (problems.length || !checked) return { ok: false, problems };
  return { ok: true, org: checked };
}
