/**
 * Back-translations (locales/backtranslations/<lng>/<file>.json): each carries a hash of the English it
 * was made from, so a changed English string lists its translations as stale. `npx tsx scripts/locales-stale.ts`
 * prints the same list.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { checkBackTranslations, englishHash, type BackTranslation } from '../../scripts/lib/backTranslations';

const LOCALES = new URL('../../locales/', import.meta.url);
const placeholders = (s: string): string =>
  [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join();

describe('back-translations', () => {
  const report = checkBackTranslations();

  it('none is stale: every translation was back-translated from the English as it is now', () => {
    expect(report.stale, 'stale: re-check these translations, then update their back-translation and hash').to.deep.equal([]);
  });

  it('none is for a key English or the translation no longer has', () => expect(report.orphaned).to.deep.equal([]));

  it('the hand-off wording is back-translated in every language', () => {
    const english = JSON.parse(readFileSync(new URL('en/handoff.json', LOCALES), 'utf8')) as Record<string, string>;
    for (const lng of Object.keys(report.coverage)) {
      const back = JSON.parse(readFileSync(new URL(`backtranslations/${lng}/handoff.json`, LOCALES), 'utf8')) as Record<string, BackTranslation>;
      expect(Object.keys(back).sort(), lng).to.deep.equal(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(back)) expect(placeholders(entry.back), `${lng} ${key}`).to.equal(placeholders(english[key]));
    }
  });

  it('finds a translation whose English changed, on fixtures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-'));
    try {
      for (const folder of ['en', 'pl', 'backtranslations/pl']) mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, 'en/a.json'), JSON.stringify({ hello: 'Hello now', bye: 'Bye' }));
      writeFileSync(join(dir, 'pl/a.json'), JSON.stringify({ hello: 'Cześć', bye: 'Pa' }));
      const back: Record<string, BackTranslation> = {
        hello: { en: englishHash('Hello'), back: 'Hi' },
        bye: { en: englishHash('Bye'), back: 'Bye' },
        gone: { en: englishHash('Gone'), back: 'Gone' },
      };
      writeFileSync(join(dir, 'backtranslations/pl/a.json'), JSON.stringify(back));
      const found = checkBackTranslations(pathToFileURL(`${dir}/`));
      expect(found.stale).to.deep.equal(['pl/a.json: hello']);
      expect(found.orphaned).to.deep.equal(['pl/a.json: gone']);
      expect(found.coverage.pl).to.deep.equal({ done: 1, of: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
