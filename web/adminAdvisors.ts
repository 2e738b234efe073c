/**
 * The admin space's advisors: list (with who is online), add, disable or enable, remove, reset
 * a password or the authenticator. Only accounts of the admin's own organisation are listed or
 * touched (any other id is "not found"). A new or reset password, when the admin does not set
 * one, and a new authenticator secret are shown once in the answer and never stored in clear.
 * A disabled or removed account's sessions end at once: their console's event stream closes and
 * they leave the desk (AdvisorSessions.endFor); any request still in flight is refused by the
 * gate's account check (web/adminSessions.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { normaliseUsername, ROLES, type Account, type AccountStore, type Role } from '../advisor/accounts';
import { hashPassword } from '../advisor/password';
import type { Session } from '../advisor/sessions';
import { newTotpSecret, totpUri } from '../advisor/totp';
import type { AdminAction } from '../admin';
import { LANGUAGES } from '../core/languages';
import type { AdvisorIdentity } from '../handoff/advisorDesk';
import { sendJson } from './advisorHttp';
import { body, refuse, sendError } from './adminHttp';

const MIN_PASSWORD = 12;
const USERNAME = /^[a-z0-9._-]{2,40}$/;

type Api = (changes: boolean, handler: (session: Session, req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) => Promise<void>;

export interface AdminAdvisorDeps {
  api: Api;
  accounts: AccountStore;
  record: (session: Session, action: AdminAction, fields: { target?: string; before?: unknown; after?: unknown }) => Promise<void>;
  clock: () => number;
  online: (org: string) => Promise<AdvisorIdentity[]>;
  /** Ends every console session of one advisor now; how many. */
  endSessions: (advisorId: string) => Promise<number>;
}

/** A password someone can type: 16 characters from an alphabet without look-alikes. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** What the page and the audit log see of an account: never the hash or the secret. */
function summary(account: Account) {
  return {
    id: account.id,
    username: account.username,
    name: account.name,
    role: account.role,
    languages: account.languages,
    totp: Boolean(account.totpSecret),
    disabled: Boolean(account.disabled),
  };
}

export function mountAdminAdvisors(server: Server, deps: AdminAdvisorDeps): void {
  const { api, accounts, record } = deps;
  const ofOrg = (session: Session) => accounts.all().filter((a) => a.org === session.identity.org);
  /** One of the admin's organisation's accounts, or 404 (another organisation's is not even confirmed to exist). */
  const target = (session: Session, req: Request, res: Response): Account | undefined => {
    const id = body(req).id;
    const account = ofOrg(session).find((a) => a.id === id);
    if (!account) sendError(res, 404, 'No such advisor in your organisation.');
    return account;
  };
  const notSelf = (session: Session, account: Account, res: Response): boolean => {
    if (account.id !== session.identity.id) return true;
    sendError(res, 409, 'You cannot do this to your own account.');
    return false;
  };
  const passwordFrom = (value: unknown): { password: string; shown: boolean } | { problem: string } => {
    if (value === undefined || value === '') return { password: oneTimePassword(), shown: true };
    if (typeof value !== 'string' || value.length < MIN_PASSWORD || value.length > 1000)
      return { problem: `A password needs at least ${MIN_PASSWORD} characters.` };
    return { password: value, shown: false };
  };

  server.get(
    '/advisor/api/admin/advisors',
    api(false, async (session, _req, res) => {
      const online = new Set((await deps.online(session.identity.org)).map((a) => a.id));
      sendJson(res, 200, { advisors: ofOrg(session).map((a) => ({ ...summary(a), online: online.has(a.id) })) });
    }),
  );

  server.post(
    '/advisor/api/admin/advisors/add',
    api(true, async (session, req, res) => {
      const input = body(req);
      const problems: string[] = [];
      const username = typeof input.username === 'string' ? normaliseUsername(input.username) : '';
      if (!USERNAME.test(username)) problems.push('The username needs 2 to 40 lower-case letters, digits, dots, dashes or underscores.');
      else if (accounts.findByUsername(username)) problems.push(`The username "${username}" is already taken.`);
      const name = typeof input.name === 'string' ? input.name.trim() : '';
      if (!name || name.length > 80) problems.push('The name is required (at most 80 characters).');
      const role = (input.role ?? 'advisor') as Role;
      if (!ROLES.includes(role)) problems.push(`The role must be one of ${ROLES.join(', ')}.`);
      const languages = Array.isArray(input.languages) ? input.languages : [];
      if (languages.length === 0 || !languages.every((l) => (LANGUAGES as readonly unknown[]).includes(l)))
        problems.push('Choose at least one language the advisor can advise in.');
      const password = passwordFrom(input.password);
      if ('problem' in password) problems.push(password.problem);
      if (problems.length || 'problem' in password) return refuse(res, problems, 'The advisor was not added.');
      // Admins always have a second factor; advisors when the admin asks for one.
      const totpSecret = role === 'admin' || input.totp === true ? newTotpSecret() : undefined;
      const account = await accounts.add(
        {
          username,
          name,
          org: session.identity.org,
          role,
          languages: languages as string[],
          passwordHash: await hashPassword(password.password),
          ...(totpSecret ? { totpSecret } : {}),
        },
        new Date(deps.clock()),
      );
      await record(session, 'advisor.add', { target: account.id, after: summary(account) });
      sendJson(res, 200, {
        advisor: summary(account),
        ...(password.shown ? { password: password.password } : {}),
        ...(totpSecret ? { totpSecret, totpUri: totpUri(totpSecret, username) } : {}),
      });
    }),
  );

  server.post(
    '/advisor/api/admin/advisors/disable',
    api(true, async (session, req, res) => {
      const account = target(session, req, res);
      if (!account || !notSelf(session, account, res)) return;
      const disabled = body(req).disabled !== false;
      const updated = (await accounts.update(account.id, { disabled: disabled || undefined }))!;
      if (disabled) await deps.endSessions(account.id);
      await record(session, disabled ? 'advisor.disable' : 'advisor.enable', { target: account.id, before: summary(account), after: summary(updated) });
      sendJson(res, 200, { advisor: summary(updated) });
    }),
  );

  server.post(
    '/advisor/api/admin/advisors/remove',
    api(true, async (session, req, res) => {
      const account = target(session, req, res);
      if (!account || !notSelf(session, account, res)) return;
      await accounts.remove(account.id);
      await deps.endSessions(account.id);
      await record(session, 'advisor.remove', { target: account.id, before: summary(account) });
      sendJson(res, 200, { removed: true });
    }),
  );

  server.post(
    '/advisor/api/admin/advisors/reset-password',
    api(true, async (session, req, res) => {
      const account = target(session, req, res);
      if (!account) return;
      const password = passwordFrom(body(req).password);
      if ('problem' in password) return refuse(res, [password.problem], 'The password was not changed.');
      await accounts.update(account.id, { passwordHash: await hashPassword(password.password) });
      // A reset is for a password that may be known to someone else: its sessions end too (not the admin's own).
      if (account.id !== session.identity.id) await deps.endSessions(account.id);
      await record(session, 'advisor.reset-password', { target: account.id });
      sendJson(res, 200, { advisor: summary(account), ...(password.shown ? { password: password.password } : {}) });
    }),
  );

  server.post(
    '/advisor/api/admin/advisors/reset-totp',
    api(true, async (session, req, res) => {
      const account = target(session, req, res);
      if (!account) return;
      const totpSecret = newTotpSecret();
      const updated = (await accounts.update(account.id, { totpSecret }))!;
      if (account.id !== session.identity.id) await deps.endSessions(account.id);
      await record(session, 'advisor.reset-totp', { target: account.id, before: { totp: Boolean(account.totpSecret) }, after: { totp: true } });
      sendJson(res, 200, { advisor: summary(updated), totpSecret, totpUri: totpUri(totpSecret, account.username) });
    }),
  );
}
