/**
 * Logs are written in batches (ops/logger.ts), yet a line logged just before the process ends is
 * never lost: neither on process.exit nor on an uncaught error. Each case runs in its own process.
 */
import { spawnSync } from 'node:child_process';
import { expect } from 'chai';

const LOGGER = new URL('../../ops/logger.ts', import.meta.url).href;

const cases: [string, string][] = [
  ['process.exit right after the line', `l.error('the last words'); process.exit(3);`],
  ['an uncaught error a moment later', `l.error('the last words'); setTimeout(() => { throw new Error('boom'); }, 10);`],
];

describe('batched logs at exit', () => {
  for (const [name, ending] of cases) {
    it(`keeps the last line: ${name}`, () => {
      const script = `import { createLogger } from ${JSON.stringify(LOGGER)}; const l = createLogger('info'); ${ending}`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(run.status).to.not.equal(0);
      expect(run.stderr).to.include('"msg":"the last words"');
    });
  }
});
