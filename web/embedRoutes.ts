/**
 * The Web Chat embed's routes: /embed.js (the launcher, public, CORS *), /chat (the iframe
 * page, framed only by the organisation's allowed origins), / (the demo page), and their
 * files: the chat client modules, the self-hosted Web Chat bundle and web/static/ files.
 */
import type { Request, Response, Server } from 'restify';
import type { Organisation } from '../handoff/orgs';
import { chatLanguage, chatPageHtml } from './chatPage';
import { demoLanguage, demoPageHtml } from './demoPage';
import { mountLegalPages } from './legalPages';
import { LANGUAGES } from '../core/languages';
import { CLIENT_MODULES, EmbedAssets, staticFile, type Asset, type ClientModule } from './embedAssets';
import { CHAT_PAGE_HEADERS, chatPageCsp, DEMO_PAGE_CSP, embeddingOrigins, requestOrigin, trustedHostOrigin } from './embedSecurity';
import type { RouteModule } from './routes';

export const TOKEN_URL = '/api/directline/token';
const YEAR = 'public, max-age=31536000, immutable';

function query(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

function notFound(res: Response, what: string): void {
  res.status(404);
  res.header('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${what} not found`);
}

function sendHtml(res: Response, html: string, headers: Record<string, string>): void {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
  res.end(html);
}

/** A file with its type, compressed as the browser allows (brotli, else gzip; the Web Chat bundle is 2.6 MB). */
async function sendAsset(req: Request, res: Response, assets: EmbedAssets, file: Asset, headers: Record<string, string>): Promise<void> {
  const { body, encoding } = await assets.compressed.encode(file, req.headers['accept-encoding'] as string | undefined);
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    ...headers,
  });
  res.end(body);
}

/** Unversioned URLs: cached briefly, then revalidated by ETag. */
async function sendRevalidated(req: Request, res: Response, assets: EmbedAssets, file: Asset, headers: Record<string, string>): Promise<void> {
  const etag = `"${file.version}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag, ...headers });
    res.end();
    return;
  }
  await sendAsset(req, res, assets, file, { ETag: etag, 'Cache-Control': 'public, max-age=300', ...headers });
}

/** A URL that names the file's content hash (?v=) is cached for a year; any other is revalidated. */
async function sendVersioned(req: Request, res: Response, assets: EmbedAssets, file: Asset, headers: Record<string, string>): Promise<void> {
  if (query(req, 'v') === file.version) return sendAsset(req, res, assets, file, { ETag: `"${file.version}"`, 'Cache-Control': YEAR, ...headers });
  return sendRevalidated(req, res, assets, file, headers);
}

export const mountEmbed: RouteModule = (server: Server, { app }) => {
  const assets = new EmbedAssets();
  const orgs = app.organisations;
  const publicOrigin = new URL(app.config.publicUrl).origin;
  const organisation = (id: string | undefined): Organisation | undefined => orgs.get(id ?? app.config.defaultOrg);

  server.get('/embed.js', async (req: Request, res: Response) => {
    // A public script any page may load; it reads nothing from the page but its own tag.
    await sendRevalidated(req, res, assets, assets.launcher, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
  });

  server.get('/embed/:file', async (req: Request, res: Response) => {
    const name = String(req.params.file ?? '') as ClientModule;
    if (!CLIENT_MODULES.includes(name)) return notFound(res, 'file');
    await sendVersioned(req, res, assets, assets.modules[name], {});
  });

  server.get('/static/webchat/:version/webchat.js', async (req: Request, res: Response) => {
    const webChat = await assets.webChat;
    if (req.params.version !== webChat.version) return notFound(res, 'Web Chat version');
    await sendAsset(req, res, assets, webChat, { 'Cache-Control': YEAR });
  });

  for (const folder of ['embed', 'orgs'] as const) {
    server.get(`/static/${folder}/:file`, async (req: Request, res: Response) => {
      const file = staticFile(folder, String(req.params.file ?? ''));
      if (!file) return notFound(res, 'file');
      // SVG logos are documents: no scripts in them even if a file slips through review.
      await sendVersioned(
        req,
        res,
        assets,
        file,
        file.contentType === 'image/svg+xml' ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" } : {},
      );
    });
  }

  server.get('/chat', async (req: Request, res: Response) => {
    const org = organisation(query(req, 'org'));
    if (!org) return notFound(res, 'organisation');
    const allowedOrigins = embeddingOrigins(org, [requestOrigin(req), publicOrigin]);
    // Built once at start-up (a second or two on a first boot, then from the disk cache).
    const webChat = await assets.webChat;
    const html = chatPageHtml({
      org,
      lang: chatLanguage(org, query(req, 'lang')),
      hostOrigin: trustedHostOrigin(query(req, 'host'), allowedOrigins),
      allowedOrigins,
      webChatPath: webChat.path,
      chatScriptUrl: assets.moduleUrl('chat.js'),
      modulePreloads: [assets.moduleUrl('messages.js'), assets.moduleUrl('phoneLinks.js')],
      cssUrl: assets.cssUrl('chat.css'),
      tokenUrl: TOKEN_URL,
    });
    sendHtml(res, html, { ...CHAT_PAGE_HEADERS, 'Content-Security-Policy': chatPageCsp(org, app.config.directLine.endpoint) });
  });

  const demo = async (req: Request, res: Response) => {
    const org = organisation(query(req, 'org'));
    if (!org) return notFound(res, 'organisation');
    const asked = (req.params as Record<string, string | undefined>).lang ?? query(req, 'lang');
    if (asked !== undefined && !(LANGUAGES as readonly string[]).includes(asked)) return notFound(res, 'language');
    const others = [...orgs.values()].filter((other) => other.id !== org.id);
    const lang = demoLanguage(org, asked);
    sendHtml(res, demoPageHtml({ org, others, lang, cssUrl: assets.cssUrl('demo.css') }), {
      'Content-Security-Policy': DEMO_PAGE_CSP,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
  };
  // "/" and "/demo": the demo organisation in its default language; "/demo/cy": in Welsh; "?org=valleys": another organisation.
  server.get('/', demo);
  server.get('/demo', demo);
  server.get('/demo/:lang', demo);

  mountLegalPages(server, {
    cssUrl: () => assets.cssUrl('demo.css'),
    keepHours: Math.round(app.config.stateIdleMs / 3_600_000),
    callbackKeepDays: app.config.handoff.callbackKeepDays,
  });
};
