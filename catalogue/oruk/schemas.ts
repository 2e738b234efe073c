/**
 * The official Open Referral UK 3.0 (V3.0-UK profile of HSDS 3.0) JSON schemas, shipped in
 * data/catalogue/oruk/uk/ (source, commit and licence in data/catalogue/oruk/README.md),
 * compiled once with ajv's JSON Schema 2020-12 dialect (HSDS 3.0's `jsonSchemaDialect`).
 * The schemas carry tabular-data keywords (`constraints`, `core`, `datapackage_metadata`, ...)
 * that are not JSON Schema: strict mode is off so they are ignored, as the standard's own tools do.
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Where the schemas say they live (openapi.json's `$ref`s): relative refs resolve against it. */
export const ORUK_SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/';

export const ORUK_SCHEMA_FILES = [
  'compiled/service.json',
  'compiled/service_list.json',
  'compiled/service_at_location.json',
  'compiled/service_at_location_list.json',
  'taxonomy_term.json',
  'taxonomy.json',
] as const;
export type OrukSchemaName = (typeof ORUK_SCHEMA_FILES)[number];

const read = (file: string): object => JSON.parse(readFileSync(new URL(`../../data/catalogue/oruk/uk/${file}`, import.meta.url), 'utf8')) as object;

/** The shipped OpenAPI description of the ORUK 3.0 API (served at /oruk/openapi.json). */
export const ORUK_OPENAPI: Readonly<Record<string, unknown>> = read('openapi.json') as Record<string, unknown>;

let ajv: Ajv2020 | undefined;
const compiled = new Map<OrukSchemaName, ValidateFunction>();

/** A validator for one shipped schema (compiled on first use: the service schemas take ~0.1 s each). */
export function orukValidator(name: OrukSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      for (const file of ORUK_SCHEMA_FILES) ajv.addSchema(read(`${file}`), `${ORUK_SCHEMA_BASE}${file}`);
    }
    validate = ajv.getSchema(`${ORUK_SCHEMA_BASE}${name}`);
    if (!validate) throw new Error(`ORUK schema ${name} did not compile`);
    compiled.set(name, validate);
  }
  return validate;
}

/** Empty when valid; else one line per error ("/phones/0/id must match format \"uuid\""). */
export function orukProblems(name: OrukSchemaName, data: unknown): string[] {
  const validate = orukValidator(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

interface OpenApiShape {
  paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, { schema?: object }> }> } }>;
  components: { schemas: { Page: object } };
}

let pageAjv: Ajv2020 | undefined;
const inline = new Map<string, ValidateFunction>();

/** The OpenAPI file's own inline schemas (the `/` answer and the `Page` envelope). */
function inlineValidator(name: 'details' | 'page'): ValidateFunction {
  let validate = inline.get(name);
  if (!validate) {
    if (!pageAjv) {
      pageAjv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(pageAjv);
    }
    const api = ORUK_OPENAPI as unknown as OpenApiShape;
    const schema = name === 'page' ? api.components.schemas.Page : api.paths['/'].get?.responses?.['200'].content?.['application/json'].schema;
    if (!schema) throw new Error(`the shipped openapi.json has no ${name} schema`);
    validate = pageAjv.compile(schema);
    inline.set(name, validate);
  }
  return validate;
}

function inlineProblems(name: 'details' | 'page', data: unknown): string[] {
  const validate = inlineValidator(name);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

/**
 * Problems of an API answer for `path` (relative to the API base), against the schema the
 * shipped openapi.json names for it; `full` for `/services?full=true`.
 */
export function orukResponseProblems(path: string, body: unknown, full = false): string[] {
  const [, collection, id] = path.split('?')[0].replace(/\/+$/, '').split('/');
  if (!collection) {
    const problems = inlineProblems('details', body);
    const details = body as Record<string, unknown>;
    for (const key of ['version', 'profile', 'openapi_url']) if (typeof details?.[key] !== 'string') problems.push(`/${key} is missing`);
    return problems;
  }
  const item: Record<string, OrukSchemaName> = {
    services: id || full ? 'compiled/service.json' : 'compiled/service_list.json',
    taxonomies: 'taxonomy.json',
    taxonomy_terms: 'taxonomy_term.json',
    service_at_locations: id ? 'compiled/service_at_location.json' : 'compiled/service_at_location_list.json',
  };
  const schema = item[collection];
  if (!schema) return [`no schema for ${path}`];
  if (id) return orukProblems(schema, body);
  const page = body as { contents?: unknown };
  const problems = inlineProblems('page', body);
  for (const key of ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty']) {
    if (!(key in (page ?? {}))) problems.push(`/${key} is missing`);
  }
  if (!Array.isArray(page?.contents)) return [...problems, '/contents must be an array'];
  page.contents.forEach((entry, i) => problems.push(...orukProblems(schema, entry).map((p) => `/contents/${i}${p}`)));
  return problems;
}
