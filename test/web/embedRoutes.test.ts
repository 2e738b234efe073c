/** The embed's HTTP responses from the real server: types, caching, compression, CORS, CSP per organisation. */
import { expect } from 'chai';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadConfig } from '../../config';
import { LANGUAGES } from '../../core/languages';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { translatorFor } from '../../i18n';

describe('embed routes', function () {
  this.timeout(20_000);
  let running: RunningApp;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${running.url}${path}`, { headers });
  /** The bytes as sent (fetch would decompress them). */
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ response: IncomingMessage; body: Buffer }>((resolve, reject) => {
      httpGet(`${running.url}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  /** Where the chat page loads Web Chat from (its URL carries its content hash). */
  const webChatPath = async () => /<link rel="preload" href="([^"]+)" as="script">/.exec(await (await get('/chat?org=demo')).text())![1]!;

  before(async () => {
    running = await startServer(loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent' }), createLogger('silent'));
  });
  after(async () => running?.stop());

  describe('/embed.js', () => {
    it('is public JavaScript: CORS *, JavaScript type, revalidated', async () => {
      const response = await get('/embed.js');
      expect(response.status).to.equal(200);
      expect(response.headers.get('access-control-allow-origin')).to.equal('*');
      expect(response.headers.get('content-type')).to.equal('text/javascript; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(response.headers.get('etag')).to.match(/^"[0-9a-f]{12}"$/);
      expect(await response.text()).to.include('carers-support-bot embed');
    });

    it('answers 304 to its own ETag', async () => {
      const etag = (await get('/embed.js')).headers.get('etag')!;
      const again = await get('/embed.js', { 'if-none-match': etag });
      expect(again.status).to.equal(304);
      expect(again.headers.get('access-control-allow-origin')).to.equal('*');
    });

    it('travels under 15 KB gzipped', async () => {
      const { response, body } = await raw('/embed.js', { 'accept-encoding': 'gzip' });
      expect(response.headers['content-encoding']).to.equal('gzip');
      expect(body.length).to.be.below(15 * 1024);
    });

    it('has the button’s words in every language', async () => {
      const script = await (await get('/embed.js')).text();
      for (const lang of LANGUAGES) expect(script, lang).to.include(JSON.stringify(translatorFor(lang)('embed.chatWithUs')).slice(1, -1));
    });
  });

  describe('/chat', () => {
    const cases: Array<{ path: string; status: number; lang?: string; dir?: string; ancestors?: RegExp }> = [
      {
        path: '/chat?org=demo&lang=en',
        status: 200,
        lang: 'en',
        dir: 'ltr',
        ancestors: /frame-ancestors 'self' http:\/\/localhost:3978 http:\/\/127\.0\.0\.1:3978(;|$)/,
      },
      { path: '/chat?org=demo&lang=ar', status: 200, lang: 'ar', dir: 'rtl' },
      { path: '/chat?org=demo&lang=ur', status: 200, lang: 'ur', dir: 'rtl' },
      { path: '/chat?org=valleys', status: 200, lang: 'cy', dir: 'ltr' },
      // A language the organisation does not offer falls back to its first.
      { path: '/chat?org=valleys&lang=pl', status: 200, lang: 'cy', dir: 'ltr' },
      { path: '/chat?org=nobody', status: 404 },
      { path: '/chat?org=%3Cscript%3E', status: 404 },
    ];
    for (const c of cases) {
      it(`${c.path} -> ${c.status}${c.lang ? ` ${c.lang} ${c.dir}` : ''}`, async () => {
        const response = await get(c.path);
        expect(response.status).to.equal(c.status);
        const html = await response.text();
        if (c.status !== 200) return;
        expect(html).to.include(`<html lang="${c.lang}" dir="${c.dir}"`);
        const csp = response.headers.get('content-security-policy')!;
        expect(csp).to.match(/frame-ancestors 'self'/);
        if (c.ancestors) expect(csp).to.match(c.ancestors);
        expect(response.headers.get('referrer-policy')).to.equal('no-referrer');
        expect(response.headers.get('cache-control')).to.equal('no-store');
      });
    }

    it('uses the server default organisation without ?org', async () => {
      expect(await (await get('/chat')).text()).to.include('Hearth Support Line (demo)');
    });

    it('talks to the embedding page only when its origin is allowed', async () => {
      const config = async (host: string) => {
        const html = await (await get(`/chat?org=demo&host=${encodeURIComponent(host)}`)).text();
        return JSON.parse(/<script type="application\/json" id="chat-config">(.*?)<\/script>/s.exec(html)![1]!) as {
          hostOrigin: string | null;
          allowedOrigins: string[];
        };
      };
      expect((await config('http://localhost:3978')).hostOrigin).to.equal('http://localhost:3978');
      expect((await config(running.url)).hostOrigin, 'the server’s own origin').to.equal(running.url);
      expect((await config('https://evil.example')).hostOrigin).to.equal(null);
    });

    it('loads Web Chat and its own modules from this server, never a CDN, at hashed URLs', async () => {
      const html = await (await get('/chat?org=demo')).text();
      const urls = [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(urls).to.include(await webChatPath());
      expect(await webChatPath()).to.match(/^\/static\/webchat\/[0-9a-f]{12}\/webchat\.js$/);
      for (const url of urls) expect(url).to.match(/^\//);
      for (const name of ['chat.js', 'messages.js', 'phoneLinks.js']) expect(html).to.match(new RegExp(`/embed/${name.replace('.', '\\.')}\\?v=[0-9a-f]{12}`));
    });

    it('is in Polish from the first screen when asked for Polish', async () => {
      const html = await (await get('/chat?org=demo&lang=pl')).text();
      const pl = translatorFor('pl');
      for (const key of ['embed.language', 'embed.close', 'embed.greeting', 'embed.privacySummary', 'embed.privacyLink', 'embed.termsLink'])
        expect(html, key).to.include(String(pl(key)));
      expect(html).not.to.include('>Language<');
    });
  });

  describe('files', () => {
    it('serves the Web Chat bundle with a year of cache', async () => {
      const response = await get(await webChatPath());
      expect(response.status).to.equal(200);
      expect(response.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).to.equal('text/javascript; charset=utf-8');
      expect(response.headers.get('vary')).to.equal('Accept-Encoding');
      expect((await response.arrayBuffer()).byteLength).to.be.above(100_000);
    });

    it('compresses the Web Chat bundle for browsers that take it', async () => {
      const { response, body } = await raw(await webChatPath(), { 'accept-encoding': 'gzip' });
      expect(response.headers['content-encoding']).to.equal('gzip');
      expect(body.length).to.be.below(gunzipSync(body).length / 3);
    });

    describe('compression follows Accept-Encoding', () => {
      const cases: Array<[string, string | undefined]> = [
        ['gzip, deflate, br, zstd', 'br'],
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
        ['*', 'br'],
        ['identity', undefined],
        ['', undefined],
      ];
      for (const [accept, encoding] of cases) {
        it(`"${accept}" -> ${encoding ?? 'none'}`, async () => {
          const path = (/src="(\/embed\/chat\.js\?v=[0-9a-f]+)"/.exec(await (await get('/chat?org=demo')).text()) ?? [])[1]!;
          const { response, body } = await raw(path, { 'accept-encoding': accept });
          expect(response.headers['content-encoding']).to.equal(encoding);
          expect(response.headers.vary).to.equal('Accept-Encoding');
          const text = (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');
          expect(text).to.include('chat-config');
          expect(Number(response.headers['content-length'])).to.equal(body.length);
        });
      }
    });

    describe('cache headers', () => {
      it('a URL with the file’s content hash is cached for a year; without it, revalidated', async () => {
        const html = await (await get('/chat?org=demo')).text();
        const versioned = /src="(\/embed\/chat\.js\?v=[0-9a-f]+)"/.exec(html)![1]!;
        expect((await get(versioned)).headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
        expect((await get('/embed/chat.js')).headers.get('cache-control')).to.equal('public, max-age=300');
        expect((await get('/embed/chat.js?v=000000000000')).headers.get('cache-control')).to.equal('public, max-age=300');
        const css = /href="(\/static\/embed\/chat\.css\?v=[0-9a-f]+)"/.exec(html)![1]!;
        expect((await get(css)).headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
      });

      it('chat.js imports its modules by their hashed URLs', async () => {
        const chat = await (await get('/embed/chat.js')).text();
        expect(chat).to.match(/from '\.\/messages\.js\?v=[0-9a-f]{12}';/);
        expect(chat).to.match(/from '\.\/phoneLinks\.js\?v=[0-9a-f]{12}';/);
      });
    });

    const cases: Array<[string, number, string?]> = [
      ['/static/webchat/0.0.1/webchat.js', 404],
      ['/embed/chat.js', 200, 'text/javascript; charset=utf-8'],
      ['/embed/messages.js', 200, 'text/javascript; charset=utf-8'],
      ['/embed/phoneLinks.js', 200, 'text/javascript; charset=utf-8'],
      ['/embed/launcher.js', 404],
      ['/embed/messages.d.ts', 404],
      ['/static/orgs/demo.svg', 200, 'image/svg+xml'],
      ['/static/orgs/nothing.svg', 404],
      ['/static/embed/chat.css', 200, 'text/css; charset=utf-8'],
      ['/static/embed/demo.css', 200, 'text/css; charset=utf-8'],
    ];
    for (const [path, status, type] of cases) {
      it(`${path} -> ${status}`, async () => {
        const response = await get(path);
        expect(response.status).to.equal(status);
        if (type) expect(response.headers.get('content-type')).to.equal(type);
      });
    }
  });

  describe('the demo page', () => {
    it('/ is the demo organisation’s page with the embed script', async () => {
      const response = await get('/');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-security-policy')).to.include("frame-ancestors 'none'");
      const html = await response.text();
      expect(html).to.include('<script src="/embed.js" data-org="demo" data-lang="en" async></script>');
    });

    it('/?org=valleys embeds the Welsh demo organisation, on a Welsh page', async () => {
      const html = await (await get('/?org=valleys')).text();
      expect(html).to.include('data-org="valleys" data-lang="cy"');
      expect(html).to.include('<html lang="cy" dir="ltr">');
    });

    it('/demo/cy is the demo organisation’s page in Welsh, with the chat in Welsh', async () => {
      const html = await (await get('/demo/cy')).text();
      expect(html).to.include('<html lang="cy" dir="ltr">');
      expect(html).to.include(String(translatorFor('cy')('embed.demo.heading')).replace(/'/g, '&#39;'));
      expect(html).to.include('data-org="demo" data-lang="cy"');
      expect((await get('/demo/xx')).status).to.equal(404);
    });

    it('/?org=nobody is not found', async () => {
      expect((await get('/?org=nobody')).status).to.equal(404);
    });
  });

  describe('privacy and terms', () => {
    for (const page of ['privacy', 'terms'] as const) {
      it(`/${page} in every language, English by default`, async () => {
        for (const lang of LANGUAGES) {
          const response = await get(`/${page}?lang=${lang}`);
          expect(response.status).to.equal(200);
          expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
          const html = await response.text();
          expect(html, lang).to.include(`<html lang="${lang}"`);
          expect(html, lang).to.include(`<h1>${translatorFor(lang)(`embed.legal.${page}.title`)}</h1>`);
        }
        expect(await (await get(`/${page}`)).text()).to.include('<html lang="en" dir="ltr">');
      });
    }
  });
});
