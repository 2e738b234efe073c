/**
 * An uploaded logo: a PNG (checked by its signature and header) or an SVG through the
 * allow-list parser (svg.ts), within a size limit. Stored under a name made of the
 * organisation's id and a hash of the content, so a new logo is a new URL (no stale caches).
 */
import { createHash } from 'node:crypto';
import { sanitiseSvg, SvgRefused } from './svg';

export const MAX_LOGO_BYTES = 100 * 1024;
export const MAX_LOGO_PIXELS = 2048;

export interface StoredLogo {
  /** "uploads/<org>-<hash>.png": the Organisation's `logo` field. */
  path: string;
  contentType: 'image/png' | 'image/svg+xml';
  base64: string;
}

export type LogoResult = { ok: true; logo: StoredLogo } | { ok: false; problem: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngProblem(bytes: Buffer): string | undefined {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'the file is not a PNG image';
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return 'the PNG image has no header';
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width === 0 || height === 0 || width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS)
    return `the PNG image is ${width}×${height} pixels; at most ${MAX_LOGO_PIXELS}×${MAX_LOGO_PIXELS}`;
  return undefined;
}

/** `type` is what the browser said; the content decides. */
export function checkLogo(org: string, type: string, base64: string): LogoResult {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return { ok: false, problem: 'the file could not be read' };
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: `the file is ${Math.ceil(bytes.length / 1024)} KB; at most ${MAX_LOGO_BYTES / 1024} KB` };
  let body: Buffer;
  let extension: 'png' | 'svg';
  if (type === 'image/png') {
    const problem = pngProblem(bytes);
    if (problem) return { ok: false, problem };
    body = bytes;
    extension = 'png';
  } else if (type === 'image/svg+xml') {
    try {
      body = Buffer.from(sanitiseSvg(bytes.toString('utf8')), 'utf8');
    } catch (error) {
      if (error instanceof SvgRefused) return { ok: false, problem: `the SVG was refused: ${error.message}` };
      throw error;
    }
    extension = 'svg';
  } else return { ok: false, problem: 'a logo must be a PNG or an SVG image' };
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return {
    ok: true,
    logo: { path: `uploads/${org}-${hash}.${extension}`, contentType: extension === 'png' ? 'image/png' : 'image/svg+xml', base64: body.toString('base64') },
  };
}
