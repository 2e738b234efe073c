/**
 * The turn's second opinion (bots/secondOpinion.ts, wired by app.ts): off unless configured, asked
 * only below urgent, its raise reaching the reply, and a client that hangs costing at most its
 * budget (the fail-safe still within 3 s with a hung store too). Time is moved by fake timers and
 * the tests assert on what was said, never on how long it took.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { withSecondOpinion, type SecondOpinionDeps } from '../../bots/secondOpinion';
import { DEFAULT_THRESHOLDS, type SecondOpinionResult } from '../../risk/secondOpinion';
import { assessRisk } from '../../risk';
import type { RiskAssessment } from '../../risk/types';
import { TimedStorage } from '../../storage';
import { ENDPOINT, KEY, recordedResponse } from '../contentsafety/recorded';
import { startBot, type Seen } from '../dialogs/botHarness';
import { FakeSecondOpinion, type Script } from '../risk/fakeSecondOpinion';
import { HangingStorage } from '../storage/hangingStorage';

/** Rated none by the embedded engine: only a second opinion can raise it. */
const CALM = 'Tell me about respite care';
const URGENT = 'I want to kill myself tonight';
const SUICIDE_NUMBERS = [/116 123/, /999/];
const BUDGET_MS = 700;
const silent = { warn: () => undefined };

const deps = (script: Script, budgetMs = BUDGET_MS): SecondOpinionDeps & { client: FakeSecondOpinion } => ({
  client: new FakeSecondOpinion(script),
  thresholds: DEFAULT_THRESHOLDS,
  budgetMs,
});

const fixed = (level: RiskAssessment['level'], categories: RiskAssessment['categories'] = []): RiskAssessment => ({
  level,
  categories,
  ruleIds: [],
  flags: [],
  rulesVersion: 'r',
  modelVersion: 'm',
});

describe('bots: the second opinion step', () => {
  afterEach(() => sinon.restore());

  it('off: the embedded assessment as it is, nothing asked', async () => {
    const embedded = fixed('none');
    expect(await withSecondOpinion(undefined, silent, CALM, embedded)).to.equal(embedded);
  });

  const CASES: { label: string; script: Script; text: string; embedded: RiskAssessment; asked: boolean; level: string; outcome?: string }[] = [
    { label: 'an empty message (a welcome) is not sent', script: {}, text: ' ', embedded: fixed('none'), asked: false, level: 'none' },
    {
      label: 'urgent already: not sent, recorded as not asked',
      script: {},
      text: URGENT,
      embedded: fixed('urgent', ['suicide_self_harm']),
      asked: false,
      level: 'urgent',
      outcome: 'not_asked',
    },
    {
      label: 'emergency already: not sent',
      script: {},
      text: URGENT,
      embedded: fixed('emergency', ['medical_emergency']),
      asked: false,
      level: 'emergency',
      outcome: 'not_asked',
    },
    {
      label: 'none, self-harm 6: urgent',
      script: { [CALM]: { SelfHarm: 6 } },
      text: CALM,
      embedded: fixed('none'),
      asked: true,
      level: 'urgent',
      outcome: 'raised',
    },
    {
      label: 'concern, violence 4: urgent',
      script: { [CALM]: { Violence: 4 } },
      text: CALM,
      embedded: fixed('concern', ['carer_breakdown']),
      asked: true,
      level: 'urgent',
      outcome: 'raised',
    },
    {
      label: 'none, low severities: none',
      script: { [CALM]: { SelfHarm: 2, Violence: 2 } },
      text: CALM,
      embedded: fixed('none'),
      asked: true,
      level: 'none',
      outcome: 'no_raise',
    },
    {
      label: 'unavailable: the embedded level',
      script: { [CALM]: 'unavailable' },
      text: CALM,
      embedded: fixed('concern'),
      asked: true,
      level: 'concern',
      outcome: 'unavailable',
    },
    {
      label: 'a client that throws: unavailable',
      script: { [CALM]: 'throw' },
      text: CALM,
      embedded: fixed('concern'),
      asked: true,
      level: 'concern',
      outcome: 'unavailable',
    },
  ];
  for (const c of CASES) {
    it(c.label, async () => {
      const second = deps(c.script);
      const out = await withSecondOpinion(second, silent, c.text, c.embedded, 'en-GB');
      expect(second.client.asked).to.have.length(c.asked ? 1 : 0);
      expect(out.level).to.equal(c.level);
      expect(out.secondOpinion?.outcome).to.equal(c.outcome);
    });
  }

  it('a client that breaks its contract (an answer without severities): the embedded level, unavailable', async () => {
    const broken: SecondOpinionDeps = {
      client: { name: 'broken', version: '0', analyze: async () => ({ kind: 'answered' }) as unknown as SecondOpinionResult },
      thresholds: DEFAULT_THRESHOLDS,
      budgetMs: BUDGET_MS,
    };
    const out = await withSecondOpinion(broken, silent, CALM, fixed('concern'));
    expect([out.level, out.secondOpinion?.outcome]).to.deep.equal(['concern', 'unavailable']);
  });

  it('a client that never answers: unavailable once the budget is spent, not before', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let out: RiskAssessment | undefined;
    const pending = withSecondOpinion(deps({ [CALM]: 'hang' }), silent, CALM, fixed('concern')).then((r) => (out = r));
    await clock.tickAsync(BUDGET_MS - 1);
    expect(out).to.equal(undefined);
    await clock.tickAsync(1);
    await pending;
    expect(out?.level).to.equal('concern');
    expect(out?.secondOpinion?.outcome).to.equal('unavailable');
  });
});

describe('bots: the second opinion in a turn', () => {
  afterEach(() => sinon.restore());

  it('off unless configured: no fetch at all, nothing recorded', async () => {
    const fetch = sinon.stub(globalThis, 'fetch').rejects(new Error('no network in tests'));
    const h = await startBot();
    expect(h.app.config.contentSafety).to.equal(undefined);
    await h.say(CALM);
    await h.say('I am so exhausted, I cannot cope with looking after mum anymore');
    expect(fetch.called).to.equal(false);
    const versions = (await h.data())?.riskVersions as Record<string, unknown>;
    expect(versions).to.have.keys('rules', 'model');
    await h.close();
  });

  it('configured: app.ts asks Azure through fetch (recorded self-harm 6) and the raise reaches the reply', async () => {
    const fetch = sinon.stub(globalThis, 'fetch').callsFake(async () => recordedResponse('selfHarm6'));
    const h = await startBot({ contentSafety: { endpoint: ENDPOINT, key: KEY, timeoutMs: BUDGET_MS, thresholds: DEFAULT_THRESHOLDS } });
    const reply = await h.say(CALM);
    expect(fetch.callCount).to.equal(1);
    expect(String(fetch.firstCall.args[0])).to.match(/\/contentsafety\/text:analyze\?api-version=2024-09-01$/);
    for (const number of SUICIDE_NUMBERS) expect(reply.text).to.match(number);
    const versions = (await h.data())?.riskVersions as Record<string, unknown>;
    expect(versions.second).to.deep.equal({ name: 'azure-content-safety', version: '2024-09-01', outcome: 'raised' });
    expect(JSON.stringify(versions)).not.to.include('respite');
    await h.close();
  });

  it('configured, the service refuses (recorded 401): the embedded answer, as if it were off', async () => {
    sinon.stub(globalThis, 'fetch').callsFake(async () => recordedResponse('unauthorized'));
    const on = await startBot({ contentSafety: { endpoint: ENDPOINT, key: KEY, timeoutMs: BUDGET_MS, thresholds: DEFAULT_THRESHOLDS } });
    const off = await startBot();
    const [a, b] = [await on.say(CALM), await off.say(CALM)];
    expect(a.text).to.equal(b.text);
    expect(a.text).not.to.match(/116 123/);
    await on.close();
    await off.close();
  });

  it('a fake client: self-harm raises a calm message to the crisis reply; low severities leave it calm', async () => {
    const raising = await startBot({ secondOpinion: deps({ [CALM]: { SelfHarm: 4 } }) });
    const reply = await raising.say(CALM);
    for (const number of SUICIDE_NUMBERS) expect(reply.text).to.match(number);
    const low = await startBot({ secondOpinion: deps({ [CALM]: { SelfHarm: 2, Violence: 2 } }) });
    expect((await low.say(CALM)).text).not.to.match(/116 123/);
    await raising.close();
    await low.close();
  });

  it('an urgent message gets the crisis reply with no time passing: the second opinion is not asked', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const second = deps({ [URGENT]: 'hang' });
    const h = await startBot({ secondOpinion: second });
    const startedAt = clock.now;
    const reply = await h.say(URGENT);
    expect(clock.now).to.equal(startedAt);
    for (const number of SUICIDE_NUMBERS) expect(reply.text).to.match(number);
    expect(second.client.asked).to.deep.equal([]);
    await h.close();
  });

  it('a hanging client delays a calm turn by its budget and no more', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const h = await startBot({ secondOpinion: deps({ [CALM]: 'hang' }) });
    let reply: Seen | undefined;
    const turn = h.say(CALM).then((seen) => (reply = seen));
    await clock.tickAsync(BUDGET_MS - 1);
    expect(reply, 'waiting inside the budget').to.equal(undefined);
    await clock.tickAsync(1);
    await turn;
    expect(reply?.text).to.match(/respite|break|care/i);
    await h.close();
  });

  it('a hanging client and a hung store: a concern still gets the crisis contacts within 3 s', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const WORRY = 'I am so exhausted, I cannot cope with looking after mum anymore';
    const inner = new HangingStorage();
    const h = await startBot({
      storage: new TimedStorage(inner, 2000, () => clock.now),
      secondOpinion: deps({ [WORRY]: 'hang' }),
      assess: (text) => (text === WORRY ? fixed('concern', ['carer_breakdown']) : assessRisk(text)),
    });
    await h.say('hello');
    inner.hanging = true;
    let reply: Seen | undefined;
    const turn = h.say(WORRY).then((seen) => (reply = seen));
    await clock.tickAsync(3000);
    expect(reply, 'the fail-safe has spoken within 3 s').not.to.equal(undefined);
    await turn;
    for (const number of SUICIDE_NUMBERS) expect(reply!.text).to.match(number);
    await h.close();
  });
});
