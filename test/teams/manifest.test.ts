import { expect } from 'chai';
import { buildManifest, MANIFEST_VERSION, type ManifestOptions } from '../../teams/manifest';
import { validateManifest } from '../../teams/validateManifest';

const BOT_ID = '0b5a2c1e-7d3f-4e8a-9b6c-1f2e3d4c5b6a';
const options: ManifestOptions = {
  botId: BOT_ID,
  teamsAppId: BOT_ID,
  version: '1.2.3',
  developerName: 'Hearth Support Line (demo)',
  publicUrl: 'https://bot.example.org/',
};

type Manifest = ReturnType<typeof buildManifest>;
interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  commandLists: { scopes: string[]; commands: { title: string }[] }[];
}

describe('teams/manifest', () => {
  const manifest = buildManifest(options) as Manifest & {
    bots: Bot[];
    developer: Record<string, string>;
    name: Record<string, string>;
    description: Record<string, string>;
  };

  it('is valid against the shipped schema of the newest stable manifest version', () => {
    expect(manifest.manifestVersion).to.equal(MANIFEST_VERSION);
    expect(manifest.$schema).to.contain(`/v${MANIFEST_VERSION}/`);
    expect(validateManifest(manifest)).to.deep.equal([]);
  });

  it('fills in the bot, ids, version, developer and domains', () => {
    expect(manifest.id).to.equal(BOT_ID);
    expect(manifest.version).to.equal('1.2.3');
    expect(manifest.bots[0].botId).to.equal(BOT_ID);
    expect(manifest.bots[0].scopes).to.have.members(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0].supportsFiles).to.equal(false);
    expect(manifest.developer).to.deep.include({
      name: 'Hearth Support Line (demo)',
      websiteUrl: 'https://bot.example.org/',
      privacyUrl: 'https://bot.example.org/privacy',
      termsOfUseUrl: 'https://bot.example.org/terms',
    });
    expect(manifest.validDomains).to.deep.equal(['bot.example.org']);
    expect(manifest.icons).to.deep.equal({ color: 'color.png', outline: 'outline.png' });
    expect(manifest).not.to.have.property('webApplicationInfo');
  });

  it('keeps a port in the valid domain for local testing', () => {
    expect(buildManifest({ ...options, publicUrl: 'http://localhost:3978' }).validDomains).to.deep.equal(['localhost:3978']);
  });

  it('offers the four commands the bot understands as whole messages', () => {
    const titles = manifest.bots[0].commandLists.flatMap((list) => list.commands.map((c) => c.title));
    expect(titles).to.deep.equal(['help', 'start again', 'talk to a person', 'delete my data']);
  });

  it('describes the app in plain words without "carer" or "caregiver"', () => {
    const wording = [manifest.name.short, manifest.name.full, manifest.description.short, manifest.description.full].join(' ');
    expect(wording).not.to.match(/carer|caregiver|care-giver/i);
  });

  it('cuts an over-long developer name to the schema limit', () => {
    const long = buildManifest({ ...options, developerName: 'A very long organisation name that goes on' });
    expect((long.developer as { name: string }).name).to.have.length(32);
    expect(validateManifest(long)).to.deep.equal([]);
  });

  const broken: [string, (m: Manifest) => unknown, RegExp][] = [
    ['no bot id', (m) => ({ ...m, bots: [{ ...(m.bots as unknown as Bot[])[0], botId: undefined }] }), /botId/],
    ['a bot id that is not a GUID', (m) => ({ ...m, bots: [{ ...(m.bots as unknown as Bot[])[0], botId: 'not-a-guid' }] }), /\/bots\/0\/botId/],
    ['an app id that is not a GUID', (m) => ({ ...m, id: 'carers-bot' }), /\/id/],
    ['a short name over 30 characters', (m) => ({ ...m, name: { short: 'x'.repeat(31) } }), /\/name\/short/],
    ['an unknown scope', (m) => ({ ...m, bots: [{ ...(m.bots as unknown as Bot[])[0], scopes: ['everyone'] }] }), /scopes/],
    ['no icons', (m) => ({ ...m, icons: undefined }), /icons/],
  ];
  for (const [label, breakIt, problem] of broken) {
    it(`rejects a manifest with ${label}`, () => {
      const problems = validateManifest(JSON.parse(JSON.stringify(breakIt(manifest))));
      expect(problems.join('\n')).to.match(problem);
    });
  }
});
