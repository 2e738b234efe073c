import { expect } from 'chai';
import { andList, conjunctionList, dateTimeFormat, languageDisplayNames, languageName } from '../../core/intl';

describe('core/intl: formatters kept per locale and options', () => {
  const when = new Date('2026-11-23T14:30:00Z');
  for (const [locales, code] of [
    [['cy', 'en'], 'pl'],
    [['ar', 'en'], 'ur'],
    [['en', 'en'], 'pa'],
    [['zh', 'en'], 'bn'],
    [['pl', 'en'], 'en-GB'],
  ] as const) {
    it(`names ${code} in ${locales[0]} as a new Intl.DisplayNames does`, () => {
      const fresh = new Intl.DisplayNames([...locales], { type: 'language' }).of(code);
      expect(languageName(locales, code)).to.equal(fresh);
      expect(languageName(locales, code)).to.equal(fresh);
      expect(languageDisplayNames(locales)).to.equal(languageDisplayNames([...locales]));
    });
  }

  it('throws on a malformed code, as Intl does', () => {
    expect(() => languageName(['en'], 'not a code!')).to.throw(RangeError);
  });

  for (const locale of ['en-GB', 'cy', 'ar', 'zh']) {
    it(`formats a date in ${locale} as a new Intl.DateTimeFormat does, with one formatter per options`, () => {
      const options: Intl.DateTimeFormatOptions = { weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' };
      expect(dateTimeFormat(locale, options).format(when)).to.equal(new Intl.DateTimeFormat(locale, options).format(when));
      expect(dateTimeFormat(locale, { ...options })).to.equal(dateTimeFormat(locale, options));
      expect(dateTimeFormat(locale, { weekday: 'long', timeZone: 'Europe/London' })).not.to.equal(dateTimeFormat(locale, options));
    });
  }

  for (const locale of ['en', 'cy', 'pl', 'ar', 'zh']) {
    it(`joins a list in ${locale} as a new Intl.ListFormat does, with one formatter per locale`, () => {
      const names = ['England', 'Wales', 'Scotland'];
      expect(conjunctionList(locale).format(names)).to.equal(new Intl.ListFormat(locale, { type: 'conjunction' }).format(names));
      expect(conjunctionList(locale)).to.equal(conjunctionList(locale));
    });
  }

  // ICU's Welsh pattern is "a(c)": the reader's choice, and Web Chat's markdown shows "(c)" as ©.
  for (const [items, expected] of [
    [['Lloegr', 'yr Alban'], "Lloegr a'r Alban"],
    [['Cymru', 'yr Alban', 'Gogledd Iwerddon'], 'Cymru, yr Alban, a Gogledd Iwerddon'],
    [['Lloegr', 'Cymru'], 'Lloegr a Chymru'],
    [['Caerdydd', 'Powys'], 'Caerdydd a Phowys'],
    [['Powys', 'Torfaen'], 'Powys a Thorfaen'],
    [['Powys', 'Abertawe'], 'Powys ac Abertawe'],
    [['Powys', 'Wrecsam'], 'Powys ac Wrecsam'],
    [['Lloegr', 'Chwitffordd'], 'Lloegr a Chwitffordd'],
    [['Lloegr'], 'Lloegr'],
  ] as const) {
    it(`joins ${items.join(' + ')} in Welsh with the "and" the next word takes`, () => {
      expect(andList('cy', items)).to.equal(expected);
      expect(andList('cy', items)).not.to.contain('(c)');
    });
  }

  it('joins other languages as Intl.ListFormat does', () => {
    for (const locale of ['en', 'es', 'pl', 'ar', 'zh', 'ur'])
      expect(andList(locale, ['England', 'Wales'])).to.equal(new Intl.ListFormat(locale, { type: 'conjunction' }).format(['England', 'Wales']));
  });
});
