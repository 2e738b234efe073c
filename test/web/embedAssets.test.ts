/** The launcher bundle (size, shape), the self-hosted Web Chat bundle and static files. */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../../core/languages';
import { buildLauncher, clientModules, EmbedAssets, staticFile, webChatBundle } from '../../web/embedAssets';
import { launcherWords } from '../../web/embedText';

describe('embed assets', () => {
  const launcher = buildLauncher();

  it('the launcher is under 15 KB gzipped', () => {
    const size = gzipSync(launcher, { level: 9 }).length;
    expect(size).to.be.below(15 * 1024);
  });

  it('the launcher is one classic script: parses, no import or export left', () => {
    expect(() => new Script(launcher, { filename: 'embed.js' })).not.to.throw();
    expect(launcher).not.to.match(/^\s*(import|export)\b/m);
  });

  it('the launcher inlines the message protocol with its origin check', () => {
    expect(launcher).to.include('function readFromChat(');
    expect(launcher).to.match(/readFromChat\(event, botOrigin, frame\.contentWindow\)/);
    // Messages to the chat name the bot origin as the target, never "*".
    expect(launcher).to.match(/postMessage\([^)]*\), botOrigin\)/);
    expect(launcher).not.to.match(/postMessage\([^)]*'\*'\)/);
  });

  it('the launcher does nothing outside a script tag, and declares no globals', () => {
    const window: Record<string, unknown> = {};
    const sandbox: Record<string, unknown> = { window, document: { currentScript: null } };
    new Script(launcher).runInNewContext(sandbox);
    expect(Object.keys(window)).to.deep.equal([]);
    expect(Object.keys(sandbox).sort()).to.deep.equal(['document', 'window']);
  });

  it('the launcher carries its words in every language', () => {
    const words = launcherWords();
    expect(Object.keys(words)).to.deep.equal([...LANGUAGES]);
    for (const lang of LANGUAGES) {
      expect(words[lang].newMessages, lang).to.include('{{label}}').and.include('{{count}}');
      expect(launcher, lang).to.include(JSON.stringify(words[lang].chatWithUs).slice(1, -1));
    }
    expect(launcher).not.to.include('/*WORDS*/');
  });

  it('Web Chat comes from the npm package, its prebuilt bundle as the fallback', () => {
    const bundle = webChatBundle();
    expect(bundle.version).to.match(/^4\.\d+\.\d+/);
    expect(bundle.file).to.match(/node_modules[\\/]botframework-webchat[\\/]dist[\\/]webchat\.js$/);
  });

  it('chat.js imports its modules by their content hashes', () => {
    const modules = clientModules();
    const chat = modules['chat.js'].body.toString('utf8');
    expect(chat).to.include(`from './messages.js?v=${modules['messages.js'].version}';`);
    expect(chat).to.include(`from './phoneLinks.js?v=${modules['phoneLinks.js'].version}';`);
  });

  it('loads everything at once and versions the URLs by content', async function () {
    this.timeout(60_000);
    const assets = new EmbedAssets();
    expect(assets.moduleUrl('chat.js')).to.match(/^\/embed\/chat\.js\?v=[0-9a-f]{12}$/);
    expect(assets.cssUrl('chat.css')).to.match(/^\/static\/embed\/chat\.css\?v=[0-9a-f]{12}$/);
    const webChat = await assets.webChat;
    expect(webChat.body.length).to.be.above(100_000);
    expect(webChat.path).to.equal(`/static/webchat/${webChat.version}/webchat.js`);
    // Our build of Web Chat (smaller than the package's prebuilt 3.9 MB), unless it could not be made.
    if (webChat.kind === 'custom') expect(webChat.body.length).to.be.below(3_000_000);
  });

  it('once its copies are made, Web Chat is kept compressed only: its body, unzipped when asked, has the same bytes and version', async function () {
    this.timeout(60_000);
    const assets = new EmbedAssets();
    const webChat = await assets.webChat;
    const before = Buffer.from(webChat.body);
    await assets.ready();
    expect(Object.getOwnPropertyDescriptor(webChat, 'body')?.get, 'a getter, not the bytes').to.be.a('function');
    expect(webChat.body.equals(before)).to.equal(true);
    expect(createHash('sha256').update(webChat.body).digest('hex').slice(0, 12)).to.equal(webChat.version);
    expect((await assets.compressed.encode(webChat, 'br, gzip')).encoding).to.equal('br');
  });

  describe('static files', () => {
    const cases: Array<[string, string, boolean]> = [
      ['orgs', 'demo.svg', true],
      ['orgs', 'valleys.svg', true],
      ['embed', 'chat.css', true],
      ['orgs', '../embed/chat.css', false],
      ['orgs', '.hidden.svg', false],
      ['orgs', 'demo.js', false],
      ['orgs', 'missing.svg', false],
    ];
    for (const [folder, name, found] of cases) {
      it(`${folder}/${name} is ${found ? 'served' : 'refused'}`, () => {
        expect(staticFile(folder as 'orgs' | 'embed', name) !== undefined).to.equal(found);
      });
    }
  });
});
