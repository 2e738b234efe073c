/**
 * The `advisor:add` command as a function: checks the options, reads the password, adds the
 * account, prints the TOTP secret once. Returns the exit status: 0 created, 2 refused (with the
 * usage), 1 anything else. scripts/advisor-add.ts is a thin shell over it; tests call it directly.
 */
import { parseArgs } from 'node:util';
import { AccountStore, ROLES, type Role } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { newTotpSecret, totpUri } from '../../advisor/totp';
import { loadConfig } from '../../config';
import { LANGUAGES } from '../../core/languages';
import { loadOrganisations } from '../../handoff/orgs';
import type { TextSink } from './io';

const MIN_PASSWORD_CHARS = 12;

export const USAGE = `usage: npm run advisor:add -- --username NAME --name "Full Name" --org ORG --role advisor|admin --languages en,cy [--totp]
  the password is read from standard input (typed without echo, or piped)`;

export interface AdvisorAddIo {
  env: Record<string, string | undefined>;
  stdout: TextSink;
  stderr: TextSink;
  /** The script reads standard input (advisor/readPassword.ts); tests answer directly. */
  readPassword(prompt: string): Promise<string>;
}

/** A refusal the person running the command can fix: exit status 2 with the usage. */
class Refused extends Error {}

function refuse(message: string): never {
  throw new Refused(message);
}

export async function addAdvisor(argv: string[], io: AdvisorAddIo): Promise<number> {
  try {
    await add(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof Refused) {
      io.stderr.write(`advisor:add: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`advisor:add: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function add(argv: string[], io: AdvisorAddIo): Promise<void> {
  const { values } = parseArgs({
    args: argv,
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
  if (!/^[a-zA-Z0-9._@-]{2,64}$/.test(username)) refuse('--username: 2 to 64 letters, digits or . _ @ -');
  const name = values.name?.trim() ?? '';
  if (!name) refuse('--name is required');
  const org = values.org?.trim() ?? '';
  if (!loadOrganisations().has(org)) refuse(`--org: "${org}" has no file in data/orgs/`);
  if (!ROLES.includes(values.role as Role)) refuse('--role must be advisor or admin');
  const role = values.role as Role;
  const languages = [
    ...new Set(
      values.languages
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const known: readonly string[] = LANGUAGES;
  const unknown = languages.filter((l) => !known.includes(l));
  if (languages.length === 0 || unknown.length) refuse(`--languages: unknown ${unknown.join(', ') || '(none given)'}; one or more of ${known.join(',')}`);

  const store = AccountStore.inDir(loadConfig(io.env).advisor.dir);
  if (store.findByUsername(username)) refuse(`the username "${username.toLowerCase()}" is already taken`);

  const password = await io.readPassword('Password: ');
  if (password.length < MIN_PASSWORD_CHARS) refuse(`the password must be at least ${MIN_PASSWORD_CHARS} characters`);

  const totpSecret = role === 'admin' || values.totp ? newTotpSecret() : undefined;
  const account = store.add({ username, name, org, role, languages, passwordHash: await hashPassword(password), totpSecret });
  io.stdout.write(`Created ${account.role} "${account.username}" (${account.name}) for ${account.org}, languages ${account.languages.join(',')}.\n`);
  if (totpSecret) {
    io.stdout.write(
      `Authenticator secret (shown once; add it to an authenticator app now):\n  secret: ${totpSecret}\n  uri:    ${totpUri(totpSecret, account.username)}\n`,
    );
  }
}
