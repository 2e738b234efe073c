/**
 * The Azure adapter against recorded answers (fixtures/responses.json) through a fake fetch: what it
 * sends, how it reads each answer, and that every failure is `unavailable`, logged without the
 * message text or the key. Time is moved by fake timers; no test depends on speed.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { createAzureContentSafety, CONTENT_SAFETY_API_VERSION } from '../../contentsafety';
import type { SecondOpinionResult } from '../../risk/secondOpinion';
import { ENDPOINT, hangingFetch, KEY, replaying, type SeenRequest } from './recorded';

const TEXT = 'I keep thinking everyone would be better off without me';

function logCapture() {
  const lines: unknown[] = [];
  return { lines, logger: { warn: (obj: unknown, msg?: string) => void lines.push([obj, msg]) } };
}

describe('contentsafety: Azure AI Content Safety adapter', () => {
  afterEach(() => sinon.restore());

  it('posts the documented request: text:analyze, api-version, key header, SelfHarm and Violence, four severity levels', async () => {
    const seen: SeenRequest[] = [];
    const client = createAzureContentSafety({ endpoint: ENDPOINT, key: KEY, timeoutMs: 700 }, logCapture().logger, replaying('docsSample', seen));
    await client.analyze(TEXT, 'en');
    expect(seen).to.have.length(1);
    expect(seen[0].url).to.equal(`https://example-cs.cognitiveservices.azure.com/contentsafety/text:analyze?api-version=${CONTENT_SAFETY_API_VERSION}`);
    expect(seen[0].init.method).to.equal('POST');
    expect(seen[0].init.headers).to.deep.include({ 'Ocp-Apim-Subscription-Key': KEY, 'Content-Type': 'application/json' });
    expect(JSON.parse(String(seen[0].init.body))).to.deep.equal({ text: TEXT, categories: ['SelfHarm', 'Violence'], outputType: 'FourSeverityLevels' });
    expect(seen[0].init.signal).to.be.instanceOf(AbortSignal);
    expect(client.name).to.equal('azure-content-safety');
    expect(client.version).to.equal('2024-09-01');
  });

  const CASES: { recorded: string; expected: SecondOpinionResult; logged?: Record<string, unknown> }[] = [
    { recorded: 'docsSample', expected: { kind: 'answered', severities: { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 } } },
    { recorded: 'low', expected: { kind: 'answered', severities: { SelfHarm: 2, Violence: 2 } } },
    { recorded: 'selfHarm4', expected: { kind: 'answered', severities: { SelfHarm: 4, Violence: 0 } } },
    { recorded: 'selfHarm6', expected: { kind: 'answered', severities: { SelfHarm: 6, Violence: 2 } } },
    { recorded: 'violence4', expected: { kind: 'answered', severities: { SelfHarm: 0, Violence: 4 } } },
    { recorded: 'unauthorized', expected: { kind: 'unavailable', reason: 'http' }, logged: { status: 401, code: '401' } },
    { recorded: 'tooManyRequests', expected: { kind: 'unavailable', reason: 'http' }, logged: { status: 429, code: '429' } },
    { recorded: 'serverError', expected: { kind: 'unavailable', reason: 'http' }, logged: { status: 500, code: 'InternalServerError' } },
    { recorded: 'malformedJson', expected: { kind: 'unavailable', reason: 'malformed' }, logged: { status: 200 } },
    // The 2023 preview's shape (selfHarmResult): not what this API version answers, so not read.
    { recorded: 'wrongShape', expected: { kind: 'unavailable', reason: 'malformed' } },
    { recorded: 'badSeverity', expected: { kind: 'unavailable', reason: 'malformed' } },
  ];

  for (const { recorded, expected, logged } of CASES) {
    it(`${recorded} → ${expected.kind === 'answered' ? JSON.stringify(expected.severities) : `unavailable (${expected.reason})`}`, async () => {
      const { lines, logger } = logCapture();
      const client = createAzureContentSafety({ endpoint: ENDPOINT, key: KEY, timeoutMs: 700 }, logger, replaying(recorded));
      expect(await client.analyze(TEXT)).to.deep.equal(expected);
      if (expected.kind === 'answered') expect(lines).to.deep.equal([]);
      else {
        expect(lines).to.have.length(1);
        const [fields] = lines[0] as [Record<string, unknown>];
        expect(fields).to.deep.include({ secondOpinion: 'azure-content-safety', reason: expected.kind === 'unavailable' ? expected.reason : '', ...logged });
      }
      const written = JSON.stringify(lines);
      expect(written).not.to.include('better off');
      expect(written).not.to.include(KEY);
    });
  }

  it('a connection that fails is unavailable (network)', async () => {
    const { lines, logger } = logCapture();
    const client = createAzureContentSafety({ endpoint: ENDPOINT, key: KEY, timeoutMs: 700 }, logger, () => Promise.reject(new TypeError('fetch failed')));
    expect(await client.analyze(TEXT)).to.deep.equal({ kind: 'unavailable', reason: 'network' });
    expect(JSON.stringify(lines)).to.include('TypeError').and.not.include('better off');
  });

  it('a service that never answers is aborted at the budget: unavailable (timeout), not before', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { lines, logger } = logCapture();
    const client = createAzureContentSafety({ endpoint: ENDPOINT, key: KEY, timeoutMs: 700 }, logger, hangingFetch);
    let result: SecondOpinionResult | undefined;
    const pending = client.analyze(TEXT).then((r) => (result = r));
    await clock.tickAsync(699);
    expect(result).to.equal(undefined);
    await clock.tickAsync(1);
    await pending;
    expect(result).to.deep.equal({ kind: 'unavailable', reason: 'timeout' });
    expect(lines).to.have.length(1);
  });

  it('a body that never finishes is aborted at the budget too', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stalled: typeof fetch = async (_url, init) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"categoriesAnalysis":['));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = createAzureContentSafety({ endpoint: ENDPOINT, key: KEY, timeoutMs: 700 }, logCapture().logger, stalled);
    const pending = client.analyze(TEXT);
    await clock.tickAsync(700);
    expect(await pending).to.deep.equal({ kind: 'unavailable', reason: 'timeout' });
  });
});
