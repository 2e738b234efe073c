/** Counts letters per writing system: the first and often decisive language cue. */

export type ScriptName =
  | 'Latn' | 'Arab' | 'Beng' | 'Guru' | 'Gujr' | 'Hans'
  | 'Kana' | 'Hang' | 'Cyrl' | 'Deva' | 'Grek' | 'Hebr' | 'Thai' | 'Taml' | 'OtherLetters';

export type ScriptCounts = Partial<Record<ScriptName, number>>;

function scriptOf(code: number): ScriptName | null {
  if ((code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A) || (code >= 0xC0 && code <= 0x24F && code !== 0xD7 && code !== 0xF7) || (code >= 0x1E00 && code <= 0x1EFF)) return 'Latn';
  if ((code >= 0x0600 && code <= 0x06FF && !(code >= 0x0660 && code <= 0x0669) && !(code >= 0x06F0 && code <= 0x06F9) && code !== 0x060C && code !== 0x061F && code !== 0x061B && code !== 0x06D4)
    || (code >= 0x0750 && code <= 0x077F) || (code >= 0xFB50 && code <= 0xFDFF) || (code >= 0xFE70 && code <= 0xFEFF)) return 'Arab';
  if (code >= 0x0980 && code <= 0x09FF && !(code >= 0x09E6 && code <= 0x09EF)) return 'Beng';
  if (code >= 0x0A00 && code <= 0x0A7F && !(code >= 0x0A66 && code <= 0x0A6F)) return 'Guru';
  if (code >= 0x0A80 && code <= 0x0AFF && !(code >= 0x0AE6 && code <= 0x0AEF)) return 'Gujr';
  if ((code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3400 && code <= 0x4DBF) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0x20000 && code <= 0x2FA1F)) return 'Hans';
  if (code >= 0x3040 && code <= 0x30FF) return 'Kana';
  if ((code >= 0xAC00 && code <= 0xD7AF) || (code >= 0x1100 && code <= 0x11FF)) return 'Hang';
  if (code >= 0x0400 && code <= 0x04FF) return 'Cyrl';
  if (code >= 0x0900 && code <= 0x097F && !(code >= 0x0964 && code <= 0x096F)) return 'Deva';
  if (code >= 0x0370 && code <= 0x03FF) return 'Grek';
  if (code >= 0x0590 && code <= 0x05FF) return 'Hebr';
  if (code >= 0x0E00 && code <= 0x0E7F) return 'Thai';
  if (code >= 0x0B80 && code <= 0x0BFF) return 'Taml';
  return null;
}

const OTHER_LETTER = /\p{L}/u;

export function countScripts(text: string): { counts: ScriptCounts; letters: number } {
  const counts: ScriptCounts = {};
  let letters = 0;
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0)!) ?? (OTHER_LETTER.test(ch) ? 'OtherLetters' : null);
    if (!script) continue;
    counts[script] = (counts[script] ?? 0) + 1;
    letters++;
  }
  return { counts, letters };
}

/** The non-Latin script that dominates, if any holds at least a quarter of the letters. */
export function dominantScript(counts: ScriptCounts, letters: number): ScriptName | null {
  let best: ScriptName | null = null;
  let bestCount = 0;
  for (const [name, count] of Object.entries(counts) as [ScriptName, number][]) {
    if (name === 'Latn' || count <= bestCount) continue;
    best = name;
    bestCount = count;
  }
  if (best && bestCount * 4 >= letters) return best;
  return (counts.Latn ?? 0) > 0 ? 'Latn' : best;
}
