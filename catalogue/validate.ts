/**
 * Validates a catalogue: the JSON Schema (structure) plus what a schema cannot say
 * (known topics and councils, UK-looking numbers, sane hours, links between ids).
 * Every problem names the entry (id and name) and the field.
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { TOPIC_IDS } from '../core/topics';
import { COUNCILS, isKnownPostcodeArea } from './geography';
import { daysOf, minutesOf } from '../core/hours';
import { KIND_TAXONOMY, SERVICE_KINDS, TOPIC_TAXONOMY, type Catalogue, type Phone, type Service } from './types';

export interface CatalogueProblem {
  /** e.g. `service "samaritans" (Samaritans)` or `catalogue`. */
  entry: string;
  /** e.g. `phones[0].number`. */
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; catalogue: Catalogue } | { ok: false; problems: CatalogueProblem[] };

const SCHEMA: object = JSON.parse(readFileSync(new URL('../data/catalogue/services.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateShape = ajv.compile(SCHEMA);

export function formatProblem(p: CatalogueProblem): string {
  return `${p.entry}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Name an array element by its id and name so people can find it in the file. */
function describeEntry(data: unknown, collection: string, index: number): string {
  const list = isRecord(data) ? data[collection] : undefined;
  const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const kind = collection === 'services' ? 'service' : 'organization';
  if (!isRecord(item)) return `${kind} #${index}`;
  const id = typeof item.id === 'string' ? `"${item.id}"` : `#${index}`;
  return typeof item.name === 'string' ? `${kind} ${id} (${item.name})` : `${kind} ${id}`;
}

/** "/services/3/phones/0/number" -> entry + "phones[0].number". */
function locate(data: unknown, pointer: string): { entry: string; field: string } {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if ((parts[0] === 'services' || parts[0] === 'organizations') && parts.length >= 2) {
    return { entry: describeEntry(data, parts[0], Number(parts[1])), field: fieldPath(parts.slice(2)) };
  }
  return { entry: 'catalogue', field: fieldPath(parts) };
}

function fieldPath(parts: string[]): string {
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function shapeProblem(data: unknown, error: ErrorObject): CatalogueProblem {
  const { entry, field } = locate(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const missing = String(params.missingProperty);
    return { entry, field: field ? `${field}.${missing}` : missing, message: 'is required' };
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String(params.additionalProperty);
    return { entry, field: field ? `${field}.${extra}` : extra, message: 'is not a known field' };
  }
  if (error.keyword === 'enum') {
    return { entry, field, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
  }
  return { entry, field, message: error.message ?? error.keyword };
}

/** Numbers a person in the UK can dial or text: 01/02/03/05/07/08 numbers, 0800 1111, 999/111, 116 xxx, SMS short codes. */
export function looksLikeUkNumber(phone: Phone): boolean {
  const digits = phone.number.replace(/\s+/g, '');
  if (/^0[1235789]\d{8,9}$/.test(digits)) return true;
  if (/^0800\d{4}$/.test(digits)) return true;
  if (/^(999|111)$/.test(digits) || /^116\d{3}$/.test(digits)) return true;
  return phone.type === 'text' && /^\d{5}$/.test(digits);
}

const TOPICS: ReadonlySet<string> = new Set(TOPIC_IDS);
const KINDS: ReadonlySet<string> = new Set(SERVICE_KINDS);

function semanticProblems(catalogue: Catalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const orgIds = new Set<string>();
  catalogue.organizations.forEach((org, i) => {
    if (orgIds.has(org.id)) problems.push({ entry: describeEntry(catalogue, 'organizations', i), field: 'id', message: 'is used twice' });
    orgIds.add(org.id);
  });
  const serviceIds = new Set<string>();
  catalogue.services.forEach((service, i) => {
    const entry = describeEntry(catalogue, 'services', i);
    const add = (field: string, message: string) => problems.push({ entry, field, message });
    if (serviceIds.has(service.id)) add('id', 'is used twice');
    serviceIds.add(service.id);
    if (!orgIds.has(service.organization_id)) add('organization_id', `"${service.organization_id}" is not an organization in the catalogue`);
    checkAttributes(service, add);
    checkContacts(service, add);
    checkSchedules(service, add);
    checkAreas(service, add);
    if (service.minimum_age !== undefined && service.maximum_age !== undefined && service.minimum_age > service.maximum_age) {
      add('minimum_age', 'is above maximum_age');
    }
    if (service.assured_date > catalogue.generated) add('assured_date', `is after the catalogue date ${catalogue.generated}`);
  });
  return problems;
}

type Add = (field: string, message: string) => void;

function checkAttributes(service: Service, add: Add): void {
  let topics = 0;
  service.attributes.forEach((a, i) => {
    if (a.taxonomy === TOPIC_TAXONOMY) {
      topics += 1;
      if (!TOPICS.has(a.term)) add(`attributes[${i}].term`, `"${a.term}" is not a topic id (${TOPIC_IDS.join(', ')})`);
    } else if (a.taxonomy === KIND_TAXONOMY && !KINDS.has(a.term)) {
      add(`attributes[${i}].term`, `"${a.term}" is not a service kind (${SERVICE_KINDS.join(', ')})`);
    }
  });
  if (topics === 0) add('attributes', `needs at least one ${TOPIC_TAXONOMY} term`);
}

function checkContacts(service: Service, add: Add): void {
  service.phones.forEach((phone, i) => {
    if (!looksLikeUkNumber(phone)) add(`phones[${i}].number`, `"${phone.number}" does not look like a UK phone number`);
  });
  if (service.phones.length === 0 && !service.url && !service.email) add('phones', 'a service needs a phone number, a url or an email');
}

function checkSchedules(service: Service, add: Add): void {
  service.schedules.forEach((s, i) => {
    const days = daysOf(s.byday);
    if (new Set(days).size !== days.length) add(`schedules[${i}].byday`, 'repeats a day');
    if (minutesOf(s.opens_at) === minutesOf(s.closes_at)) add(`schedules[${i}].closes_at`, 'equals opens_at');
  });
}

function checkAreas(service: Service, add: Add): void {
  service.service_areas.forEach((area, i) => {
    if (area.extent_type === 'council' && !Object.hasOwn(COUNCILS, area.extent)) {
      add(`service_areas[${i}].extent`, `"${area.extent}" is not a known council id`);
    }
    if ((area.extent_type === 'postcode_district' || area.extent_type === 'postcode_area') && !isKnownPostcodeArea(/^[A-Z]+/.exec(area.extent)?.[0] ?? '')) {
      add(`service_areas[${i}].extent`, `"${area.extent}" is not in a known postcode area`);
    }
  });
}

/** Structure first; the semantic checks run only on a structurally valid catalogue. */
export function validateCatalogue(data: unknown): ValidationResult {
  if (!validateShape(data)) {
    return { ok: false, problems: (validateShape.errors ?? []).map((e) => shapeProblem(data, e)) };
  }
  const catalogue = data as unknown as Catalogue;
  const problems = semanticProblems(catalogue);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalogue };
}
