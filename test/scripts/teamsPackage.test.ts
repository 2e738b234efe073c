import { expect } from 'chai';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sinon from 'sinon';
import { buildTeamsPackage, main } from '../../scripts/teams-package';
import { validateManifest } from '../../teams/validateManifest';
import { readPng } from '../teams/pngReader';

const BOT_ID = '3f1c9a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OTHER_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const IDENTITY = { MicrosoftAppId: BOT_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: OTHER_ID, MicrosoftAppPassword: 'x' };

describe('scripts/teams-package', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'teams-package-'));
  });
  afterEach(() => {
    sinon.restore();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes a zip with a valid manifest and the two icons, the bot id from MicrosoftAppId', () => {
    const env = { ...IDENTITY, PUBLIC_URL: 'https://chat.example.org' };
    const { file } = buildTeamsPackage(['--out', out, '--app-version', '2.0.1'], env);
    expect(file).to.equal(join(out, 'looking-after-someone-2.0.1.zip'));
    const entries = unzipSync(readFileSync(file));
    expect(Object.keys(entries).sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'])) as { id: string; version: string; bots: { botId: string }[]; validDomains: string[] };
    expect(validateManifest(manifest)).to.deep.equal([]);
    expect(manifest.bots[0].botId).to.equal(BOT_ID);
    expect(manifest.id).to.equal(BOT_ID);
    expect(manifest.version).to.equal('2.0.1');
    expect(manifest.validDomains).to.deep.equal(['chat.example.org']);
    expect([readPng(entries['color.png']).width, readPng(entries['outline.png']).width]).to.deep.equal([192, 32]);
  });

  it('takes --app-id and --teams-app-id over the environment', () => {
    const { manifest } = buildTeamsPackage(['--out', out, '--app-id', OTHER_ID, '--teams-app-id', BOT_ID], {});
    expect((manifest.bots as { botId: string }[])[0].botId).to.equal(OTHER_ID);
    expect(manifest.id).to.equal(BOT_ID);
  });

  it('builds the same bytes twice', () => {
    const first = readFileSync(buildTeamsPackage(['--out', out, '--app-id', BOT_ID], {}).file);
    const second = readFileSync(buildTeamsPackage(['--out', out, '--app-id', BOT_ID], {}).file);
    expect(first.equals(second)).to.equal(true);
  });

  const failures: [string, string[], Record<string, string>, RegExp][] = [
    ['no MicrosoftAppId', [], {}, /MicrosoftAppId/],
    ['a bot id that is not a GUID', ['--app-id', 'my-bot'], {}, /bot id must be a GUID/],
    ['a Teams app id that is not a GUID', ['--teams-app-id', 'x'], IDENTITY, /--teams-app-id must be a GUID/],
    ['a bad PUBLIC_URL', [], { ...IDENTITY, PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL/],
  ];
  for (const [label, args, env, message] of failures) {
    it(`exits 1 with a clear message and writes nothing given ${label}`, () => {
      const error = sinon.stub(console, 'error');
      sinon.stub(console, 'log');
      expect(main(['--out', out, ...args], env)).to.equal(1);
      expect(error.args.flat().join('\n')).to.match(message);
      expect(existsSync(join(out, 'looking-after-someone-0.1.0.zip'))).to.equal(false);
    });
  }
});
