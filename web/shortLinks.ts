/**
 * GET /s/<key>: the short links SMS replies give for long web addresses (channels/shortLinks.ts).
 * Redirects only to the web address of a service the bot can list (the catalogue it has now and
 * the councils' local help); anything else is 404, so it is never an open redirect.
 */
import type { Request, Response, Server } from 'restify';
import type { Catalogue } from '../catalogue';
import { shippedLocalHelpData, type LocalHelpData } from '../catalogue/localHelpData';
import { withLocalHelp } from '../catalogue/oruk/localHelpServices';
import { SHORT_LINK_PREFIX, shortLinkKey } from '../channels/shortLinks';
import type { RouteModule } from './routes';

/** Key → web address, for every service with an http(s) address. */
export function shortLinkIndex(catalogue: Catalogue): Map<string, string> {
  const index = new Map<string, string>();
  for (const service of catalogue.services) if (service.url && /^https?:\/\//i.test(service.url)) index.set(shortLinkKey(service.url), service.url);
  return index;
}

/** The route, over whatever catalogue `current` gives now (live feeds swap it). */
export function mountShortLinksOn(server: Server, current: () => Catalogue): void {
  let built: { from: Catalogue; index: Map<string, string> } | undefined;
  const go = async (req: Request, res: Response) => {
    const catalogue = current();
    if (built?.from !== catalogue) built = { from: catalogue, index: shortLinkIndex(catalogue) };
    const url = built.index.get(String(req.params.key ?? ''));
    if (!url) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end('This link is not known. Text the bot again for the address.');
      return;
    }
    res.writeHead(302, { Location: url, 'Cache-Control': 'public, max-age=86400', 'Referrer-Policy': 'no-referrer' });
    res.end();
  };
  server.get(`${SHORT_LINK_PREFIX}:key`, go);
  server.head(`${SHORT_LINK_PREFIX}:key`, go);
}

/** The route module: the bot's catalogue with the councils' local help beside it. */
export const mountShortLinks: RouteModule = (server, context) => {
  let localHelp: LocalHelpData | undefined;
  try {
    localHelp = shippedLocalHelpData();
  } catch (error) {
    context.logger.warn({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'short links without local help: its data did not load');
  }
  let joined: { from: Catalogue; with: Catalogue } | undefined;
  mountShortLinksOn(server, () => {
    const now = context.app.catalogue;
    if (joined?.from !== now) joined = { from: now, with: localHelp ? withLocalHelp(now, localHelp) : now };
    return joined.with;
  });
};
