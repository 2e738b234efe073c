/** The crisis reply: the right numbers by category, flag and nation, always with a number. */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { concernContents, contactIdsFor, crisisContents } from '../../conversation/crisis';
import type { Content } from '../../channels/content';
import type { Nation } from '../../conversation/state';
import type { Translate } from '../../conversation/translate';
import { translatorFor } from '../../i18n';
import type { RiskAssessment } from '../../risk/types';
import type { RiskCategory, RiskFlag } from '../../core/risk';
import { LANGUAGES, type LanguageCode } from '../../core/languages';

const risk = (level: RiskAssessment['level'], categories: RiskCategory[], flags: RiskFlag[] = []): RiskAssessment => ({ level, categories, flags, ruleIds: [], rulesVersion: 't' });
const numbers = (contents: Content[]) => contents.flatMap((c) => (c.kind === 'contacts' ? c.contacts.map((x) => x.number) : []));
const words = (contents: Content[]) => contents.map((c) => (c.kind === 'contacts' ? [c.intro, ...c.contacts.map((x) => `${x.name}: ${x.number}`), c.outro].join('\n') : c.kind === 'text' ? c.text : '')).join('\n');
const en = translatorFor('en') as unknown as Translate;
const ctx = (nation?: Nation, language: LanguageCode = 'en', t: Translate = en) => ({ t, language, nation, org: 'Hearth' });

describe('crisisContents', () => {
  const table: { name: string; risk: RiskAssessment; nation?: Nation; includes: string[]; first?: string }[] = [
    { name: 'suicide, England', risk: risk('urgent', ['suicide_self_harm']), includes: ['116 123', 'text SHOUT to 85258', '111', '999'] },
    { name: 'abuse, England', risk: risk('urgent', ['abuse']), includes: ['0808 2000 247', '116 123', '999'] },
    { name: 'abuse, Wales', risk: risk('urgent', ['abuse']), nation: 'wales', includes: ['0808 80 10 800'] },
    { name: 'abuse, Scotland', risk: risk('urgent', ['abuse']), nation: 'scotland', includes: ['0800 027 1234'] },
    { name: 'abuse, Northern Ireland', risk: risk('urgent', ['abuse']), nation: 'northern_ireland', includes: ['0808 802 1414'] },
    { name: 'a child at risk', risk: risk('urgent', ['abuse'], ['child']), includes: ['0800 1111'], first: '0800 1111' },
    { name: 'an older person abused', risk: risk('urgent', ['abuse'], ['older_person']), includes: ['0808 808 8141'], first: '0808 808 8141' },
    { name: 'chemo emergency', risk: risk('emergency', ['medical_emergency'], ['chemotherapy']), includes: ['999', 'the number on the alert card'] },
    { name: 'medical emergency', risk: risk('emergency', ['medical_emergency']), includes: ['999'], first: '999' },
    { name: 'carer breakdown', risk: risk('urgent', ['carer_breakdown']), includes: ['116 123', '999'] },
  ];
  for (const row of table) {
    it(row.name, () => {
      const out = crisisContents(row.risk, ctx(row.nation));
      for (const n of row.includes) expect(numbers(out)).to.include(n);
      if (row.first) expect(numbers(out)[0]).to.equal(row.first);
      expect(numbers(out).length).to.be.within(1, 4);
      // The offer of a person is one yes/no question, last.
      const last = out[out.length - 1];
      expect(last.kind === 'text' && last.choices?.map((c) => c.value)).to.deep.equal(['yes', 'no']);
    });
  }

  it('abuse in England never gives the Welsh or Scottish line', () => {
    expect(numbers(crisisContents(risk('urgent', ['abuse']), ctx('england')))).not.to.include.members(['0808 80 10 800', '0800 027 1234']);
  });

  it('chemo: the alert card line comes first in the words', () => {
    const out = crisisContents(risk('emergency', ['medical_emergency'], ['chemotherapy']), ctx());
    expect(words(out)).to.match(/^Call the 24-hour chemo helpline on the alert card/);
  });

  it('999 is last for urgent, first for an emergency', () => {
    expect(contactIdsFor(risk('urgent', ['carer_breakdown'])).at(-1)).to.equal('emergency');
    expect(contactIdsFor(risk('emergency', ['medical_emergency']))[0]).to.equal('emergency');
  });

  const present = LANGUAGES.filter((lng) => existsSync(new URL(`../../locales/${lng}/`, import.meta.url)));
  for (const language of present) {
    it(`${language}: every crisis reply names a number, and non-English adds the interpreter note`, () => {
      const t = translatorFor(language) as unknown as Translate;
      for (const row of table) {
        const out = crisisContents(row.risk, ctx(row.nation, language, t));
        expect(words(out)).to.match(/\d{3}/);
        const note = t('crisis.language');
        if (language === 'en') expect(words(out)).not.to.include(note);
        else expect(words(out)).to.include(note);
      }
    });
  }

  it('concern: an acknowledgement and one yes/no offer of a person, hardship worded apart', () => {
    const out = concernContents(risk('concern', ['hardship']), ctx());
    expect(out).to.have.length(1);
    expect(words(out)).to.match(/heating, food/);
    expect(out[0].kind === 'text' && out[0].choices?.length).to.equal(2);
  });
});
