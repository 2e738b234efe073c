/**
 * `npm run chat`, in-process through the function the script calls: lines in, the bot's words out,
 * until the input ends. The script itself is run once, for real, in test/system/scripts.test.ts.
 */
import { expect } from 'chai';
import { Readable } from 'node:stream';
import { translatorFor } from '../../i18n';
import { createLogger } from '../../ops/logger';
import { runChat } from '../../scripts/lib/chat';
import { Capture } from './capture';

const PROMPT = '\x1b[33myou:\x1b[0m ';

async function chat(channel: string, lines: string[]): Promise<{ output: string; logs: string }> {
  const output = new Capture();
  const logs = new Capture();
  await runChat({ channel, input: Readable.from([lines.map((line) => `${line}\n`).join('')]), output, logger: createLogger('info', logs) });
  return { output: output.text, logs: logs.text };
}

describe('scripts/chat', () => {
  it('welcomes, answers each line, prompts after each, and ends with the input', async () => {
    const { output, logs } = await chat('webchat', ['hi', '', 'my mum has cancer']);
    expect(output).to.include(translatorFor('en')('common.welcome.hello'));
    expect(output).to.include('bot:');
    expect(output.split(PROMPT), 'one prompt at the start and one after each line').to.have.length(5);
    expect(output, 'logs stay off the conversation').not.to.include('"level"');
    expect(logs).to.match(/^\{"level":30,/m);
  });

  it('numbers the choices', async () => {
    const { output } = await chat('webchat', ['hi']);
    expect(output).to.match(/^ {5}\[1\] \S/m);
  });
});
