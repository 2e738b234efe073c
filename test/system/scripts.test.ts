/**
 * One smoke test per command, the script really run as a person or the scenario checker runs it
 * (`npm run --silent …`, input on standard input). What each command does is tested in-process in
 * test/scripts/ and test/advisor/advisorAdd.test.ts; these only prove the shells wire it up:
 * standard streams, exit status, package.json.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore } from '../../advisor/accounts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function npmRun(args: string[], input: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('the command scripts, run for real', function () {
  this.timeout(60_000);

  it('converse: one JSON line on standard output, logs on standard error, exit 0', async () => {
    const script = { channel: 'webchat', now: '2026-11-24T14:00:00Z', turns: ['hi'] };
    const run = await npmRun(['converse'], JSON.stringify(script), { LOG_LEVEL: 'info' });
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout.trimEnd().split('\n'), 'one line on stdout').to.have.length(1);
    const transcript = JSON.parse(run.stdout) as { channel: string; turns: unknown[] };
    expect(transcript.channel).to.equal('webchat');
    expect(transcript.turns).to.have.length(1);
    expect(run.stderr).to.match(/^\{"level":30,/m);
  });

  it('classify: a JSON line per input line, bad lines included, exit 0', async () => {
    const input = `${JSON.stringify({ id: 'a1', text: "can't afford the parking" })}\nnot json\n`;
    const run = await npmRun(['classify'], input);
    expect(run.status, run.stderr).to.equal(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: unknown });
    expect(lines.map((line) => line.id)).to.deep.equal(['a1', null]);
    expect(run.stderr).to.contain('classify: 2 line(s)');
  });

  it('chat: answers piped lines on an SMS channel and ends with the input', async () => {
    const run = await npmRun(['chat', '--', '--channel', 'sms'], 'hi\n');
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.contain('bot:');
    expect(run.stdout, 'SMS numbers its choices in the text').to.match(/^\s+1\. \S/m);
  });

  it('advisor:add: the password piped on standard input, the account written, exit 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'advisor-add-smoke-'));
    try {
      const args = ['advisor:add', '--', '--username', 'sam', '--name', 'Sam Jones', '--org', 'demo'];
      const run = await npmRun(args, 'correct horse battery\n', { ADVISOR_DIR: dir, LOG_LEVEL: 'silent' });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stdout).to.contain('Created advisor "sam"');
      expect(AccountStore.inDir(dir).findByUsername('sam')).to.include({ name: 'Sam Jones', org: 'demo' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('start: builds the bundle, serves on plain Node (data found beside each module), stops on SIGTERM', async () => {
    const port = await freePort();
    const stateDir = mkdtempSync(path.join(tmpdir(), 'start-'));
    // Its own process group, so that stopping it reaches the server under npm and sh.
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, PORT: String(port), STATE_DIR: stateDir, LOG_LEVEL: 'info' },
    });
    let stderr = '';
    try {
      // The logger writes to standard error.
      const listening = await new Promise<boolean>((resolve) => {
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
          stderr += chunk;
          if (stderr.includes('bot listening')) resolve(true);
        });
        child.on('close', () => resolve(false));
      });
      expect(listening, stderr).to.equal(true);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).to.equal(200);
      const demo = await fetch(`http://127.0.0.1:${port}/`);
      expect(demo.status).to.equal(200);
      expect(await demo.text()).to.match(/<html/i);
    } finally {
      if (child.exitCode === null) {
        const closed = once(child, 'close');
        process.kill(-(child.pid ?? 0), 'SIGTERM');
        await closed;
      }
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
