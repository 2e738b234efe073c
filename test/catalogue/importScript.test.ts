import { expect } from 'chai';
import sinon from 'sinon';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCatalogueImport } from '../../scripts/lib/catalogueImport';

const fixture = (name: string) => new URL(`./fixtures/oruk/${name}`, import.meta.url).pathname;

describe('npm run catalogue:import (exit codes and reports)', () => {
  let error: sinon.SinonStub;
  let dir: string;
  beforeEach(() => {
    error = sinon.stub(console, 'error');
    dir = mkdtempSync(join(tmpdir(), 'oruk-import-'));
  });
  afterEach(() => sinon.restore());
  const stderr = () => error.args.flat().join('\n');

  it('0: a v1 feed maps, validates, and the extensions file is written', () => {
    const out = join(dir, 'out.json');
    const ext = join(dir, 'ext.json');
    expect(runCatalogueImport([fixture('v1-content.json'), '--out', out, '--extensions', ext, '--now', '2026-11-23'])).to.equal(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { services: unknown[] }).services).to.have.length(1);
    expect(JSON.parse(readFileSync(ext, 'utf8'))).to.have.property('1001');
    expect(stderr()).to.contain('as oruk v1 page: mapped 1 services, skipped 3 records');
    expect(stderr()).to.contain('record #2 (id 1002) skipped: no name');
  });

  const nothing: Array<[string, string[]]> = [
    ['the official example with placeholder data', [fixture('uk-service_full.json')]],
    ['the same with an --area it does not know', [fixture('uk-service_full.json'), '--area', 'Atlantis']],
  ];
  for (const [what, args] of nothing) {
    it(`3: nothing mapped (${what}): no catalogue written`, () => {
      const out = join(dir, 'out.json');
      expect(runCatalogueImport([...args, '--out', out, '--now', '2026-11-23'])).to.equal(3);
      expect(existsSync(out)).to.equal(false);
      expect(stderr()).to.contain('Nothing could be mapped');
    });
  }

  it('3: an empty page', () => {
    const feed = join(dir, 'empty.json');
    writeFileSync(feed, JSON.stringify({ total_items: 0, contents: [] }));
    expect(runCatalogueImport([feed, '--out', join(dir, 'out.json')])).to.equal(3);
  });

  it('2: mapped but invalid (an email that is not one): written, problems named', () => {
    const feed = join(dir, 'bad.json');
    const service = {
      id: 'x',
      name: 'Bad email line',
      description: 'A carers advice line with a broken email address.',
      url: 'https://x.example.org',
      email: 'not-an-email',
      service_areas: [{ name: 'Wales' }],
      attributes: [{ taxonomy_term: { name: 'Benefits advice' } }],
    };
    writeFileSync(feed, JSON.stringify([service]));
    expect(runCatalogueImport([feed, '--out', join(dir, 'out.json'), '--now', '2026-11-23'])).to.equal(2);
    expect(stderr()).to.match(/service "x" \(Bad email line\): email/);
  });

  const usage: Array<[string, string[]]> = [
    ['no feed', []],
    ['an unreadable feed', ['/nonexistent/feed.json']],
    ['a bad --now', [fixture('v1-content.json'), '--now', 'someday']],
  ];
  for (const [what, args] of usage) it(`1: ${what}`, () => expect(runCatalogueImport(args)).to.equal(1));
});
