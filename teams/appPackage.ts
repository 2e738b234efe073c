/**
 * The app package Teams accepts: a zip with manifest.json and the two icons at its root.
 * Fixed timestamps, so the same inputs give the same bytes.
 */
import { strToU8, zipSync } from 'fflate';
import { iconFiles } from './icons';
import type { JsonValue } from './manifest';

const FIXED_MTIME = new Date(2026, 0, 1, 0, 0, 0);

export function buildAppPackage(manifest: { [key: string]: JsonValue }): Uint8Array {
  const accent = typeof manifest.accentColor === 'string' ? manifest.accentColor : undefined;
  const icons = iconFiles(accent);
  return zipSync(
    {
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      'color.png': icons['color.png'],
      'outline.png': icons['outline.png'],
    },
    { level: 9, mtime: FIXED_MTIME },
  );
}
