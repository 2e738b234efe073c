/**
 * What every admin route shares: the gate (a live console session, CSRF on changes, the admin
 * role, the organisation) and the admin page's headers. Advisors get 403 on every admin API;
 * an admin only ever reaches their own organisation (the organisation comes from the session,
 * never from the request).
 */
import type { Request, Response } from 'restify';
import type { AccountStore } from '../advisor/accounts';
import { CSRF_HEADER, originAllowed, tokensMatch } from '../advisor/csrf';
import type { Session } from '../advisor/sessions';
import { readCookies, securityHeaders, sendError, SESSION_COOKIE, ownOrigins } from './advisorHttp';
import { activeAccount, type ConsoleSessions } from './adminSessions';

export const NOT_ADMIN = 'Only your organisation’s admins can do this.';

/** The console's policy, plus frames from our own origin: the live preview of the chat. */
export function adminHeaders(res: Response): void {
  securityHeaders(res);
  // setHeader replaces the console's policy (restify's header() would add a second one, and both would apply).
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  );
}

export interface AdminGateDeps {
  sessions: () => ConsoleSessions | undefined;
  accounts: AccountStore;
  publicUrl: string;
  hasOrganisation: (org: string) => boolean;
}

/** The signed-in admin's session, or an answer already sent. */
export async function adminSession(req: Request, res: Response, deps: AdminGateDeps, changes: boolean): Promise<Session | undefined> {
  if (changes && !originAllowed(req.header('origin'), ownOrigins(req, deps.publicUrl))) {
    sendError(res, 403, 'This request did not come from the console.');
    return undefined;
  }
  const sessions = deps.sessions();
  const session = sessions ? await sessions.get(readCookies(req).get(SESSION_COOKIE), changes) : undefined;
  if (!session || !activeAccount(deps.accounts, session.identity.id)) {
    sendError(res, 401, 'Please sign in.');
    return undefined;
  }
  if (changes && !tokensMatch(req.header(CSRF_HEADER), session.csrfToken)) {
    sendError(res, 403, 'This request did not come from the console.');
    return undefined;
  }
  // The account as it is now: a demoted admin loses the admin space at once.
  const account = deps.accounts.findById(session.identity.id);
  if (account?.role !== 'admin' || !account.totpSecret) {
    sendError(res, 403, NOT_ADMIN);
    return undefined;
  }
  if (!deps.hasOrganisation(session.identity.org)) {
    sendError(res, 404, 'Your organisation is not served here.');
    return undefined;
  }
  return session;
}

export function body(req: Request): Record<string, unknown> {
  const value: unknown = req.body;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function refuse(res: Response, problems: string[], message = 'Nothing was changed.'): void {
  res.status(400);
  res.header('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: `${message} ${problems.join(' ')}`.trim(), problems }));
}

export { sendError };
