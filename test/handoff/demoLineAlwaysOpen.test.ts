/**
 * DEMO_LINE_ALWAYS_OPEN: read by the server's configuration only. The demo organisation's file keeps
 * its real hours, and `converse` (which builds its own configuration) still finds the line closed on
 * a Sunday night even when the variable is set in the environment.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { loadConfig } from '../../config';
import { adviceLineOpen, loadOrganisations, openRoundTheClock } from '../../handoff/orgs';
import { createLogger } from '../../ops/logger';
import { runConverse } from '../../scripts/lib/converse';

/** Sunday 29 November 2026, 23:00 London. */
const SUNDAY_NIGHT = new Date('2026-11-29T23:00:00Z');

describe('DEMO_LINE_ALWAYS_OPEN', () => {
  const orgs = loadOrganisations();

  it('is off by default and on only when set', () => {
    expect(loadConfig({}).handoff.demoLineAlwaysOpen).to.equal(false);
    expect(loadConfig({ DEMO_LINE_ALWAYS_OPEN: '1' }).handoff.demoLineAlwaysOpen).to.equal(true);
    expect(loadConfig({ DEMO_LINE_ALWAYS_OPEN: 'false' }).handoff.demoLineAlwaysOpen).to.equal(false);
  });

  it('opens a demo organisation round the clock, closed dates included, and leaves a real one alone', () => {
    const demo = orgs.get('demo')!;
    expect(adviceLineOpen(demo, SUNDAY_NIGHT)).to.equal(false);
    expect(adviceLineOpen(openRoundTheClock(demo), SUNDAY_NIGHT)).to.equal(true);
    expect(adviceLineOpen(openRoundTheClock(demo), new Date('2026-12-25T12:00:00Z'))).to.equal(true);
    const real = { ...demo, demo: undefined };
    expect(openRoundTheClock(real)).to.equal(real);
  });

  it('leaves data/orgs/demo.json with its real hours', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/orgs/demo.json', import.meta.url), 'utf8')) as { adviceLine: { hours: unknown[] } };
    expect(file.adviceLine.hours).to.deep.equal([
      { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' },
      { byday: 'SA', opens_at: '10:00', closes_at: '13:00' },
    ]);
  });

  it('is never read by converse: the demo line is closed on a Sunday night even with the variable set', async () => {
    const saved = process.env.DEMO_LINE_ALWAYS_OPEN;
    process.env.DEMO_LINE_ALWAYS_OPEN = '1';
    try {
      const transcript = await runConverse(
        { channel: 'webchat', locale: 'en-GB', org: 'demo', now: SUNDAY_NIGHT.toISOString(), turns: ['hello', 'can I talk to a real person'] },
        createLogger('silent'),
      );
      const asked = transcript.turns[1];
      expect(asked.state.handoff).to.equal('callback_offered');
      expect(asked.replies.map((r) => r.text).join('\n')).to.match(/closed/i);
    } finally {
      if (saved === undefined) delete process.env.DEMO_LINE_ALWAYS_OPEN;
      else process.env.DEMO_LINE_ALWAYS_OPEN = saved;
    }
  });
});
