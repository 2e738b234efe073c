import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import sinon from 'sinon';
import { cluConfigComplete, cluUrl, createCluRecognizer, meaningOfIntent } from '../../understanding/clu';
import { recognizeSync } from '../../understanding/recognizer';
import { COMMANDS } from '../../understanding/types';
import { TOPIC_IDS } from '../../core/topics';
import { cluConfig, fixture } from './cluFixtures';

const CONFIG = cluConfig(50);
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('understanding/clu', () => {
  afterEach(() => sinon.restore());

  it('posts the Conversation request with the key header', async () => {
    const stub = sinon.stub(globalThis, 'fetch').resolves(json(fixture('clu-money.json')));
    await createCluRecognizer(CONFIG).recognize("we can't keep up with the bills since I stopped work", {});
    const [url, init] = stub.firstCall.args as [string, RequestInit];
    expect(url).to.equal('https://example.cognitiveservices.azure.com/language/:analyze-conversations?api-version=2023-04-01');
    expect((init.headers as Record<string, string>)['Ocp-Apim-Subscription-Key']).to.equal('test-key');
    const body = JSON.parse(String(init.body)) as { kind: string; parameters: { projectName: string; deploymentName: string } };
    expect(body.kind).to.equal('Conversation');
    expect(body.parameters).to.include({ projectName: 'carers-support', deploymentName: 'production' });
  });

  it('maps intents to topics, keeps embedded language and entities', async () => {
    sinon.stub(globalThis, 'fetch').resolves(json(fixture('clu-money.json')));
    const text = "we can't keep up with the bills since I stopped work, my mum has cancer";
    const u = await createCluRecognizer(CONFIG).recognize(text, {});
    expect(u.source).to.equal('clu');
    expect(u.topics.map((t) => t.id)).to.deep.equal(['money', 'work']);
    expect(u.language).to.deep.equal(recognizeSync(text, {}).language);
    expect(u.entities.caredFor[0]?.relation).to.equal('mother');
  });

  it('maps cmd_ intents to commands', async () => {
    sinon.stub(globalThis, 'fetch').resolves(json(fixture('clu-command.json')));
    const u = await createCluRecognizer(CONFIG).recognize('could you wipe whatever you know about me', {});
    expect(u.command).to.equal('delete_data');
  });

  for (const [name, make] of [
    ['an HTTP error', () => Promise.resolve(json(fixture('clu-error.json'), 401))],
    ['a network failure', () => Promise.reject(new TypeError('fetch failed'))],
    ['a malformed body', () => Promise.resolve(new Response('not json', { status: 200 }))],
  ] as const) {
    it(`falls back to the embedded answer on ${name}`, async () => {
      sinon.stub(globalThis, 'fetch').callsFake(make);
      const u = await createCluRecognizer(CONFIG).recognize('they are sending him home tomorrow', {});
      expect(u).to.deep.equal(recognizeSync('they are sending him home tomorrow', {}));
    });
  }

  it('answers with the embedded recognizer when the time budget runs out', async () => {
    sinon.stub(globalThis, 'fetch').callsFake(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          (init?.signal as AbortSignal).addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    // A fake clock: the budget runs out at exactly 20 ms of timer time, however busy the machine is.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled = false;
    const answer = createCluRecognizer({ ...CONFIG, timeoutMs: 20 })
      .recognize('I need a break', {})
      .finally(() => (settled = true));
    await clock.tickAsync(19);
    expect(settled, 'still waiting within the budget').to.equal(false);
    await clock.tickAsync(1);
    expect((await answer).source).to.equal('embedded');
  });

  it('every topic and command has an intent, and the export lists them all', () => {
    for (const topic of TOPIC_IDS) expect(meaningOfIntent(topic)).to.deep.equal({ topic });
    for (const command of COMMANDS) expect(meaningOfIntent(`cmd_${command}`)).to.deep.equal({ command });
    expect(meaningOfIntent('None')).to.equal(null);
    const project = JSON.parse(readFileSync(new URL('../../data/understanding/clu-project.json', import.meta.url), 'utf8')) as {
      assets: { intents: { category: string }[] };
    };
    const intents = project.assets.intents.map((i) => i.category);
    for (const topic of TOPIC_IDS) expect(intents).to.include(topic);
  });

  it('is off unless fully configured', () => {
    expect(cluConfigComplete(undefined)).to.equal(false);
    expect(cluConfigComplete({ endpoint: 'x', key: '' })).to.equal(false);
    expect(cluConfigComplete(CONFIG)).to.equal(true);
    expect(cluUrl('https://x.example/')).to.match(/^https:\/\/x\.example\/language\/:analyze-conversations\?api-version=2023-04-01$/);
  });
});
