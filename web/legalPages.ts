/**
 * /privacy and /terms: the privacy notice and terms of use the chat links to and the Teams
 * package names (privacyUrl, termsOfUseUrl), in every language (?lang=cy; English by default).
 * The privacy notice says what docs/DATA-INVENTORY.md says, in plain words, with the retention
 * periods this server is configured with.
 */
import type { Request, Response, Server } from 'restify';
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { NATIVE_NAMES } from '../dialogs/languageDialog';
import { textDirection } from '../embed/messages.js';
import { escapeHtml } from './embedHtml';
import { embedT } from './embedText';
import { DEMO_PAGE_CSP } from './embedSecurity';

export type LegalPage = 'privacy' | 'terms';

export const LEGAL_PARAGRAPHS: Readonly<Record<LegalPage, readonly string[]>> = {
  privacy: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'],
  terms: ['p1', 'p2', 'p3', 'p4', 'p5'],
};

export interface LegalOptions {
  cssUrl: () => string;
  /** STATE_IDLE_HOURS: a conversation is deleted after this long without a message. */
  keepHours: number;
  /** CALLBACK_KEEP_DAYS */
  callbackKeepDays: number;
}

/** The language asked for (?lang=), if the bot writes in it; else English. */
export function legalLanguage(asked: string | undefined): LanguageCode {
  const primary = asked?.toLowerCase().split('-')[0];
  return LANGUAGES.find((code) => code === primary) ?? 'en';
}

export function legalPageHtml(page: LegalPage, lang: LanguageCode, options: LegalOptions): string {
  const t = embedT(lang);
  const other: LegalPage = page === 'privacy' ? 'terms' : 'privacy';
  const values = { hours: options.keepHours, days: options.callbackKeepDays };
  const paragraphs = LEGAL_PARAGRAPHS[page].map((key) => `<p>${escapeHtml(t(`embed.legal.${page}.${key}`, values))}</p>`).join('\n');
  const languages = LANGUAGES.filter((code) => code !== lang)
    .map((code) => `<li><a href="/${page}?lang=${code}" lang="${code}" hreflang="${code}">${escapeHtml(NATIVE_NAMES[code])}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${lang}" dir="${textDirection(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(`embed.legal.${page}.title`))}</title>
<link rel="stylesheet" href="${escapeHtml(options.cssUrl())}">
</head>
<body>
<main>
<h1>${escapeHtml(t(`embed.legal.${page}.title`))}</h1>
${paragraphs}
<p><a href="/${other}?lang=${lang}">${escapeHtml(t(`embed.legal.${other}.title`))}</a></p>
</main>
<nav class="site-footer" aria-label="${escapeHtml(t('embed.legal.languages'))}"><h2>${escapeHtml(t('embed.legal.languages'))}</h2><ul class="legal-languages">${languages}</ul></nav>
</body>
</html>
`;
}

export function mountLegalPages(server: Server, options: LegalOptions): void {
  for (const page of ['privacy', 'terms'] as const) {
    server.get(`/${page}`, async (req: Request, res: Response) => {
      const asked = (req.query as Record<string, unknown> | undefined)?.lang;
      const html = legalPageHtml(page, legalLanguage(typeof asked === 'string' ? asked : undefined), options);
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': DEMO_PAGE_CSP,
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'public, max-age=300',
      });
      res.end(html);
    });
  }
}
