/**
 * `npm run advisor:add -- --username sam --name "Sam Jones" --org demo --role advisor --languages en,cy [--totp]`
 *
 * Creates an advisor account in ADVISOR_DIR/accounts.json. The password comes from
 * standard input: prompted without echo on a terminal, or the first line when piped.
 * Admins always get an authenticator (TOTP) secret; advisors when they ask with --totp.
 * The secret is printed once, here, and never again. The work is in ./lib/advisorAdd.ts.
 */
import dotenv from 'dotenv';
import { readPassword } from '../advisor/readPassword';
import { addAdvisor } from './lib/advisorAdd';

dotenv.config({ quiet: true });
const io = { env: process.env, stdout: process.stdout, stderr: process.stderr, readPassword: (prompt: string) => readPassword(prompt) };
// addAdvisor never throws: it reports and returns the exit status.
void addAdvisor(process.argv.slice(2), io).then((status) => process.exit(status));
