import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { LOCAL_HELP_FILES, loadLocalHelpData, validateLocalHelp } from '../../catalogue/localHelpData';

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
const SRC = 'https://example.gov.uk/carers';

function world() {
  return {
    councils: {
      version: '2026-12-06',
      councils: {
        E06000001: {
          name: 'A Council',
          nation: 'england',
          kind: 'unitary',
          registerSource: SRC,
          assessment: { url: SRC, source: SRC, sourceDate: '2026-12-06', verified: true },
        },
      } as Record<string, Record<string, unknown>>,
    },
    services: {
      version: '2026-12-06',
      services: [
        {
          id: 'centre',
          name: 'A Centre',
          kind: 'carers_centre',
          phone: '0300 000 0000',
          councils: ['E06000001'],
          source: SRC,
          sourceDate: '2026-12-06',
          verified: false,
        },
      ] as Array<Record<string, unknown>>,
    },
  };
}

describe('catalogue/localHelpData (schemas)', () => {
  it('accepts the shipped files', () => {
    expect(validateLocalHelp(read(LOCAL_HELP_FILES.councils), read(LOCAL_HELP_FILES.services))).to.deep.equal([]);
    const data = loadLocalHelpData();
    expect(Object.keys(data.councils).length).to.be.greaterThan(200);
  });

  it('accepts a well-formed small world', () => {
    const w = world();
    expect(validateLocalHelp(w.councils, w.services)).to.deep.equal([]);
  });

  const broken: Array<[string, (w: ReturnType<typeof world>) => void, RegExp]> = [
    [
      'a route with neither url nor phone',
      (w) => void (w.councils.councils.E06000001.assessment = { source: SRC, sourceDate: '2026-12-06', verified: true }),
      /must have required property/,
    ],
    ['a route without a source', (w) => void (w.councils.councils.E06000001.assessment = { url: SRC, sourceDate: '2026-12-06', verified: true }), /source/],
    ['a route without verified', (w) => void (w.councils.councils.E06000001.assessment = { url: SRC, source: SRC, sourceDate: '2026-12-06' }), /verified/],
    ['a made-up phone format', (w) => void (w.services.services[0].phone = '+44 (0) 300 000'), /pattern/],
    ['a bad date', (w) => void (w.services.services[0].sourceDate = '6 Dec 2026'), /pattern/],
    [
      'a council code that is not a code',
      (w) => void (w.councils.councils.hampshire = { name: 'Hampshire', nation: 'england', kind: 'county', registerSource: SRC }),
      /property name/,
    ],
    ['a service for an unknown council', (w) => void (w.services.services[0].councils = ['E06000099']), /unknown council code "E06000099"/],
    ['a duplicate service id', (w) => void w.services.services.push({ ...w.services.services[0] }), /duplicate id/],
    ['an unknown nation', (w) => void (w.councils.councils.E06000001.nation = 'sark'), /allowed values/],
    [
      'a carers service without a name',
      (w) => void (w.councils.councils.E06000001.carersService = { url: SRC, source: SRC, sourceDate: '2026-12-06', verified: true }),
      /name/,
    ],
  ];
  for (const [name, breakIt, message] of broken) {
    it(`rejects ${name}`, () => {
      const w = world();
      breakIt(w);
      const problems = validateLocalHelp(w.councils, w.services);
      expect(problems.map((p) => `${p.file} ${p.entry}: ${p.message}`).join('\n')).to.match(message);
    });
  }
});
