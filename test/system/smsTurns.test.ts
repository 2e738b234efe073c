/**
 * Every scripted conversation (ours in test/scenarios and the shared ones in ../shared/eval/scenarios),
 * played through the real bot on SMS whatever channel it was written for: every turn fits in at most
 * three texts within the SMS limits, with no attachments, and a turn at risk sends its crisis numbers
 * first, number first. The shared folder is optional outside CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'chai';
import { capabilitiesFor } from '../../channels/capabilities';
import { isGsm7 } from '../../channels/sms';
import { MAX_SMS_TEXTS } from '../../channels/smsTurn';
import { runConverse, type ConverseScript } from '../../scripts/lib/converse';
import { createLogger } from '../../ops/logger';

const PROJECT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = [resolve(PROJECT, 'test', 'scenarios'), resolve(PROJECT, '..', 'shared', 'eval', 'scenarios')];
const limits = capabilitiesFor('sms').maxChars!;

interface Scenario extends Omit<ConverseScript, 'turns'> {
  turns: Array<{ user: ConverseScript['turns'][number] }>;
}

const scenarios = FOLDERS.filter((folder) => existsSync(folder)).flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, scenario: JSON.parse(readFileSync(resolve(folder, file), 'utf8')) as Scenario })),
);

describe('SMS: every scripted conversation, turn by turn, in at most three texts', function () {
  this.timeout(120_000);
  const logger = createLogger('silent');

  it('finds the scenarios', () => expect(scenarios.length).to.be.greaterThan(40));

  for (const { file, scenario } of scenarios) {
    it(file, async () => {
      const { turns } = await runConverse(
        { channel: 'sms', locale: scenario.locale, org: scenario.org, now: scenario.now, turns: scenario.turns.map((t) => t.user) },
        logger,
      );
      for (const [i, turn] of turns.entries()) {
        const texts = turn.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '');
        const where = `${file}, turn ${i + 1} (${JSON.stringify(turn.user)}):\n${texts.join('\n---\n')}`;
        expect(texts.length, where).to.be.at.most(MAX_SMS_TEXTS);
        for (const t of texts) expect([...t].length, where).to.be.at.most(isGsm7(t) ? limits.gsm : limits.unicode);
        expect(
          turn.replies.flatMap((r) => r.attachments ?? []),
          where,
        ).to.deep.equal([]);
        if ((turn.state.risk === 'urgent' || turn.state.risk === 'emergency') && texts.length) {
          const lines = texts[0].split('\n');
          for (const line of lines) expect(line, `crisis numbers first, number first: ${where}`).to.match(/^\S.* - \S/);
          expect(texts[0], where).to.match(/\b999\b/);
        }
      }
    });
  }
});
