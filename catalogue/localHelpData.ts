/**
 * The local-help data (data/local-help/): every adult social care council's carer's
 * assessment route and carers' service, and local places beyond councils. Types, schema
 * validation and the checks a schema cannot say (known council codes, sources for verified
 * entries). Pure: no botbuilder.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import type { Nation } from '../core/nations';

export type CrownDependency = 'jersey' | 'guernsey' | 'isle_of_man';
/** The four nations and the three Crown Dependencies, which have their own services. */
export type Jurisdiction = Nation | CrownDependency;
export const JURISDICTIONS: readonly Jurisdiction[] = ['england', 'scotland', 'wales', 'northern_ireland', 'jersey', 'guernsey', 'isle_of_man'];

export type CouncilKind = 'county' | 'unitary' | 'hsc_trust' | 'crown_dependency';

/** A way to reach someone, with where it was read and whether it was checked there. */
export interface LocalRoute {
  name?: string;
  url?: string;
  phone?: string;
  /** The dataset or page the value was read from. */
  source: string;
  sourceDate: string;
  /** True only when url/phone were read on an authoritative source; false: the bot says "check". */
  verified: boolean;
  note?: string;
}

export interface CouncilRecord {
  name: string;
  nation: Jurisdiction;
  kind: CouncilKind;
  /** GOV.UK Local Links Manager slug: lets older ids ("isle_of_wight") find the council. */
  slug?: string;
  /** Other codes that mean this body (e.g. NI district councils for a trust). */
  aliases?: string[];
  /** Home page: shown as a last resort, never counted as an assessment route. */
  website?: string;
  registerSource: string;
  assessment?: LocalRoute;
  carersService?: LocalRoute & { name: string };
}

export type LocalServiceKind = 'carers_centre' | 'hospice' | 'maggies_centre' | 'macmillan_centre';

export interface LocalServiceRecord {
  id: string;
  name: string;
  kind: LocalServiceKind;
  description?: string;
  phone?: string;
  url?: string;
  councils: string[];
  districts?: string[];
  source: string;
  sourceDate: string;
  verified: boolean;
  note?: string;
}

export interface LocalHelpData {
  councils: Record<string, CouncilRecord>;
  services: LocalServiceRecord[];
}

export interface LocalHelpProblem {
  file: string;
  entry: string;
  message: string;
}

const dataUrl = (name: string) => new URL(`../data/local-help/${name}`, import.meta.url);
export const LOCAL_HELP_FILES = { councils: dataUrl('councils.json'), services: dataUrl('services.json') } as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
const councilShape = ajv.compile(readJson(dataUrl('councils.schema.json')) as object);
const serviceShape = ajv.compile(readJson(dataUrl('services.schema.json')) as object);

/** Schema and cross-file checks; an empty list means the data can be used. */
export function validateLocalHelp(councils: unknown, services: unknown): LocalHelpProblem[] {
  const problems: LocalHelpProblem[] = [];
  if (!councilShape(councils)) {
    for (const e of councilShape.errors ?? []) problems.push({ file: 'councils.json', entry: e.instancePath || '/', message: e.message ?? 'invalid' });
  }
  if (!serviceShape(services)) {
    for (const e of serviceShape.errors ?? []) problems.push({ file: 'services.json', entry: e.instancePath || '/', message: e.message ?? 'invalid' });
  }
  if (problems.length > 0) return problems;
  const known = new Set(Object.keys((councils as { councils: Record<string, unknown> }).councils));
  const ids = new Set<string>();
  for (const s of (services as { services: LocalServiceRecord[] }).services) {
    if (ids.has(s.id)) problems.push({ file: 'services.json', entry: s.id, message: 'duplicate id' });
    ids.add(s.id);
    for (const c of s.councils) if (!known.has(c)) problems.push({ file: 'services.json', entry: s.id, message: `unknown council code "${c}"` });
  }
  return problems;
}

export class LocalHelpError extends Error {
  constructor(readonly problems: LocalHelpProblem[]) {
    super(`Local-help data is invalid:\n${problems.map((p) => `  - ${p.file} ${p.entry}: ${p.message}`).join('\n')}`);
    this.name = 'LocalHelpError';
  }
}

let shipped: LocalHelpData | undefined;

/**
 * The shipped files, read and checked once per process: the turn's local help, the ORUK API and
 * the short links share one copy (read-only; it was read three times). A failed
 * read is not remembered: each caller meets the error.
 */
export function shippedLocalHelpData(): LocalHelpData {
  return (shipped ??= loadLocalHelpData());
}

/** Reads and validates both files; throws LocalHelpError with every problem named. */
export function loadLocalHelpData(files: { councils: URL | string; services: URL | string } = LOCAL_HELP_FILES): LocalHelpData {
  const councils = JSON.parse(readFileSync(files.councils, 'utf8')) as unknown;
  const services = JSON.parse(readFileSync(files.services, 'utf8')) as unknown;
  const problems = validateLocalHelp(councils, services);
  if (problems.length > 0) throw new LocalHelpError(problems);
  return {
    councils: (councils as { councils: Record<string, CouncilRecord> }).councils,
    services: (services as { services: LocalServiceRecord[] }).services,
  };
}
