import { expect } from 'chai';
import { loadLocalHelpData, type LocalRoute } from '../../catalogue/localHelpData';

/**
 * The README's rules for an entry, checked on the shipped files: an unverified entry says
 * why (so the bot can say "check before you call"), an assessment route is never a bare
 * home page, and every read date is a real day.
 */
const data = loadLocalHelpData();

interface Entry {
  where: string;
  route: Pick<LocalRoute, 'url' | 'source' | 'sourceDate' | 'verified' | 'note'>;
}

const entries: Entry[] = [
  ...Object.entries(data.councils).flatMap(([code, c]) => [
    ...(c.assessment ? [{ where: `${code}.assessment`, route: c.assessment }] : []),
    ...(c.carersService ? [{ where: `${code}.carersService`, route: c.carersService }] : []),
  ]),
  ...data.services.map((s) => ({ where: `services.${s.id}`, route: s })),
];

/** A site's root with no query: a page addressed as `/?p=123` is a page, not the home page. */
function isBareHomePage(url: string): boolean {
  const u = new URL(url);
  return u.pathname.replace(/\/+$/, '') === '' && u.search === '';
}

describe('data/local-help entries (README rules)', () => {
  const homePages: Array<[string, boolean]> = [
    ['https://www.newcis.org.uk/', true],
    ['https://www.newcis.org.uk', true],
    ['https://falkirkhscp.org/?p=511787', false],
    ['https://gov.gg/communityservices', false],
  ];
  for (const [url, bare] of homePages) {
    it(`${url} is ${bare ? '' : 'not '}a bare home page`, () => {
      expect(isBareHomePage(url)).to.equal(bare);
    });
  }

  it('has entries to check', () => {
    expect(entries.length).to.be.greaterThan(200);
  });

  const rules: Array<[string, (e: Entry) => boolean]> = [
    ['every unverified entry carries a note saying why', (e) => e.route.verified || Boolean(e.route.note?.trim())],
    ['no assessment route is a bare home page', (e) => !e.where.endsWith('.assessment') || !e.route.url || !isBareHomePage(e.route.url)],
    [
      'every sourceDate is a real calendar day',
      (e) => {
        const d = new Date(`${e.route.sourceDate}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(e.route.sourceDate);
      },
    ],
    ['every source is a web address', (e) => /^https?:\/\//.test(e.route.source)],
  ];
  for (const [rule, ok] of rules) {
    it(rule, () => {
      expect(entries.filter((e) => !ok(e)).map((e) => e.where)).to.deep.equal([]);
    });
  }
});
