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
