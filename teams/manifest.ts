/**
 * The Teams app manifest: teams/manifest.template.json (the wording lives there, so it can be
 * reviewed like any other text) with this deployment's ids and URLs filled in.
 */
import { readFileSync } from 'node:fs';
import { ACCENT_COLOR } from './icons';

/** The newest stable schema shipped by @microsoft/app-manifest (vDevPreview is not stable). */
export const MANIFEST_VERSION = '1.30';

const TEMPLATE_URL = new URL('./manifest.template.json', import.meta.url);
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface ManifestOptions {
  /** The bot's Microsoft App ID (MicrosoftAppId). */
  botId: string;
  /** The Teams app's own id; the bot id is a fine default (one bot, one app). */
  teamsAppId: string;
  /** Semver; Teams needs a higher one for every upload of a changed package. */
  version: string;
  /** Shown as "Created by": the organisation that runs this deployment (at most 32 characters). */
  developerName: string;
  /** PUBLIC_URL without the trailing slash. */
  publicUrl: string;
  accentColor?: string;
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

function fill(value: JsonValue, values: Record<string, string>): JsonValue {
  if (typeof value === 'string') {
    return value.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => {
      if (!(key in values)) throw new ManifestError(`manifest template uses an unknown placeholder {{${key}}}`);
      return values[key];
    });
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, values));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  return value;
}

export function buildManifest(options: ManifestOptions): { [key: string]: JsonValue } {
  const template = JSON.parse(readFileSync(TEMPLATE_URL, 'utf8')) as { [key: string]: JsonValue };
  const publicUrl = options.publicUrl.replace(/\/$/, '');
  return fill(template, {
    manifestVersion: MANIFEST_VERSION,
    version: options.version,
    teamsAppId: options.teamsAppId,
    botId: options.botId,
    // Teams cuts nothing itself: an over-long name would only fail validation.
    developerName: options.developerName.slice(0, 32),
    publicUrl,
    // host keeps a port (localhost:3978), as Teams Toolkit's local domains do.
    validDomain: new URL(publicUrl).host,
    accentColor: options.accentColor ?? ACCENT_COLOR,
  }) as { [key: string]: JsonValue };
}
