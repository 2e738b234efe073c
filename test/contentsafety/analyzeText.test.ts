/** The pure half of the adapter: the URL, the body, the service's text limit and the reading of an answer. */
import { expect } from 'chai';
import { analyzeTextBody, analyzeTextUrl, cutToLimit, MAX_TEXT_CODE_POINTS, readSeverities } from '../../contentsafety';

describe('contentsafety: text:analyze request and answer', () => {
  it('builds the URL from an endpoint with or without a trailing slash', () => {
    for (const endpoint of ['https://x.cognitiveservices.azure.com', 'https://x.cognitiveservices.azure.com/', 'https://x.cognitiveservices.azure.com//'])
      expect(analyzeTextUrl(endpoint)).to.equal('https://x.cognitiveservices.azure.com/contentsafety/text:analyze?api-version=2024-09-01');
  });

  it('cuts text to the service limit in code points, never splitting a surrogate pair', () => {
    const cases: [string, number, string][] = [
      ['short', 10, 'short'],
      ['abcdef', 3, 'abc'],
      ['😀😀😀', 2, '😀😀'],
      ['a😀b', 2, 'a😀'],
    ];
    for (const [text, limit, expected] of cases) expect(cutToLimit(text, limit)).to.equal(expected);
    const long = 'x'.repeat(MAX_TEXT_CODE_POINTS + 5);
    expect(analyzeTextBody(long).text).to.have.length(MAX_TEXT_CODE_POINTS);
    const emoji = '😀'.repeat(MAX_TEXT_CODE_POINTS + 1);
    expect([...analyzeTextBody(emoji).text]).to.have.length(MAX_TEXT_CODE_POINTS);
  });

  const ANSWERS: [string, unknown, ReturnType<typeof readSeverities>][] = [
    [
      'all four',
      {
        categoriesAnalysis: [
          { category: 'Hate', severity: 0 },
          { category: 'SelfHarm', severity: 4 },
          { category: 'Sexual', severity: 0 },
          { category: 'Violence', severity: 6 },
        ],
      },
      { Hate: 0, SelfHarm: 4, Sexual: 0, Violence: 6 },
    ],
    ['eight levels', { categoriesAnalysis: [{ category: 'SelfHarm', severity: 5 }] }, { SelfHarm: 5 }],
    [
      'an unknown category is skipped',
      {
        categoriesAnalysis: [
          { category: 'Jailbreak', severity: 6 },
          { category: 'SelfHarm', severity: 0 },
        ],
      },
      { SelfHarm: 0 },
    ],
    ['empty analysis', { categoriesAnalysis: [] }, {}],
    ['no analysis', { blocklistsMatch: [] }, undefined],
    ['null', null, undefined],
    ['a string', 'ok', undefined],
    ['severity out of range', { categoriesAnalysis: [{ category: 'SelfHarm', severity: 9 }] }, undefined],
    ['severity negative', { categoriesAnalysis: [{ category: 'SelfHarm', severity: -1 }] }, undefined],
    ['severity not a number', { categoriesAnalysis: [{ category: 'Violence', severity: '4' }] }, undefined],
    ['severity missing', { categoriesAnalysis: [{ category: 'Violence' }] }, undefined],
    ['an item that is null', { categoriesAnalysis: [null, { category: 'SelfHarm', severity: 2 }] }, { SelfHarm: 2 }],
  ];
  for (const [label, body, expected] of ANSWERS) it(`reads ${label}`, () => expect(readSeverities(body)).to.deep.equal(expected));
});
