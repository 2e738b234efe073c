import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  adviceLineOpen,
  checkOrganisation,
  contrastRatio,
  isExactOrigin,
  loadOrganisations,
  nextOpening,
  OrganisationError,
  type Organisation,
} from '../../handoff/orgs';

/** A valid organisation file's content; each case below breaks one field. */
function goodOrg(): Record<string, unknown> {
  return {
    id: 'good',
    name: 'Good Carers (test)',
    demo: true,
    adviceLine: {
      phone: '0300 123 4567',
      hours: [{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }],
      closedDates: ['2026-12-25'],
    },
    languages: ['en', 'cy'],
    colours: { primary: '#1d4f91', accent: '#ffd23f' },
    logo: 'orgs/demo.svg',
    greeting: { en: 'Hello.', cy: 'Helo.' },
    allowedOrigins: ['https://www.example.org', 'http://localhost:3978'],
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are edited field by field
type Change = (org: Record<string, any>) => void;

const BAD: Array<{ name: string; change: Change; field: RegExp }> = [
  { name: 'no name', change: (o) => delete o.name, field: /name is required/ },
  { name: 'an unknown field', change: (o) => (o.colour = '#000000'), field: /colour is not a known field/ },
  { name: 'an id unlike its file name', change: (o) => (o.id = 'other'), field: /id must match the file name/ },
  { name: 'an id with capitals', change: (o) => (o.id = 'Good'), field: /^.*id has the wrong form/ },
  { name: 'no advice line phone', change: (o) => delete o.adviceLine.phone, field: /adviceLine\.phone is required/ },
  { name: 'a phone with letters', change: (o) => (o.adviceLine.phone = 'call us'), field: /adviceLine\.phone has the wrong form/ },
  { name: 'an hour not HH:MM', change: (o) => (o.adviceLine.hours[0].opens_at = '9am'), field: /adviceLine\.hours\[0\]\.opens_at has the wrong form/ },
  { name: 'a made-up weekday', change: (o) => (o.adviceLine.hours[0].byday = 'MO,XX'), field: /adviceLine\.hours\[0\]\.byday has the wrong form/ },
  {
    name: 'opening and closing at the same time',
    change: (o) => (o.adviceLine.hours[0].closes_at = '09:00'),
    field: /adviceLine\.hours\[0\] opens_at and closes_at are the same/,
  },
  { name: 'a closed date not ISO', change: (o) => (o.adviceLine.closedDates = ['25/12/2026']), field: /adviceLine\.closedDates\[0\] has the wrong form/ },
  { name: 'a language we do not write', change: (o) => (o.languages = ['en', 'fr']), field: /languages\[1\] must be one of/ },
  { name: 'no languages', change: (o) => (o.languages = []), field: /languages must NOT have fewer than 1 items/ },
  { name: 'no colours', change: (o) => delete o.colours, field: /colours is required/ },
  { name: 'a colour not hex', change: (o) => (o.colours.primary = 'navy'), field: /colours\.primary has the wrong form/ },
  {
    name: 'a primary too light for white text',
    change: (o) => (o.colours.primary = '#7fa7d9'),
    field: /colours\.primary #7fa7d9 has contrast .* needs 4\.5:1/,
  },
  { name: 'an accent lost on the primary', change: (o) => (o.colours.accent = '#1d4f92'), field: /colours\.accent #1d4f92 has contrast .* needs 3:1/ },
  { name: 'a remote logo', change: (o) => (o.logo = 'https://cdn.example.org/logo.svg'), field: /logo has the wrong form/ },
  { name: 'a logo that is not there', change: (o) => (o.logo = 'orgs/missing.svg'), field: /logo web\/static\/orgs\/missing\.svg does not exist/ },
  { name: 'no English greeting', change: (o) => (o.greeting = { cy: 'Helo.' }), field: /greeting\.en is required/ },
  { name: 'a greeting in a language not offered', change: (o) => (o.greeting.pl = 'Cześć.'), field: /greeting\.pl is for a language not in languages/ },
  { name: 'no allowed origins list', change: (o) => delete o.allowedOrigins, field: /allowedOrigins is required/ },
  { name: 'an origin with a path', change: (o) => (o.allowedOrigins = ['https://www.example.org/help']), field: /allowedOrigins\[0\] .* exact origin/ },
  { name: 'a wildcard origin', change: (o) => (o.allowedOrigins = ['https://*.example.org']), field: /allowedOrigins\[0\] .* exact origin/ },
  { name: 'an origin with a trailing slash', change: (o) => (o.allowedOrigins = ['https://www.example.org/']), field: /allowedOrigins\[0\] .* exact origin/ },
  { name: 'an unknown region', change: (o) => (o.preferRegion = 'atlantis'), field: /preferRegion "atlantis" is not a region/ },
];

describe('organisations (data/orgs)', () => {
  describe('the shipped files', () => {
    const orgs = loadOrganisations();

    it('load: the demo and a second, Welsh, demo organisation', () => {
      expect([...orgs.keys()]).to.include.members(['demo', 'valleys']);
      expect(orgs.get('valleys')!.languages[0]).to.equal('cy');
      for (const org of orgs.values()) expect(org.demo, org.id).to.equal(true);
    });

    it('let the local demo page embed the demo chat', () => {
      expect(orgs.get('demo')!.allowedOrigins).to.include.members(['http://localhost:3978', 'http://127.0.0.1:3978']);
    });

    it('keep the demo organisation as it was', () => {
      const demo = orgs.get('demo')!;
      expect(demo.name).to.equal('Hearth Support Line (demo)');
      expect(demo.adviceLine.phone).to.equal('0300 123 4567');
      expect(demo.languages).to.have.length(12);
    });
  });

  describe('a file', () => {
    it('passes when every field is good', () => {
      const org = checkOrganisation(goodOrg(), 'good.json');
      expect(org.id).to.equal('good');
    });

    it('gets an empty closedDates when it has none', () => {
      const data = goodOrg();
      delete (data.adviceLine as Record<string, unknown>).closedDates;
      expect(checkOrganisation(data, 'good.json').adviceLine.closedDates).to.deep.equal([]);
    });

    for (const { name, change, field } of BAD) {
      it(`with ${name} is refused, naming the file and the field`, () => {
        const data = goodOrg();
        change(data);
        expect(() => checkOrganisation(data, 'good.json'))
          .to.throw(OrganisationError, /^data\/orgs\/good\.json: /)
          .with.property('message')
          .that.matches(field);
      });
    }
  });

  describe('loading a folder', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'orgs-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const folder = () => pathToFileURL(`${dir}/`);

    it('names a file that is not JSON', () => {
      writeFileSync(path.join(dir, 'broken.json'), '{ "id": ');
      expect(() => loadOrganisations(folder())).to.throw(/data\/orgs\/broken\.json: not valid JSON/);
    });

    it('loads every good file by its id', () => {
      writeFileSync(path.join(dir, 'good.json'), JSON.stringify(goodOrg()));
      expect([...loadOrganisations(folder()).keys()]).to.deep.equal(['good']);
    });
  });

  describe('exact origins', () => {
    const cases: Array<[string, boolean]> = [
      ['https://www.example.org', true],
      ['http://localhost:3978', true],
      ['https://www.example.org:8443', true],
      ['https://www.example.org/', false],
      ['https://www.example.org/path', false],
      ['https://*.example.org', false],
      ['http://localhost:*', false],
      ['ftp://example.org', false],
      ['example.org', false],
      ['https://WWW.example.org', false],
    ];
    for (const [origin, ok] of cases) it(`${origin} is ${ok ? '' : 'not '}exact`, () => expect(isExactOrigin(origin)).to.equal(ok));
  });

  describe('contrast', () => {
    const cases: Array<[string, string, number]> = [
      ['#000000', '#ffffff', 21],
      ['#ffffff', '#ffffff', 1],
      ['#767676', '#ffffff', 4.54],
      ['#1d4f91', '#ffffff', 8.14],
    ];
    for (const [a, b, ratio] of cases) it(`${a} on ${b} is ${ratio}:1`, () => expect(contrastRatio(a, b)).to.be.closeTo(ratio, 0.01));
  });

  describe('advice-line hours', () => {
    const org = checkOrganisation(goodOrg(), 'good.json') as Organisation;
    it('is open on a weekday afternoon and closed on a closed date', () => {
      expect(adviceLineOpen(org, new Date('2026-11-24T14:00:00Z'))).to.equal(true);
      expect(adviceLineOpen(org, new Date('2026-12-25T12:00:00Z'))).to.equal(false);
    });
    it('finds the next opening after a Friday evening', () => {
      expect(nextOpening(org, new Date('2026-11-27T18:00:00Z'))!.toISOString()).to.equal('2026-11-30T09:00:00.000Z');
    });
    it('answers as a fresh scan at every minute around openings and closed dates, kept answer or not', () => {
      // A copy of the line is a line never asked about: nextOpening scans afresh for it.
      const fresh = (now: Date) => nextOpening({ ...org, adviceLine: { ...org.adviceLine } }, now)?.toISOString();
      for (const [from, minutes] of [
        ['2026-11-27T16:40:00Z', 150], // Friday's closing and the weekend after
        ['2026-11-30T08:40:00Z', 40], // Monday's opening
        ['2026-12-24T16:50:00Z', 30], // before a closed date
      ] as const) {
        for (let m = 0; m < minutes; m++) {
          for (const seconds of [0, 1, 59]) {
            const now = new Date(Date.parse(from) + m * 60_000 + seconds * 1000);
            expect(nextOpening(org, now)?.toISOString(), now.toISOString()).to.equal(fresh(now));
          }
        }
      }
    });
  });
});
