/** The launcher bundle (size, shape), the self-hosted Web Chat bundle and static files. */
import { expect } from 'chai';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildLauncher, EmbedAssets, staticFile, webChatBundle } from '../../web/embedAssets';

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

  it('Web Chat comes from the npm package at a versioned path', () => {
    const bundle = webChatBundle();
    expect(bundle.version).to.match(/^4\.\d+\.\d+/);
    expect(bundle.path).to.equal(`/static/webchat/${bundle.version}/webchat.js`);
    expect(bundle.file).to.match(/node_modules[\\/]botframework-webchat[\\/]dist[\\/]webchat\.js$/);
  });

  it('loads everything at once and versions the URLs by content', () => {
    const assets = new EmbedAssets();
    expect(assets.moduleUrl('chat.js')).to.match(/^\/embed\/chat\.js\?v=[0-9a-f]{12}$/);
    expect(assets.cssUrl('chat.css')).to.match(/^\/static\/embed\/chat\.css\?v=[0-9a-f]{12}$/);
    expect(assets.webChat.body.length).to.be.above(100_000);
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
