/**
 * The demo page at "/": what a small carers' organisation's website looks like with the
 * chat embedded by its one script tag. Clearly marked as a demo. "/?org=valleys" shows the
 * same page embedding another organisation's chat; "/demo/cy" (or "?lang=cy") shows it in
 * Welsh, with the launcher and the chat in Welsh from the first screen.
 */
import type { Organisation } from '../handoff/orgs';
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { escapeHtml } from './embedHtml';
import { embedT } from './embedText';
import { textDirection } from '../embed/messages.js';

export interface DemoPageView {
  org: Organisation;
  /** The other organisations, for links to their demos. */
  others: Organisation[];
  /** The page's language (see demoLanguage). */
  lang: LanguageCode;
  cssUrl: string;
}

/** The page's language: the one asked for if the bot writes in it, else the organisation's default. */
export function demoLanguage(org: Organisation, asked: string | undefined): LanguageCode {
  const known = (code: string | undefined): code is LanguageCode => (LANGUAGES as readonly string[]).includes(code ?? '');
  if (known(asked)) return asked;
  const first = org.languages[0];
  return known(first) ? first : 'en';
}

export function demoPageHtml({ org, others, lang, cssUrl }: DemoPageView): string {
  const t = embedT(lang);
  const label = t('embed.chatWithUs');
  const links = others.map((other) => `<li><a href="/?org=${encodeURIComponent(other.id)}">${escapeHtml(other.name)}</a></li>`).join('');
  // The chat opens in the page's language if the organisation offers it, else in its own default.
  const chatLang = org.languages.includes(lang) ? lang : (org.languages[0] ?? 'en');
  const otherLanguage: LanguageCode = lang === 'en' ? 'cy' : 'en';
  const languageLink = `/demo/${otherLanguage}${org.id === 'demo' ? '' : `?org=${encodeURIComponent(org.id)}`}`;
  return `<!doctype html>
<html lang="${lang}" dir="${textDirection(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('embed.demo.title', { org: org.name }))}</title>
<link rel="stylesheet" href="${escapeHtml(cssUrl)}">
${org.logo ? `<link rel="icon" href="/static/${escapeHtml(org.logo)}">` : ''}
</head>
<body>
<p class="demo-banner">${escapeHtml(t('embed.demo.banner'))}</p>
<header class="site-header"><p>${escapeHtml(org.name)}</p><p class="site-language"><a href="${escapeHtml(languageLink)}" lang="${otherLanguage}" hreflang="${otherLanguage}">${otherLanguage === 'cy' ? 'Cymraeg' : 'English'}</a></p></header>
<main>
<h1>${escapeHtml(t('embed.demo.heading'))}</h1>
<p>${escapeHtml(t('embed.demo.intro'))}</p>
<p>${escapeHtml(t('embed.demo.use', { label, phone: org.adviceLine.phone }))}</p>
<p>${escapeHtml(t('embed.demo.danger'))}</p>
${links ? `<h2>${escapeHtml(t('embed.demo.others'))}</h2><ul>${links}</ul>` : ''}
</main>
<footer class="site-footer"><p>${escapeHtml(t('embed.demo.footer'))}</p></footer>
<script src="/embed.js" data-org="${escapeHtml(org.id)}" data-lang="${escapeHtml(chatLang)}" async></script>
</body>
</html>
`;
}
