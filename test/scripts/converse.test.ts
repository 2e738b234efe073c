/**
 * `npm run --silent converse` as the scenario checker runs it (CONTRACTS.md), in-process through the
 * function the script calls: one JSON object on standard output, fresh state every run, `now` honoured.
 * The script itself is run once, for real, in test/system/scripts.test.ts.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { translatorFor } from '../../i18n';
import { createLogger } from '../../ops/logger';
import { converse, type Transcript } from '../../scripts/lib/converse';
import { Capture } from './capture';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** What the script would give: exit status, standard output, standard error (logs at info, then any error). */
async function converseIn(input: string): Promise<Run> {
  const stdout = new Capture();
  const stderr = new Capture();
  try {
    await converse(input, stdout, createLogger('info', stderr));
    return { status: 0, stdout: stdout.text, stderr: stderr.text };
  } catch (error) {
    return { status: 1, stdout: stdout.text, stderr: `${stderr.text}${String(error)}\n` };
  }
}

/** Each distinct script runs once. */
const runs = new Map<string, Promise<Run>>();
function converseOnce(input: string): Promise<Run> {
  if (!runs.has(input)) runs.set(input, converseIn(input));
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

const SHAPE_SCRIPT = {
  channel: 'webchat',
  locale: 'en-GB',
  org: 'demo',
  now: TUESDAY_2PM_LONDON,
  turns: ['hi', 'my mum has cancer', { text: 'money worries' }],
};
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

describe('scripts/converse (CONTRACTS.md)', () => {
  // The same script twice, one run after the other: any state carried over would show in the second.
  const script = JSON.stringify(SHAPE_SCRIPT);
  let freshRuns: Promise<Run[]> | undefined;
  const twoRuns = () => (freshRuns ??= converseIn(script).then(async (first) => [first, await converseIn(script)]));

  it('writes one JSON object with the contract shape, logs (even at info) on standard error', async () => {
    const [run] = await twoRuns();
    const transcript = transcriptOf(run!);
    expect(run!.stderr, 'the logs went to standard error').to.match(/^\{"level":30,/m);
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

  it("leaves the process's own standard output alone: the bot writes only to the sinks it is given", async () => {
    const write = sinon.spy(process.stdout, 'write');
    let run: Run;
    try {
      run = await converseIn(askScript(TUESDAY_2PM_LONDON));
    } finally {
      write.restore();
    }
    expect(write.called).to.equal(false);
    transcriptOf(run);
  });

  it('starts from fresh state every run: two runs, one after the other, give the same transcript', async () => {
    const [first, ...others] = await twoRuns();
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
