import { expect } from 'chai';
import { detectCommand, recognizeSync } from '../../understanding';

/** Commands said in people's own words, not only the exact phrases. */
describe('commands in other words', () => {
  const table: [string, string | undefined][] = [
    ['pls remove my details', 'delete_data'],
    ['could you wipe everything i told you', 'delete_data'],
    ['forget everything about me please', 'delete_data'],
    ['usuń moje informacje', 'delete_data'],
    ['borra mis datos por favor', 'delete_data'],
    ['apague os meus dados', 'delete_data'],
    ['احذف معلوماتي من فضلك', 'delete_data'],
    ['删掉我的资料', 'delete_data'],
    ['i want to chat with a real person', 'human'],
    ['is there someone i can speak to', 'human'],
    // "Anyone I can talk to" is as often about support (grief, others like me) as about a person now.
    ['is there anyone i can talk to', undefined],
    ['could somebody phone me', 'human'],
    ['chcę porozmawiać z człowiekiem', 'human'],
    ['hoffwn i siarad â rhywun', 'human'],
    ['queria falar com uma pessoa', 'human'],
    ['mujhe kisi se baat karni hai', 'human'],
    // About someone else, or a story: not a command.
    ['he refuses to speak to anyone', undefined],
    ['mum keeps deleting her voicemails', undefined],
    ['the ward said they will ring me later', undefined],
    ['my dad talks about the war all day and I do everything for him at home now', undefined],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} -> ${expected ?? 'no command'}`, () => {
      expect(detectCommand(text)).to.equal(expected);
    });
  }
});

describe('who they look after, as people type it', () => {
  const table: [string, string[]][] = [
    ["my nan's got dementia and cancer", ['grandmother']],
    ['my wifes in hospital again', ['wife']],
    ['mae fy mrawd yn sâl', ['brother']],
    ['mae hi wedi blino', []],
    ['a minha mãe precisa de ajuda', ['mother']],
  ];
  for (const [text, relations] of table) {
    it(`${JSON.stringify(text)} -> ${relations.join(', ') || 'nobody'}`, () => {
      expect(recognizeSync(text, {}).entities.caredFor.map((p) => p.relation)).to.deep.equal(relations);
    });
  }
});
