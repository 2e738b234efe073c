/** Who may frame the chat, per organisation, and the chat page's CSP. */
import { expect } from 'chai';
import type { Request } from 'restify';
import { loadOrganisations, type Organisation } from '../../handoff/orgs';
import { chatPageCsp, DEMO_PAGE_CSP, directLineSources, embeddingOrigins, requestOrigin, trustedHostOrigin } from '../../web/embedSecurity';

const AZURE = 'https://directline.botframework.com/v3/directline';
const orgs = loadOrganisations();

function directive(csp: string, name: string): string[] {
  const found = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found ? found.slice(1) : [];
}

function org(id: string, allowedOrigins: string[]): Organisation {
  return { ...orgs.get('demo')!, id, allowedOrigins };
}

describe('embed security', () => {
  describe('frame-ancestors per organisation', () => {
    const cases: Array<{ org: Organisation; ancestors: string[] }> = [
      { org: orgs.get('demo')!, ancestors: ["'self'", 'http://localhost:3978', 'http://127.0.0.1:3978'] },
      { org: orgs.get('valleys')!, ancestors: ["'self'", ...orgs.get('valleys')!.allowedOrigins] },
      {
        org: org('charity', ['https://www.charity.example', 'https://help.charity.example']),
        ancestors: ["'self'", 'https://www.charity.example', 'https://help.charity.example'],
      },
      { org: org('nobody', []), ancestors: ["'self'"] },
    ];
    for (const c of cases) {
      it(`${c.org.id}: ${c.ancestors.join(' ')}`, () => {
        expect(directive(chatPageCsp(c.org, AZURE), 'frame-ancestors')).to.deep.equal(c.ancestors);
      });
    }
  });

  describe('the chat page CSP', () => {
    const csp = chatPageCsp(orgs.get('demo')!, AZURE);
    const cases: Array<[string, string[]]> = [
      ['default-src', ["'none'"]],
      // No 'unsafe-eval' and no inline script: Web Chat runs without them (the browser test checks).
      ['script-src', ["'self'"]],
      ['style-src', ["'self'", "'unsafe-inline'"]],
      ['connect-src', ["'self'", 'ws:', 'wss:', 'https://directline.botframework.com', 'wss://directline.botframework.com']],
      ['base-uri', ["'none'"]],
      ['object-src', ["'none'"]],
    ];
    for (const [name, values] of cases) it(`${name} ${values.join(' ')}`, () => expect(directive(csp, name)).to.deep.equal(values));

    it('follows a regional Direct Line endpoint', () => {
      expect(directLineSources('https://europe.directline.botframework.com/v3/directline')).to.deep.equal([
        'https://europe.directline.botframework.com',
        'wss://europe.directline.botframework.com',
      ]);
    });
  });

  it('the demo page cannot be framed and runs only our scripts', () => {
    expect(directive(DEMO_PAGE_CSP, 'frame-ancestors')).to.deep.equal(["'none'"]);
    expect(directive(DEMO_PAGE_CSP, 'script-src')).to.deep.equal(["'self'"]);
  });

  describe('the embedding page origin', () => {
    const allowed = embeddingOrigins(org('charity', ['https://www.charity.example']), ['http://127.0.0.1:4000']);
    const cases: Array<[string | undefined, string | undefined]> = [
      ['https://www.charity.example', 'https://www.charity.example'],
      ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
      ['https://evil.example', undefined],
      ['https://www.charity.example.evil.example', undefined],
      ['*', undefined],
      [undefined, undefined],
    ];
    for (const [claimed, trusted] of cases) {
      it(`${claimed ?? '(none)'} -> ${trusted ?? 'no messages'}`, () => expect(trustedHostOrigin(claimed, allowed)).to.equal(trusted));
    }
    it('lists the bot’s own origins first, without duplicates', () => {
      expect(embeddingOrigins(org('x', ['http://a.example', 'http://b.example']), ['http://b.example'])).to.deep.equal([
        'http://b.example',
        'http://a.example',
      ]);
    });
  });

  describe('the origin a request reached', () => {
    const request = (headers: Record<string, string>, secure = false) => ({ headers, isSecure: () => secure }) as unknown as Request;
    const cases: Array<[Request, string]> = [
      [request({ host: '127.0.0.1:3978' }), 'http://127.0.0.1:3978'],
      [request({ host: 'bot.example' }, true), 'https://bot.example'],
      [request({ host: 'bot.example', 'x-forwarded-proto': 'https' }), 'https://bot.example'],
    ];
    for (const [req, origin] of cases) it(origin, () => expect(requestOrigin(req)).to.equal(origin));
  });
});
