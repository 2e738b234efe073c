/**
 * The house's import rules (eslint.config.js, README "How it is built") bite: deliberately
 * wrong imports are errors, allowed ones are not. Linted in-process through ESLint's Node API,
 * all at once, so the whole table costs one ESLint start-up.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULE = 'boundaries/dependencies';

type Case = [file: string, statement: string, expected: 'error' | 'ok'];

const CASES: Case[] = [
  // The domain folders never touch the Bot Framework, restify or the edge.
  ['risk/example.ts', "import { TurnContext } from 'botbuilder';", 'error'],
  ['understanding/example.ts', "import { ComponentDialog } from 'botbuilder-dialogs';", 'error'],
  ['text/example.ts', "import type { Activity } from 'botframework-schema';", 'error'],
  ['catalogue/example.ts', "import restify from 'restify';", 'error'],
  ['conversation/example.ts', "import type { TurnContext } from 'botbuilder';", 'error'],
  ['i18n/example.ts', "import { MessageFactory } from 'botbuilder';", 'error'],
  ['handoff/example.ts', "import { TurnContext } from 'botbuilder';", 'error'],
  ['core/example.ts', "import type { Activity } from 'botbuilder';", 'error'],
  // Of channels/, only render.ts knows botbuilder; directline/ only its types.
  ['channels/example.ts', "import { MessageFactory } from 'botbuilder';", 'error'],
  ['directline/example.ts', "import { MessageFactory } from 'botbuilder';", 'error'],
  ['catalogue/example.ts', "import { RootDialog } from '../dialogs/rootDialog';", 'error'],
  ['conversation/example.ts', "import { cleanInboundText } from '../bots/inbound';", 'error'],
  ['conversation/example.ts', "import { render } from '../channels/render';", 'error'],
  ['conversation/example.ts', "import { createServer } from '../web/server';", 'error'],
  ['understanding/example.ts', "import { createBotApp } from '../app';", 'error'],
  // risk/ and understanding/ import only their own folder, text/ and the shared words.
  ['risk/example.ts', "import type { Recognizer } from '../understanding/types';", 'error'],
  ['understanding/example.ts', "import { assessRisk } from '../risk/index';", 'error'],
  ['understanding/clu/example.ts', "import { findServices } from '../../catalogue';", 'error'],
  ['text/example.ts', "import { findServices } from '../catalogue';", 'error'],
  // Imports point down the list: nothing reaches up (besides the few allowed in eslint.config.js).
  ['dialogs/example.ts', "import { CarerBot } from '../bots/carerBot';", 'error'],
  ['catalogue/example.ts', "import { HandoffService } from '../handoff/handoffService';", 'error'],
  ['advisor/example.ts', "import { HandoffService } from '../handoff/handoffService';", 'error'],
  ['handoff/example.ts', "import { loadConfig } from '../config';", 'error'],
  // The shared words import nothing of ours.
  ['core/example.ts', "import type { Recognizer } from '../understanding/types';", 'error'],
  ['shared/example.ts', "import { findServices } from '../catalogue';", 'error'],
  // Nothing but tests imports test/.
  ['handoff/example.ts', "import { FakeChannel } from '../test/web/fakeChannel';", 'error'],
  ['scripts/example.ts', "import { FakeChannel } from '../test/web/fakeChannel';", 'error'],
  // Only the composition root, scripts, benches and tests wire storage/ and web/.
  ['dialogs/example.ts', "import { createStorage } from '../storage';", 'error'],
  ['conversation/example.ts', "import { createStorage } from '../storage';", 'error'],
  ['bots/example.ts', "import { createStorage } from '../storage';", 'error'],
  ['bots/example.ts', "import { createServer } from '../web/server';", 'error'],
  ['web/example.ts', "import { createStorage } from '../storage';", 'error'],
  // The Azure second opinion is wired by app.ts: the bot sees only risk's port; risk/ never reaches the network adapter.
  ['bots/example.ts', "import { createAzureContentSafety } from '../contentsafety';", 'error'],
  ['risk/example.ts', "import { createAzureContentSafety } from '../contentsafety';", 'error'],
  ['contentsafety/example.ts', "import { TurnContext } from 'botbuilder';", 'error'],
  // web/ may know the app's types, never run it.
  ['web/example.ts', "import { createBotApp } from '../app';", 'error'],

  ['risk/example.ts', "import { normalizeForMatching } from '../text/normalize';", 'ok'],
  ['risk/example.ts', "import type { RiskLevel } from '../core/risk';", 'ok'],
  ['risk/example.ts', "import { readFileSync } from 'node:fs';", 'ok'],
  ['understanding/clu/example.ts', "import type { TopicId } from '../../core/topics';", 'ok'],
  ['catalogue/example.ts', "import { londonClock } from '../core/hours';", 'ok'],
  ['catalogue/example.ts', "import Ajv from 'ajv';", 'ok'],
  ['conversation/example.ts', "import { findServices } from '../catalogue';", 'ok'],
  ['conversation/example.ts', "import type { Content } from '../channels/content';", 'ok'],
  ['conversation/example.ts', "import type { TranscriptLine } from '../handoff/advisorDesk';", 'ok'],
  ['dialogs/example.ts', "import { ComponentDialog } from 'botbuilder-dialogs';", 'ok'],
  ['channels/render.ts', "import type { Activity } from 'botbuilder';", 'ok'],
  ['directline/example.ts', "import type { Activity } from 'botbuilder';", 'ok'],
  ['advisor/example.ts', "import type { AdvisorIdentity } from '../handoff/advisorDesk';", 'ok'],
  ['handoff/example.ts', "import type { NotifyConfig } from '../config';", 'ok'],
  ['bots/example.ts', "import { RootDialog } from '../dialogs/rootDialog';", 'ok'],
  ['app.ts', "import { createStorage } from './storage';", 'ok'],
  ['app.ts', "import { createAzureContentSafety } from './contentsafety';", 'ok'],
  ['contentsafety/example.ts', "import type { SecondOpinion } from '../risk/secondOpinion';", 'ok'],
  ['index.ts', "import { createServer } from './web/server';", 'ok'],
  ['web/example.ts', "import type { BotApp } from '../app';", 'ok'],
  ['test/example.test.ts', "import { FakeChannel } from './web/fakeChannel';", 'ok'],
  ['test/lint/example.test.ts', "import { createStorage } from '../../storage';", 'ok'],
];

/** The imported file or package exists, so a case cannot pass only because its target vanished. */
function targetExists(file: string, statement: string): boolean {
  const source = /from '([^']+)'/.exec(statement)?.[1] ?? '';
  if (source.startsWith('node:')) return true;
  if (!source.startsWith('.')) return existsSync(join(ROOT, 'node_modules', source));
  const base = join(ROOT, dirname(file), source);
  return ['.ts', '.js', '/index.ts'].some((ext) => existsSync(base + ext));
}

describe('house import rules (eslint.config.js)', function () {
  this.timeout(20_000); // ESLint's start-up, once, on a busy machine
  let found: string[][];

  before(async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await Promise.all(CASES.map(([file, statement]) => eslint.lintText(`${statement}\n`, { filePath: join(ROOT, file) })));
    found = results.map(([result]) => result.messages.filter((m) => m.ruleId === RULE || m.fatal).map((m) => m.message));
  });

  CASES.forEach(([file, statement, expected], i) => {
    it(`${expected === 'error' ? 'refuses' : 'allows'} in ${file}: ${statement}`, () => {
      expect(targetExists(file, statement), 'the imported file or package exists').to.equal(true);
      if (expected === 'error') expect(found[i]).to.have.lengthOf(1);
      else expect(found[i]).to.deep.equal([]);
    });
  });
});
