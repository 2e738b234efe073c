/** The launcher <-> chat postMessage protocol (embed/messages.js): origin, window and shape checks. */
import { expect } from 'chai';
import { chatUrl, MESSAGE_SOURCE, protocolMessage, readFromChat, readFromHost, textDirection, type MessageEventLike } from '../../embed/messages.js';

const BOT = 'https://bot.example';
const HOST = 'https://www.carers.example';
const chatWindow = { name: 'chat iframe' };
const parentWindow = { name: 'host page' };
const otherWindow = { name: 'another frame' };

const event = (origin: string, source: unknown, data: unknown): MessageEventLike => ({ origin, source, data });

describe('embed messages', () => {
  describe('in the launcher, from the chat', () => {
    const cases: Array<{ name: string; event: MessageEventLike; accepted: boolean }> = [
      { name: 'close from the bot origin and our iframe', event: event(BOT, chatWindow, protocolMessage('close')), accepted: true },
      { name: 'unread count', event: event(BOT, chatWindow, protocolMessage('unread', { count: 2 })), accepted: true },
      { name: 'language change', event: event(BOT, chatWindow, protocolMessage('language', { lang: 'ar' })), accepted: true },
      { name: 'ready', event: event(BOT, chatWindow, protocolMessage('ready')), accepted: true },
      { name: 'close from another origin', event: event(HOST, chatWindow, protocolMessage('close')), accepted: false },
      { name: 'close from a look-alike origin', event: event('https://bot.example.evil.test', chatWindow, protocolMessage('close')), accepted: false },
      { name: 'close from another window of the bot origin', event: event(BOT, otherWindow, protocolMessage('close')), accepted: false },
      { name: 'a message of another script', event: event(BOT, chatWindow, { type: 'close' }), accepted: false },
      { name: 'a string', event: event(BOT, chatWindow, 'close'), accepted: false },
      { name: 'null data', event: event(BOT, chatWindow, null), accepted: false },
      { name: 'an unknown type', event: event(BOT, chatWindow, protocolMessage('navigate', { url: 'https://evil.test' })), accepted: false },
      { name: 'a type meant for the chat', event: event(BOT, chatWindow, protocolMessage('visibility', { open: true })), accepted: false },
      { name: 'a negative unread count', event: event(BOT, chatWindow, protocolMessage('unread', { count: -1 })), accepted: false },
      { name: 'a fractional unread count', event: event(BOT, chatWindow, protocolMessage('unread', { count: 1.5 })), accepted: false },
      { name: 'an unread count as text', event: event(BOT, chatWindow, protocolMessage('unread', { count: '3' })), accepted: false },
      { name: 'a language that is markup', event: event(BOT, chatWindow, protocolMessage('language', { lang: '<img src=x>' })), accepted: false },
    ];
    for (const c of cases) {
      it(`${c.accepted ? 'accepts' : 'ignores'} ${c.name}`, () => {
        const message = readFromChat(c.event, BOT, chatWindow);
        if (c.accepted) expect(message).to.deep.equal(c.event.data);
        else expect(message).to.equal(null);
      });
    }

    it('ignores everything before the iframe exists', () => {
      expect(readFromChat(event(BOT, undefined, protocolMessage('close')), BOT, undefined)).to.equal(null);
    });
  });

  describe('in the chat, from the launcher', () => {
    const allowed = [BOT, HOST];
    const cases: Array<{ name: string; event: MessageEventLike; accepted: boolean }> = [
      {
        name: 'visibility from an allowed origin and the parent window',
        event: event(HOST, parentWindow, protocolMessage('visibility', { open: false })),
        accepted: true,
      },
      {
        name: 'visibility from the bot origin (the demo page)',
        event: event(BOT, parentWindow, protocolMessage('visibility', { open: true })),
        accepted: true,
      },
      {
        name: 'visibility from an origin the organisation did not allow',
        event: event('https://evil.test', parentWindow, protocolMessage('visibility', { open: true })),
        accepted: false,
      },
      { name: 'visibility from another window', event: event(HOST, otherWindow, protocolMessage('visibility', { open: true })), accepted: false },
      { name: 'visibility without a boolean', event: event(HOST, parentWindow, protocolMessage('visibility', { open: 'yes' })), accepted: false },
      { name: 'a close (only the chat sends those)', event: event(HOST, parentWindow, protocolMessage('close')), accepted: false },
    ];
    for (const c of cases) {
      it(`${c.accepted ? 'accepts' : 'ignores'} ${c.name}`, () => {
        expect(readFromHost(c.event, allowed, parentWindow) !== null).to.equal(c.accepted);
      });
    }
  });

  it('marks its messages with its source', () => {
    expect(protocolMessage('unread', { count: 1 })).to.deep.equal({ source: MESSAGE_SOURCE, type: 'unread', count: 1 });
  });

  describe('text direction', () => {
    const cases: Array<[string, string]> = [
      ['ar', 'rtl'],
      ['ur', 'rtl'],
      ['en', 'ltr'],
      ['cy', 'ltr'],
      ['zh', 'ltr'],
      ['pa', 'ltr'],
    ];
    for (const [lang, dir] of cases) it(`${lang} is ${dir}`, () => expect(textDirection(lang)).to.equal(dir));
  });

  it('builds the iframe address with every part encoded', () => {
    expect(chatUrl(BOT, { org: 'demo', lang: 'cy', host: HOST })).to.equal(`${BOT}/chat?org=demo&lang=cy&host=${encodeURIComponent(HOST)}`);
    expect(chatUrl(BOT, { org: 'a&b', lang: 'en' })).to.equal(`${BOT}/chat?org=a%26b&lang=en`);
  });
});
