import { expect } from 'chai';
import { detectCommand } from '../../understanding/commands';
import { recognizeSync } from '../../understanding/recognizer';
import type { CommandId } from '../../understanding/types';

const table: Record<CommandId, string[]> = {
  restart: ['start again', 'Start over please', 'dechrau eto', 'od nowa', 'empezar de nuevo', '重新开始'],
  back: ['go back', 'back', 'wstecz', 'voltar', 'واپس'],
  help: ['help please', 'I need help', 'menu', 'ayuda', 'مدد', 'ਮਦਦ'],
  human: ['talk to a person', 'can I speak to someone', 'a real person please', 'call me', 'hablar con una persona', 'kisi se baat', '人工'],
  change_language: ['change language', 'another language', 'język', 'iaith', 'idioma', 'زبان'],
  delete_data: ['delete my data', "delete everything you've got about me", 'forget me', 'usuń moje dane', 'borrar mis datos', '删除我的数据'],
  privacy: [
    'privacy',
    'Privacy?',
    'what do you keep about me',
    'preifatrwydd',
    'prywatność',
    'confidențialitate',
    'privacidad',
    'privacidade',
    '隐私',
    'الخصوصية',
    'رازداری',
    'গোপনীয়তা',
    'ગોપનીયતા',
    'ਨਿੱਜਤਾ',
  ],
  plan: ['my plan', 'summary', 'what should I do next', 'mi plan'],
  not_sure: ["I'm not sure", "I don't know what I need", 'nie wiem', 'no sé', '不知道'],
  yes: ['yes', 'yeah', 'yep', 'ok please', 'yes please', 'tak', 'ie', 'da', 'sí', 'sim', '是', 'نعم', 'ہاں', 'haan', 'হ্যাঁ', 'હા', 'ਹਾਂ', 'OK'],
  no: ['no', 'nope', 'nie', 'na', 'não', '不', 'لا', 'نہیں', 'nahi', 'না', 'ના', 'ਨਹੀਂ', 'no thanks'],
  is_bot: [
    'are you a bot?',
    'is this a real person',
    'am I talking to a computer',
    'czy jesteś botem',
    'eres un bot',
    'هل أنت روبوت',
    'kya aap bot hain',
    '你是机器人吗',
  ],
  sms_stop: ['STOP', 'stop', 'Stop.'],
  sms_start: ['START', 'start'],
  sms_help: ['HELP', 'help', 'Help!'],
};

describe('understanding/commands', () => {
  for (const [command, phrases] of Object.entries(table)) {
    for (const phrase of phrases) it(`${command}: ${phrase}`, () => expect(detectCommand(phrase)).to.equal(command));
  }
  describe('the whole message must be the command', () => {
    for (const text of [
      'my mum needs help with the stairs',
      'I had to stop working to look after him',
      'can you help me find a group near Poole',
      'no one tells us anything',
      'yes he is home now but he cannot climb the stairs',
      'STOP it hurts',
      'the nurse said to start again with the tablets tomorrow morning and then go back to the clinic next week',
    ])
      it(text, () => expect(detectCommand(text)).to.equal(undefined));
  });
  it('recognizeSync carries the command', () => expect(recognizeSync('STOP', {}).command).to.equal('sms_stop'));
});
