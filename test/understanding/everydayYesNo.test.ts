/**
 * Yes and no to the offer of a person, as people in distress type them: run together
 * ("yeah go on", "ਹਾਂ ਜੀ"), in dialect (Levantine "اي", Gulf "تمام") or slang ("sí porfa", "嗯好").
 */
import { expect } from 'chai';
import { detectCommand } from '../../understanding/commands';

const yes = [
  'yeah go on',
  'yes go on then',
  'ok yes',
  'yeah ok',
  'yes yes',
  'aye',
  'go ahead',
  'ie plis',
  'tak poproszę',
  'jasne',
  'da te rog',
  'sí porfa',
  'vale',
  'sim por favor',
  'pode ser',
  'اي',
  'إي',
  'ايوه',
  'أيوه',
  'تمام',
  'طيب',
  'اكيد',
  'نعم من فضلك',
  'ايوه يقدروا',
  'yes they can',
  "that's fine",
  'haan ji',
  'ji',
  'theek hai',
  'ٹھیک ہے',
  'ہاں جی',
  'ਹਾਂ ਜੀ',
  'ਠੀਕ ਹੈ',
  'হ্যাঁ',
  'ঠিক আছে',
  'হ্যাঁ দয়া করে',
  'હા જી',
  'બરાબર',
  '嗯好',
  '嗯',
  '可以',
  '好啊',
  '行',
];
const no = [
  'nah',
  'no no',
  'no ta',
  'nope not now',
  'لا شكرا',
  'لا مشكور',
  'nie dziękuję',
  'no gracias',
  'não obrigado',
  'nu multumesc',
  'dim diolch',
  'nahi shukriya',
  '不用了',
  '不用了谢谢',
];
const neither = ['yes no', 'no yes', 'ok but my mum is in hospital', 'yes he is home now'];

describe('understanding/commands: everyday yes and no', () => {
  for (const text of yes) it(`yes: ${text}`, () => expect(detectCommand(text)).to.equal('yes'));
  for (const text of no) it(`no: ${text}`, () => expect(detectCommand(text)).to.equal('no'));
  for (const text of neither) it(`neither: ${text}`, () => expect(detectCommand(text)).to.not.be.oneOf(['yes', 'no']));
});
