/** Counts letters per writing system: the first and often decisive language cue. */

export type ScriptName =
  'Latn' | 'Arab' | 'Beng' | 'Guru' | 'Gujr' | 'Hans' | 'Kana' | 'Hang' | 'Cyrl' | 'Deva' | 'Grek' | 'Hebr' | 'Thai' | 'Taml' | 'OtherLetters';

export type ScriptCounts = Partial<Record<ScriptName, number>>;

function scriptOf(code: number): ScriptName | null {
  if (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  )
    return 'Latn';
  if (
    (code >= 0x0600 &&
      code <= 0x06ff &&
      !(code >= 0x0660 && code <= 0x0669) &&
      !(code >= 0x06f0 && code <= 0x06f9) &&
      code !== 0x060c &&
      code !== 0x061f &&
      code !== 0x061b &&
      code !== 0x06d4) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  )
    return 'Arab';
  if (code >= 0x0980 && code <= 0x09ff && !(code >= 0x09e6 && code <= 0x09ef)) return 'Beng';
  if (code >= 0x0a00 && code <= 0x0a7f && !(code >= 0x0a66 && code <= 0x0a6f)) return 'Guru';
  if (code >= 0x0a80 && code <= 0x0aff && !(code >= 0x0ae6 && code <= 0x0aef)) return 'Gujr';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x2fa1f))
    return 'Hans';
  if (code >= 0x3040 && code <= 0x30ff) return 'Kana';
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) return 'Hang';
  if (code >= 0x0400 && code <= 0x04ff) return 'Cyrl';
  if (code >= 0x0900 && code <= 0x097f && !(code >= 0x0964 && code <= 0x096f)) return 'Deva';
  if (code >= 0x0370 && code <= 0x03ff) return 'Grek';
  if (code >= 0x0590 && code <= 0x05ff) return 'Hebr';
  if (code >= 0x0e00 && code <= 0x0e7f) return 'Thai';
  if (code >= 0x0b80 && code <= 0x0bff) return 'Taml';
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
