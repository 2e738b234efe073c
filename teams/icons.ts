/**
 * The two icons a Teams app package needs, drawn from one shape (a heart):
 * color.png 192x192 on the accent colour, outline.png 32x32 white on transparent
 * (Teams tints the outline icon itself, so it must be white and alpha only).
 */
import { encodePng, type RgbaImage } from './png';

/** Also the manifest's accentColor, so the tile and the icon match. */
export const ACCENT_COLOR = '#1d4f91';

/** The classic heart curve (x² + y² − 1)³ − x²y³ ≤ 0, scaled to about [-1.2, 1.2]. */
function insideHeart(x: number, y: number): boolean {
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
}

/**
 * How much of the pixel at (px, py) the heart covers, 0..1, from 4x4 samples:
 * smooth edges without any randomness. `scale` is the heart's share of the image.
 */
function heartCoverage(px: number, py: number, size: number, scale: number): number {
  const samples = 4;
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const u = (px + (sx + 0.5) / samples) / size; // 0..1, left to right
      const v = (py + (sy + 0.5) / samples) / size; // 0..1, top to bottom
      const x = ((u - 0.5) * 2.6) / scale;
      const y = (-(v - 0.5) * 2.6 + 0.15) / scale; // the curve is taller at the top: nudge it to the centre
      if (insideHeart(x, y)) hits++;
    }
  }
  return hits / (samples * samples);
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** 192x192, opaque: a white heart on the accent colour. */
export function colorIcon(accent: string = ACCENT_COLOR): RgbaImage {
  const size = 192;
  const [r, g, b] = hexToRgb(accent);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = heartCoverage(x, y, size, 0.62);
      const i = (y * size + x) * 4;
      pixels[i] = Math.round(r + (255 - r) * c);
      pixels[i + 1] = Math.round(g + (255 - g) * c);
      pixels[i + 2] = Math.round(b + (255 - b) * c);
      pixels[i + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** 32x32: white everywhere, the heart only in the alpha channel. */
export function outlineIcon(): RgbaImage {
  const size = 32;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
      pixels[i + 3] = Math.round(255 * heartCoverage(x, y, size, 0.9));
    }
  }
  return { width: size, height: size, pixels };
}

export function iconFiles(accent: string = ACCENT_COLOR): { 'color.png': Buffer; 'outline.png': Buffer } {
  return { 'color.png': encodePng(colorIcon(accent)), 'outline.png': encodePng(outlineIcon()) };
}
