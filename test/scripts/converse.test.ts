/**
 * `npm run --silent converse` as the scenario checker runs it (CONTRACTS.md):
 * one JSON object on standard output, fresh state every run, `now` honoured.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { translatorFor } from '../../i18n';
import type { ReplySummary } from '../../scripts/localConversation';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

type Reply = ReplySummary;

interface Transcript {
  channel: string;
  turns: Array<{ user: unknown; replies: Reply[]; state: { language: string; risk: string; handoff: string; topics: string[] } }>;
}

function converse(input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'converse'], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Each distinct script runs once; before() starts them all in parallel (a run takes about 2 s). */
const runs = new Map<string, Promise<Run>>();
function converseOnce(input: string): Promise<Run> {
  if (!runs.has(input)) runs.set(input, converse(input));
  return runs.get(input)!;
}

/** Standard output must be exactly one JSON object (a trailing newline allowed). */
function transcriptOf(run: Run): Transcript {
  expect(run.status, run.stderr).to.equal(0);
  expect(run.stdout.trimEnd().split('\n'), 'one line on stdout').to.have.length(1);
  const parsed = JSON.parse(run.stdout) as unknown;
  expect(parsed).to.be.an('object').that.is.not.an('array');
  return parsed as Transcript;
}

const TUESDAY_2PM_LONDON = '2026-11-24T14:00:00Z'; // GMT in November
const SUNDAY_3AM_LONDON = '2026-11-22T03:00:00Z';
const TUESDAY_9_30AM_LONDON_SUMMER = '2026-07-14T08:30:00Z'; // 09:30 BST: open, though 08:30 UTC is not
const TUESDAY_5_30PM_LONDON_SUMMER = '2026-07-14T16:30:00Z'; // 17:30 BST: closed, though 16:30 UTC is not

const SHAPE_SCRIPT = { channel: 'webchat', locale: 'en-GB', org: 'demo', now: TUESDAY_2PM_LONDON, turns: ['hi', 'my mum has cancer', { text: 'money worries' }] };
const EMPTY_SCRIPT = '{"turns": []}';

const askForAPerson: Array<{ when: string; now: string; handoff: string }> = [
  { when: 'Tuesday 14:00 London time', now: TUESDAY_2PM_LONDON, handoff: 'queued' },
  { when: 'Sunday 03:00 London time', now: SUNDAY_3AM_LONDON, handoff: 'callback_offered' },
  { when: '09:30 London summer time (08:30 UTC)', now: TUESDAY_9_30AM_LONDON_SUMMER, handoff: 'queued' },
  { when: '17:30 London summer time (16:30 UTC)', now: TUESDAY_5_30PM_LONDON_SUMMER, handoff: 'callback_offered' },
];
const askScript = (now: string) => JSON.stringify({ channel: 'webchat', locale: 'en-GB', now, turns: ['hi', 'I want to talk to a person'] });

const broken: Array<{ why: string; input: string }> = [
  { why: 'input that is not JSON', input: 'not json' },
  { why: 'a script without turns', input: '{"channel": "webchat"}' },
  { why: 'a "now" that is not a date', input: '{"now": "yesterday", "turns": ["hi"]}' },
];

describe('scripts/converse (CONTRACTS.md)', function () {
  this.timeout(60_000);
  let freshRuns: Promise<Run[]>;

  before(() => {
    for (const input of [EMPTY_SCRIPT, ...askForAPerson.map((a) => askScript(a.now)), ...broken.map((b) => b.input)]) {
      void converseOnce(input);
    }
    // The same script twice, one run after the other: any state carried over would show in the second.
    const script = JSON.stringify(SHAPE_SCRIPT);
    freshRuns = converse(script).then(async (first) => [first, await converse(script)]);
  });
  after(async () => {
    await Promise.allSettled([...runs.values(), freshRuns]);
  });

  it('writes one JSON object with the contract shape, logs (even at info) on standard error', async () => {
    const transcript = transcriptOf((await freshRuns)[0]!);
    expect(transcript).to.have.keys(['channel', 'turns']);
    expect(transcript.channel).to.equal('webchat');
    expect(transcript.turns).to.have.length(3);
    expect(transcript.turns.map((t) => t.user)).to.deep.equal(SHAPE_SCRIPT.turns);
    for (const turn of transcript.turns) {
      expect(turn).to.have.keys(['user', 'replies', 'state']);
      expect(turn.state).to.have.keys(['language', 'risk', 'handoff', 'topics']);
      expect(turn.state.language).to.equal('en');
      expect(turn.state.risk).to.be.oneOf(['none', 'concern', 'urgent', 'emergency']);
      expect(turn.state.handoff).to.be.oneOf(['none', 'offered', 'queued', 'connected', 'ended', 'callback_offered', 'callback_requested']);
      expect(turn.state.topics).to.be.an('array');
      expect(turn.replies.length, 'every turn is answered').to.be.greaterThan(0);
      for (const reply of turn.replies) {
        expect(reply.type).to.be.a('string');
        if (reply.type === 'message') {
          expect(reply).to.include.keys(['text', 'suggestedActions', 'buttons', 'attachments']);
          expect(reply.text).to.be.a('string');
          expect(reply.buttons).to.be.a('number');
        } else {
          expect(reply).to.include.keys(['name']);
        }
      }
    }
    expect(transcript.turns[0]!.replies.map((r) => r.text).join('\n'), 'welcomes on a first message').to.include(translatorFor('en')('common.welcome.hello'));
    expect(transcript.turns[2]!.state.topics).to.include('money');
  });

  it('starts from fresh state every run: two runs, one after the other, give the same transcript', async () => {
    const [first, ...others] = await freshRuns;
    const transcript = transcriptOf(first!);
    for (const other of others) expect(transcriptOf(other)).to.deep.equal(transcript);
  });

  for (const { when, now, handoff } of askForAPerson) {
    it(`honours "now": asking for a person at ${when} is ${handoff}`, async () => {
      const transcript = transcriptOf(await converseOnce(askScript(now)));
      expect(transcript.turns[1]!.state.handoff).to.equal(handoff);
    });
  }

  it('answers an empty script with an empty transcript', async () => {
    expect(transcriptOf(await converseOnce(EMPTY_SCRIPT))).to.deep.equal({ channel: 'webchat', turns: [] });
  });

  for (const { why, input } of broken) {
    it(`fails with a message and nothing on standard output for ${why}`, async () => {
      const run = await converseOnce(input);
      expect(run.status).to.not.equal(0);
      expect(run.stdout).to.equal('');
      expect(run.stderr).not.to.equal('');
    });
  }
});
