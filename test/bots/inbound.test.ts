import { expect } from 'chai';
import { cleanInboundText, stripControlCharacters, stripMentions } from '../../bots/inbound';

describe('inbound text', () => {
  const cases: Array<{ why: string; raw: unknown; clean: string }> = [
    { why: 'a Teams mention at the start', raw: '<at>Carers Bot</at> my mum has cancer', clean: 'my mum has cancer' },
    { why: 'a mention in the middle', raw: 'hello <at>Carers Bot</at> can you help', clean: 'hello can you help' },
    { why: 'several mentions, any case', raw: '<AT>Bot</AT> hi <at>Someone</at>', clean: 'hi' },
    { why: 'a message that is only a mention', raw: '<at>Carers Bot</at>', clean: '' },
    { why: 'control characters', raw: 'my\u0000 dad\u0007 is\u001B ill\u007F', clean: 'my dad is ill' },
    { why: 'newlines and tabs as spaces', raw: 'line one\n\tline two\r\n', clean: 'line one line two' },
    { why: 'a lone high surrogate', raw: 'help \uD83D me', clean: 'help me' },
    { why: 'a lone low surrogate', raw: 'help \uDE00 me', clean: 'help me' },
    { why: 'a surrogate pair kept', raw: 'thanks \uD83D\uDE00', clean: 'thanks \uD83D\uDE00' },
    { why: 'non-Latin text kept', raw: 'میری ماں بیمار ہے', clean: 'میری ماں بیمار ہے' },
    { why: 'undefined', raw: undefined, clean: '' },
    { why: 'null', raw: null, clean: '' },
    { why: 'a number', raw: 42, clean: '' },
    { why: 'an object', raw: { text: 'hi' }, clean: '' },
    { why: 'an array', raw: ['hi'], clean: '' },
  ];
  for (const { why, raw, clean } of cases) {
    it(`cleans ${why}`, () => {
      expect(cleanInboundText(raw)).to.equal(clean);
    });
  }

  it('does not mistake other angle brackets for mentions', () => {
    expect(stripMentions('I feel <3 today')).to.equal('I feel <3 today');
    expect(stripMentions('<b>bold</b>')).to.equal('<b>bold</b>');
  });

  it('keeps newlines and tabs when only stripping control characters', () => {
    expect(stripControlCharacters('a\nb\tc\u0001')).to.equal('a\nb\tc');
  });

  it('cleans a long hostile string (unclosed mentions, lone surrogates)', () => {
    const hostile = '<at>'.repeat(50_000) + '\uD800'.repeat(50_000);
    expect(cleanInboundText(hostile)).to.equal('<at>'.repeat(50_000));
  });
});
