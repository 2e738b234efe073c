/**
 * "Is it normal to feel like this?" asks about the writer's own feelings, not the illness: it was answered with "for
 * questions about the illness or treatment, ask the care team". "Is it normal for her to sleep all day?" stays the illness.
 */
import { expect } from 'chai';
import type { LanguageCode } from '../../core/languages';
import { recognizeSync } from '../../understanding';

const table: [LanguageCode, string, string][] = [
  ['en', 'is it normal to feel like this?', 'feelings'],
  ['en', 'is it normal that i feel so angry with her?', 'feelings'],
  ['cy', "ydy e'n normal i deimlo fel hyn?", 'feelings'],
  ['pl', 'czy to normalne, że tak się czuję?', 'feelings'],
  ['es', '¿es normal sentirme así?', 'feelings'],
  ['pt', 'é normal sentir-me assim?', 'feelings'],
  ['ro', 'e normal să mă simt așa?', 'feelings'],
  ['ar', 'هل من الطبيعي أن أشعر بهذا؟', 'feelings'],
  ['zh', '我这种感觉正常吗？', 'feelings'],
  ['en', 'is it normal for her to sleep all day?', 'illness_info'],
  ['en', 'is it normal?', 'illness_info'],
];

describe('understanding: "is it normal to feel like this?" is about feelings', () => {
  for (const [language, text, topic] of table)
    it(`${language}: ${JSON.stringify(text)} -> ${topic}`, () => {
      const u = recognizeSync(text, { conversationLanguage: language });
      expect(u.topics[0]?.id).to.equal(topic);
      if (topic === 'feelings') expect(u.topics.map((t) => t.id)).not.to.include('illness_info');
    });
});

describe('understanding: "is it serious?" asks about the illness, in every language', () => {
  const table: [LanguageCode, string][] = [
    ['en', 'is it serious?'],
    ['en', 'how serious is it?'],
    ['es', '¿es grave?'],
    ['pl', 'czy to poważne?'],
    ['cy', "ydy e'n ddifrifol?"],
    ['ar', 'هل هو خطير؟'],
    ['zh', '严重吗？'],
    ['ur', 'kya yeh serious hai?'],
    ['pt', 'é grave?'],
    ['ro', 'e grav?'],
  ];
  for (const [language, text] of table)
    it(`${language}: ${JSON.stringify(text)} -> illness_info, and no yes`, () => {
      const u = recognizeSync(text, { conversationLanguage: language });
      expect(u.topics[0]?.id).to.equal('illness_info');
      expect(u.command).to.equal(undefined);
    });
});

describe('understanding: "what help is out there?" is no question about the illness; "im struggling" says how they are', () => {
  const notIllness = ['my dad has cancer and im struggling, whats out there', 'my dad has cancer, what help is out there?', 'whats available'];
  for (const text of notIllness)
    it(`${JSON.stringify(text)} is not illness_info`, () => expect(recognizeSync(text, {}).topics.map((t) => t.id)).not.to.include('illness_info'));
  for (const text of ['what is lymphoma', 'what is the difference between chemo and radiotherapy'])
    it(`${JSON.stringify(text)} stays illness_info`, () => expect(recognizeSync(text, {}).topics[0]?.id).to.equal('illness_info'));
  for (const text of ['im struggling', 'I am really struggling with it all'])
    it(`${JSON.stringify(text)} is too much`, () => expect(recognizeSync(text, {}).entities.feeling).to.equal('tooMuch'));
});
