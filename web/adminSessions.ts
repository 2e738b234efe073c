/**
 * The console's session store, shared with the admin space's routes: the advisor console
 * (web/advisorRoutes.ts) creates it and registers it here for its app; the admin routes read
 * the same sessions, so one sign-in serves both.
 */
import type { AccountStore } from '../advisor/accounts';
import type { Session } from '../advisor/sessions';

/** What the admin routes need of the console's sessions (in memory or shared; sync or async). */
export interface ConsoleSessions {
  get(id: string | undefined, touch?: boolean): Session | undefined | Promise<Session | undefined>;
  /** Ends every session of one advisor now (AdvisorSessions.endFor): their console closes and they leave the desk. */
  endFor?(advisorId: string): Promise<number>;
}

const registry = new WeakMap<object, ConsoleSessions>();

export function registerConsoleSessions(app: object, sessions: ConsoleSessions): void {
  registry.set(app, sessions);
}

export function consoleSessionsOf(app: object): ConsoleSessions | undefined {
  return registry.get(app);
}

/** The account behind a session still exists and is not disabled (an admin may have removed it). */
export function activeAccount(accounts: Pick<AccountStore, 'findById'>, id: string): boolean {
  const account = accounts.findById(id);
  return Boolean(account && !account.disabled);
}
