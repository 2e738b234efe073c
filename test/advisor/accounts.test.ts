import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore, accountsPath, identityOf } from '../../advisor/accounts';

const FIELDS = { username: 'Sam', name: 'Sam Jones', org: 'demo', role: 'advisor' as const, languages: ['en', 'cy'], passwordHash: 'scrypt$x' };

describe('advisor accounts', () => {
  let dir: string;
  beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'advisor-accounts-')), 'nested')));
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('creates the folder and an accounts.json only its owner can read, with no temporary file left', () => {
    const store = AccountStore.inDir(dir);
    const account = store.add(FIELDS);
    expect(account.username).to.equal('sam');
    expect(statSync(accountsPath(dir)).mode & 0o777).to.equal(0o600);
    expect(readdirSync(dir)).to.deep.equal(['accounts.json']);
    expect(JSON.parse(readFileSync(accountsPath(dir), 'utf8')).accounts[0].id).to.equal(account.id);
  });

  it('finds by username whatever the case and by id; refuses a taken username', () => {
    const store = AccountStore.inDir(dir);
    const account = store.add(FIELDS);
    expect(store.findByUsername(' SAM ')?.id).to.equal(account.id);
    expect(store.findById(account.id)?.username).to.equal('sam');
    expect(() => store.add({ ...FIELDS, username: 'sam' })).to.throw(/already taken/);
  });

  it('sees accounts another process added (the file changed)', () => {
    const reader = AccountStore.inDir(dir);
    expect(reader.all()).to.deep.equal([]);
    AccountStore.inDir(dir).add(FIELDS);
    const file = accountsPath(dir);
    const body = JSON.parse(readFileSync(file, 'utf8'));
    body.accounts.push({ ...body.accounts[0], id: 'x2', username: 'alex' });
    writeFileSync(file, JSON.stringify(body));
    expect(reader.findByUsername('alex')?.id).to.equal('x2');
  });

  it('gives the desk an identity without the password hash or secret', () => {
    const identity = identityOf(AccountStore.inDir(dir).add({ ...FIELDS, totpSecret: 'ABC' }));
    expect(Object.keys(identity).sort()).to.deep.equal(['id', 'languages', 'name', 'org']);
  });
});
