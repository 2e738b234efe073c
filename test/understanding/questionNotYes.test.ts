/**
 * A question is never a yes or a no: "is it?", "is it serious?", "czy to normalne?" ask something, and a yes/no
 * reader that drops fillers ("that is ok" -> "is") must not hear agreement in "it is" either.
 */
import { expect } from 'chai';
import { detectCommand } from '../../understanding/commands';

const neither = [
  'is it?',
  'is it',
  'it is',
  'is it serious?',
  'is it normal?',
  'is that ok?',
  'is that right?',
  'ok?',
  'yes?',
  'they',
  'not',
  'czy to normalne?',
  'tak?',
  '¿es grave?',
  '¿sí?',
  'é normal?',
  'ydy e?',
  'ydy e’n normal?',
  'kya yeh theek hai?',
  'هل هذا طبيعي؟',
  'نعم؟',
  '这正常吗？',
  '好吗？',
];
const yes = ['yes', 'ok', 'go on', 'yeah go on', 'that is ok', "that's ok", 'they can', 'theek hai', 'tak', 'sí', 'نعم', '好的', 'ok please'];
const no = ['no', 'not now', 'no thanks', 'nie', 'لا'];

describe('understanding: a question is never a yes or a no', () => {
  for (const text of neither) it(`${JSON.stringify(text)} is no answer`, () => expect(detectCommand(text)).to.equal(undefined));
  for (const text of yes) it(`${JSON.stringify(text)} is still yes`, () => expect(detectCommand(text)).to.equal('yes'));
  for (const text of no) it(`${JSON.stringify(text)} is still no`, () => expect(detectCommand(text)).to.equal('no'));
});
