/**
 * Our own scripted conversations (test/scenarios/*.json), checked against the real bot by
 * ../shared/tools/check_scenarios.py (see ../shared/CONTRACTS.md, "Scenarios").
 * Skipped when python3 or the checker is missing, except in CI (CI=true), where that is a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'chai';

const PROJECT = resolve(import.meta.dirname, '..', '..');
const CHECKER = resolve(PROJECT, '..', 'shared', 'tools', 'check_scenarios.py');
const SCENARIOS = 'test/scenarios';

function python3Available(): boolean {
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

describe('scripted conversations (test/scenarios)', function () {
  this.timeout(30 * 60 * 1000);

  before(function () {
    const missing = !python3Available() ? 'python3 is not installed' : !existsSync(CHECKER) ? `the checker is missing at ${CHECKER}` : undefined;
    if (!missing) return;
    if (process.env.CI === 'true') throw new Error(`Scenario check required in CI, but ${missing}`);
    console.warn(`  skipping test/scenarios: ${missing}`);
    this.skip();
  });

  it('every scenario passes check_scenarios.py', function () {
    const run = spawnSync('python3', [CHECKER, '--project', '.', SCENARIOS], {
      cwd: PROJECT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    expect(run.status, `check_scenarios.py exited ${run.status}:\n${output}`).to.equal(0);
  });
});
