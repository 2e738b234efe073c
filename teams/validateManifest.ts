/**
 * Offline validation against the JSON schema that @microsoft/app-manifest ships
 * (draft-04, hence ajv-draft-04): nothing is fetched from the schema's URL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { MANIFEST_VERSION } from './manifest';

const require = createRequire(import.meta.url);

export function manifestSchemaPath(version: string = MANIFEST_VERSION): string {
  const root = require.resolve('@microsoft/app-manifest/package.json').replace(/package\.json$/, '');
  return `${root}build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
}

let compiled: ReturnType<Ajv04['compile']> | undefined;

/** Human-readable problems, empty when the manifest is valid. */
export function validateManifest(manifest: unknown): string[] {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(manifestSchemaPath(), 'utf8')) as object;
    // The schema uses description-like keywords ajv does not know: not strict.
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    compiled = ajv.compile(schema);
  }
  if (compiled(manifest)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
