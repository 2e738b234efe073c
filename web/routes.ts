/**
 * The HTTP features beside the Bot Framework endpoint, each in its own module:
 * the Web Chat embed and demo page, the local Direct Line endpoint, the advisor console.
 * A module registers its routes and may return a `close` that ends its open streams
 * (server-sent events, WebSockets) so the server can stop.
 */
import type { Server } from 'restify';
import type { BotApp } from '../app';
import type { Logger } from '../ops/logger';
import { mountDirectLine } from './directLine';
import { mountEmbed } from './embedRoutes';
import mountAdvisorConsole from './advisorRoutes';
import mountAdminSpace from './adminRoutes';
import mountInsight from './insightRoutes';
import { mountOruk } from './orukRoutes';
import { mountShortLinks } from './shortLinks';

export interface RouteContext {
  app: BotApp;
  logger: Logger;
  /** Set while the server accepts work; false while it starts or stops. */
  state: { ready: boolean };
}

export interface MountedRoutes {
  close?(): Promise<void> | void;
}

export type RouteModule = (server: Server, context: RouteContext) => MountedRoutes | void;

/** Registered in this order; add a feature's module here. */
export const routeModules: RouteModule[] = [mountDirectLine, mountAdvisorConsole, mountAdminSpace, mountEmbed, mountOruk, mountInsight, mountShortLinks];
