/** Carers' organisations served by this deployment: data/orgs/<id>.json, checked at boot. */
import { readdirSync, readFileSync } from 'node:fs';
import { isOpenAt, londonClock, type Schedule } from '../catalogue';

export interface Organisation {
  id: string;
  name: string;
  adviceLine: { phone: string; hours: Schedule[]; closedDates: string[]; verification?: string };
  languages: string[];
  preferRegion?: string;
  colours?: { primary: string; accent: string };
  allowedOrigins: string[];
}

const ORGS_DIR = new URL('../data/orgs/', import.meta.url);

function check(org: Organisation, file: string): Organisation {
  const problems: string[] = [];
  if (!/^[a-z0-9-]{1,40}$/.test(org.id ?? '')) problems.push('id must be lower-case letters, digits or dashes');
  if (!org.name) problems.push('name is required');
  if (!org.adviceLine?.phone) problems.push('adviceLine.phone is required');
  for (const rule of org.adviceLine?.hours ?? []) {
    if (!/^\d\d:\d\d$/.test(rule.opens_at) || !/^\d\d:\d\d$/.test(rule.closes_at)) problems.push('adviceLine.hours need HH:MM times');
  }
  if (problems.length) throw new Error(`data/orgs/${file}: ${problems.join('; ')}`);
  return { ...org, adviceLine: { ...org.adviceLine, closedDates: org.adviceLine.closedDates ?? [] }, allowedOrigins: org.allowedOrigins ?? [] };
}

export function loadOrganisations(dir: URL = ORGS_DIR): Map<string, Organisation> {
  const orgs = new Map<string, Organisation>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const org = check(JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Organisation, file);
    orgs.set(org.id, org);
  }
  return orgs;
}

function londonDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The advice line is open now (Europe/London), closed dates included. */
export function adviceLineOpen(org: Organisation, now: Date): boolean {
  if (org.adviceLine.closedDates.includes(londonDate(now))) return false;
  return isOpenAt(org.adviceLine.hours, now) === true;
}

/** The next time the line opens, as a Date, looking up to two weeks ahead in 15-minute steps. */
export function nextOpening(org: Organisation, now: Date): Date | undefined {
  const step = 15 * 60_000;
  const start = Math.ceil(now.getTime() / step) * step;
  for (let t = start; t < now.getTime() + 14 * 86_400_000; t += step) {
    if (adviceLineOpen(org, new Date(t))) return new Date(t);
  }
  return undefined;
}

export { londonClock };
