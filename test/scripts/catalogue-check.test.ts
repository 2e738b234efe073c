import { expect } from 'chai';
import sinon from 'sinon';
import { main as check } from '../../scripts/catalogue-check';
import { main as runImport } from '../../scripts/catalogue-import';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixture = (name: string) => new URL(`../catalogue/fixtures/${name}`, import.meta.url).pathname;

describe('catalogue scripts', () => {
  let log: sinon.SinonStub;
  let error: sinon.SinonStub;
  beforeEach(() => {
    log = sinon.stub(console, 'log');
    error = sinon.stub(console, 'error');
  });
  afterEach(() => sinon.restore());

  describe('catalogue:check', () => {
    it('prints a summary and exits 0 for the shipped catalogue', () => {
      expect(check(['--now', '2026-11-23T12:00:00Z'])).to.equal(0);
      const out = log.args.flat().join('\n');
      expect(out)
        .to.match(/is valid/)
        .and.match(/Per topic: feelings \d+/)
        .and.match(/Per nation/)
        .and.match(/Local per region: .*wessex \d+/)
        .and.match(/Stale .*: 0/)
        .and.match(/Unverified/);
    });
    it('exits 1 and names the broken entries', () => {
      expect(check([fixture('broken-catalogue.json')])).to.equal(1);
      const out = error.args.flat().join('\n');
      expect(out).to.contain('service "bad-phone" (Bad Phone Line): phones[0].number');
      expect(out).to.contain('service "orphan" (Orphan Service): organization_id');
    });
    it('counts entries as stale a year on', () => {
      expect(check(['--now', '2028-01-01T00:00:00Z'])).to.equal(0);
      expect(log.args.flat().join('\n')).to.match(/Stale \(assured over 12 months ago\): [1-9]\d*/);
    });
  });

  describe('catalogue:import', () => {
    it('writes the mapped catalogue to --out and reports what it could not map', () => {
      const out = join(mkdtempSync(join(tmpdir(), 'catalogue-import-')), 'out.json');
      const code = runImport([fixture('hsds3-feed.json'), '--out', out], new Date('2026-11-23T10:00:00Z'));
      expect(code).to.equal(0);
      const written = JSON.parse(readFileSync(out, 'utf8')) as { services: Array<{ id: string }> };
      expect(written.services.map((s) => s.id)).to.deep.equal(['a1b2c3', 'zz9']);
      expect(error.args.flat().join('\n')).to.contain('not mapped: service "a1b2c3": phone 020 7946 0001 of type "fax" dropped');
    });
    it('exits 1 without a feed', () => {
      expect(runImport([])).to.equal(1);
      expect(runImport(['/nonexistent/feed.json'])).to.equal(1);
    });
  });
});
