/** "Are you a bot?" however it is put, in every language: a question about a robot or a computer, asked of us. */
import { expect } from 'chai';
import { detectCommand } from '../../understanding/commands';

describe('"are you a bot?" in its many forms', () => {
  const asks = [
    "Ydych chi'n robot?",
    "wyt ti'n robot",
    'are u a robot',
    'r u a computer or a real person',
    'am i chatting to a machine',
    'is this a robot answering me',
    'آپ روبوٹ ہیں؟',
    'kya aap robot ho?',
    'kya ap computer ho',
    'czy jesteś robotem?',
    'você é um robô?',
    '你是不是机器人',
    'আপনি কি রোবট?',
    'ਕੀ ਤੁਸੀਂ ਰੋਬੋਟ ਹੋ?',
  ];
  for (const text of asks) it(`"${text}" is is_bot`, () => expect(detectCommand(text)).to.equal('is_bot'));

  const not = ['is it for both of us', 'she is not a robot, she is exhausted', 'the computer at the council is down', 'my mum is on a machine at night'];
  for (const text of not) it(`"${text}" is not`, () => expect(detectCommand(text)).to.not.equal('is_bot'));
});
