/**
 * npm run teams:package [-- --app-id GUID] [--teams-app-id GUID] [--app-version X.Y.Z] [--out DIR]
 * Builds the Teams app package (dist/teams/<name>-<version>.zip): manifest.json, color.png,
 * outline.png, validated offline against the manifest schema before it is written.
 * The bot id comes from MicrosoftAppId (environment or .env); exit 1 with a clear message otherwise.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from '../config';
import { loadOrganisations } from '../handoff/orgs';
import { buildAppPackage } from '../teams/appPackage';
import { buildManifest, isGuid, ManifestError } from '../teams/manifest';
import { validateManifest } from '../teams/validateManifest';

const PACKAGE_NAME = 'looking-after-someone';

export interface PackageResult {
  file: string;
  manifest: ReturnType<typeof buildManifest>;
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Builds and writes the package; throws ConfigError or ManifestError with a message for the person running it. */
export function buildTeamsPackage(argv: string[], env: Record<string, string | undefined>): PackageResult {
  const { values } = parseArgs({
    args: argv,
    options: {
      'app-id': { type: 'string' },
      'teams-app-id': { type: 'string' },
      'app-version': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const config = loadConfig(env);
  const botId = values['app-id'] ?? config.identity?.appId;
  if (!botId) throw new ConfigError('MicrosoftAppId', 'is required to build the Teams package (the bot id); set it in .env or pass --app-id');
  if (!isGuid(botId)) throw new ManifestError(`the bot id must be a GUID (MicrosoftAppId or --app-id), got "${botId}"`);
  const teamsAppId = values['teams-app-id'] ?? botId;
  if (!isGuid(teamsAppId)) throw new ManifestError(`--teams-app-id must be a GUID, got "${teamsAppId}"`);
  const org = loadOrganisations().get(config.defaultOrg);
  const version = values['app-version'] ?? appVersion();
  const manifest = buildManifest({
    botId,
    teamsAppId,
    version,
    developerName: org?.name ?? 'Support line',
    publicUrl: config.publicUrl,
  });
  const problems = validateManifest(manifest);
  if (problems.length) throw new ManifestError(`the manifest does not match the Teams schema:\n  ${problems.join('\n  ')}`);
  const dir = resolve(values.out ?? 'dist/teams');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${PACKAGE_NAME}-${version}.zip`);
  writeFileSync(file, buildAppPackage(manifest));
  return { file, manifest };
}

export function main(argv: string[], env: Record<string, string | undefined> = process.env): number {
  try {
    const { file } = buildTeamsPackage(argv, env);
    console.log(`Teams app package written to ${file}`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  dotenv.config({ quiet: true });
  process.exitCode = main(process.argv.slice(2));
}
