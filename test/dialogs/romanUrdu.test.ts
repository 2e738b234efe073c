/** Roman Urdu is answered in Roman Urdu (a script kept with the language), with Urdu script or English offered. */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createI18n, translatorFor } from '../../i18n';
import { startBot } from './botHarness';

const ROMAN = 'assalam o alaikum, meri ammi ko cancer hai, paison ki madad chahiye';
const URDU_SCRIPT = /[\u0600-\u06FF]{3}/;

describe('Roman Urdu', () => {
  it('is answered in Roman Urdu, left to right, with Urdu script or English offered', async () => {
    const bot = await startBot();
    const first = await bot.say(ROMAN);
    expect(first.text).to.match(/Assalam o alaikum/);
    expect(first.choices).to.include.members(['Roman Urdu', 'اردو', 'English']);
    expect(first.activities.filter((a) => a.type === 'message').every((a) => a.locale === 'ur-Latn')).to.equal(true);
    const data = await bot.data();
    expect(data).to.include({ language: 'ur', script: 'Latn' });
    await bot.close();
  });

  it('switches to Urdu script when chosen, and back to Roman Urdu', async () => {
    const bot = await startBot();
    await bot.say(ROMAN);
    const script = await bot.say({ text: 'اردو', value: { action: 'lang:ur' } });
    expect(script.text).to.match(URDU_SCRIPT);
    expect(await bot.data()).to.include({ language: 'ur', languageChosen: true });
    expect((await bot.data())?.script).to.equal(undefined);
    const roman = await bot.say({ text: 'Roman Urdu', value: { action: 'lang:ur-Latn' } });
    expect(roman.text).to.match(/Roman Urdu mein likhunga/);
    expect(await bot.data()).to.include({ language: 'ur', script: 'Latn' });
    await bot.close();
  });

  it('falls back to English, never to Urdu script, where a Roman Urdu wording is missing', () => {
    const roman = translatorFor('ur-Latn');
    expect(roman('situation.howAreYou.question')).to.equal('Aur aap ki apni tabiyat kaisi hai?');
    // Every shipped string has a Roman Urdu wording now, so the fallback is checked on a folder of its own.
    const dir = mkdtempSync(join(tmpdir(), 'urlatn-'));
    for (const [lng, text] of [
      ['en', '{"a":"Hello"}'],
      ['ur', '{"a":"سلام"}'],
      ['ur-Latn', '{}'],
    ]) {
      mkdirSync(join(dir, lng));
      writeFileSync(join(dir, lng, 'x.json'), text);
    }
    try {
      expect(translatorFor('ur-Latn', createI18n(pathToFileURL(`${dir}/`)))('x.a')).to.equal('Hello');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(roman('crisis.failsafe')).to.match(/Agar abhi madad chahiye/);
    expect(roman('handoff.closed', { org: 'X', opens: 'Monday 09:00' })).to.match(/advice line abhi band hai/);
  });
});
