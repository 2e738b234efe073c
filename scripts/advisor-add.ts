/**
 * `npm run advisor:add -- --username sam --name "Sam Jones" --org demo --role advisor --languages en,cy [--totp]`
 *
 * Creates an advisor account in ADVISOR_DIR/accounts.json. The password comes from
 * standard input: prompted without echo on a terminal, or the first line when piped.
 * Admins always get an authenticator (TOTP) secret; advisors when they ask with --totp.
 * The secret is printed once, here, and never again.
 */
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { AccountStore, ROLES, type Role } from '../advisor/accounts';
import { hashPassword } from '../advisor/password';
import { newTotpSecret, totpUri } from '../advisor/totp';
import { readPassword } from '../advisor/readPassword';
import { loadConfig } from '../config';
import { loadOrganisations } from '../handoff/orgs';
import { LANGUAGES } from '../core/languages';

const MIN_PASSWORD_CHARS = 12;

const USAGE = `usage: npm run advisor:add -- --username NAME --name "Full Name" --org ORG --role advisor|admin --languages en,cy [--totp]
  the password is read from standard input (typed without echo, or piped)`;

function fail(message: string): never {
  process.stderr.write(`advisor:add: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string', default: 'advisor' },
      languages: { type: 'string', default: 'en' },
      totp: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const username = values.username?.trim() ?? '';
  if (!/^[a-zA-Z0-9._@-]{2,64}$/.test(username)) fail('--username: 2 to 64 letters, digits or . _ @ -');
  const name = values.name?.trim() ?? '';
  if (!name) fail('--name is required');
  const org = values.org?.trim() ?? '';
  if (!loadOrganisations().has(org)) fail(`--org: "${org}" has no file in data/orgs/`);
  if (!ROLES.includes(values.role as Role)) fail('--role must be advisor or admin');
  const role = values.role as Role;
  const languages = [...new Set(values.languages.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean))];
  const known: readonly string[] = LANGUAGES;
  const unknown = languages.filter((l) => !known.includes(l));
  if (languages.length === 0 || unknown.length) fail(`--languages: unknown ${unknown.join(', ') || '(none given)'}; one or more of ${known.join(',')}`);

  const config = loadConfig();
  const store = AccountStore.inDir(config.advisor.dir);
  if (store.findByUsername(username)) fail(`the username "${username.toLowerCase()}" is already taken`);

  const password = await readPassword('Password: ');
  if (password.length < MIN_PASSWORD_CHARS) fail(`the password must be at least ${MIN_PASSWORD_CHARS} characters`);

  const totpSecret = role === 'admin' || values.totp ? newTotpSecret() : undefined;
  const account = store.add({ username, name, org, role, languages, passwordHash: await hashPassword(password), totpSecret });
  process.stdout.write(`Created ${account.role} "${account.username}" (${account.name}) for ${account.org}, languages ${account.languages.join(',')}.\n`);
  if (totpSecret) {
    process.stdout.write(
      `Authenticator secret (shown once; add it to an authenticator app now):\n  secret: ${totpSecret}\n  uri:    ${totpUri(totpSecret, account.username)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`advisor:add: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
