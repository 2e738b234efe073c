/**
 * /chat: the page inside the iframe. Server-rendered header (organisation's name and logo,
 * language, close, a folding privacy notice) around Web Chat, which embed/chat.js renders.
 * Every word is in the chat's language (locales/<lang>/embed.json); the words of the
 * organisation's other languages travel with the page, so a switch needs no request.
 * Settings travel as JSON in a non-executed script element, so the CSP needs no inline script.
 */
import type { Organisation } from '../handoff/orgs';
import { NATIVE_NAMES } from '../dialogs/languageDialog';
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { escapeHtml, jsonForScript } from './embedHtml';
import { chatWords, type ChatWords } from './embedText';
import { textDirection } from '../embed/messages.js';

/** Web Chat's own strings exist for some of these (ar-SA, pl-PL, …); others fall back to English. */
export const WEB_CHAT_LOCALES: Readonly<Record<LanguageCode, string>> = {
  en: 'en-GB',
  cy: 'cy-GB',
  pl: 'pl-PL',
  ro: 'ro-RO',
  pa: 'pa-IN',
  ur: 'ur-PK',
  bn: 'bn-IN',
  ar: 'ar-SA',
  gu: 'gu-IN',
  pt: 'pt-PT',
  es: 'es-ES',
  zh: 'zh-CN',
};

/** Web Chat styleOptions from the organisation's colours (contrast checked when the file loads). */
export function styleOptionsFor(org: Organisation): Record<string, string | number | boolean> {
  const primary = org.colours?.primary ?? '#1d4f91';
  return {
    accent: primary,
    bubbleFromUserBackground: primary,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleBorderRadius: 12,
    bubbleBackground: '#f2f2f2',
    bubbleTextColor: '#1a1a1a',
    suggestedActionLayout: 'flow',
    // Six choices wrap to many rows on a phone: cap them (they scroll) so the transcript and send box stay in view.
    suggestedActionsFlowMaxHeight: 156,
    suggestedActionBorderColor: primary,
    suggestedActionTextColor: primary,
    suggestedActionBorderRadius: 8,
    suggestedActionHeight: 44,
    sendBoxButtonColor: primary,
    sendBoxButtonColorOnHover: primary,
    sendBoxPlaceholderColor: '#595959',
    subtle: '#595959',
    timestampColor: '#595959',
    transcriptVisualKeyboardIndicatorColor: primary,
    transcriptActivityVisualKeyboardIndicatorColor: primary,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    // No attachments: people should not upload documents about someone's health here.
    hideUploadButton: true,
    hideScrollToEndButton: false,
  };
}

export interface ChatPageView {
  org: Organisation;
  lang: LanguageCode;
  /** The embedding page's origin, when the organisation allows it (enables postMessage). */
  hostOrigin?: string;
  /** Origins the chat accepts messages from: the organisation's and the bot's own. */
  allowedOrigins: string[];
  webChatPath: string;
  chatScriptUrl: string;
  /** Modules chat.js imports, preloaded so they arrive with it rather than after it. */
  modulePreloads?: string[];
  cssUrl: string;
  tokenUrl: string;
}

/** The organisation's languages this bot writes in, its default first. */
function offered(org: Organisation): LanguageCode[] {
  return org.languages.filter((code): code is LanguageCode => (LANGUAGES as readonly string[]).includes(code));
}

/** The page's language: the one asked for if the organisation offers it, else its first. */
export function chatLanguage(org: Organisation, asked: string | undefined): LanguageCode {
  const languages = offered(org);
  const primary = asked?.toLowerCase().split('-')[0];
  return languages.find((code) => code === primary) ?? languages[0] ?? 'en';
}

export const PRIVACY_PATH = '/privacy';
export const TERMS_PATH = '/terms';

export function chatPageHtml(view: ChatPageView): string {
  const { org, lang } = view;
  const languages = offered(org);
  const words = Object.fromEntries(languages.map((code) => [code, chatWords(code, org.name)])) as Record<LanguageCode, ChatWords>;
  const here = words[lang] ?? chatWords(lang, org.name);
  const config = {
    org: org.id,
    lang,
    languages,
    languageNames: Object.fromEntries(languages.map((code) => [code, NATIVE_NAMES[code]])),
    hostOrigin: view.hostOrigin ?? null,
    allowedOrigins: view.allowedOrigins,
    greeting: org.greeting ?? {},
    words,
    styleOptions: styleOptionsFor(org),
    webChatLocales: WEB_CHAT_LOCALES,
    tokenUrl: view.tokenUrl,
    webChatUrl: view.webChatPath,
    privacyUrl: PRIVACY_PATH,
    termsUrl: TERMS_PATH,
  };
  const options = languages
    .map((code) => `<option value="${code}" lang="${code}"${code === lang ? ' selected' : ''}>${escapeHtml(NATIVE_NAMES[code])}</option>`)
    .join('');
  const logo = org.logo ? `<img class="chat-logo" src="/static/${escapeHtml(org.logo)}" alt="" width="40" height="40">` : '';
  // Hex colours, checked when the file loads: safe to write into the style attribute.
  const colours = org.colours ?? { primary: '#1d4f91', accent: '#ffd23f' };
  // The organisation's own greeting in this language, else ours: never another language's.
  const greeting = org.greeting?.[lang] ?? here.greeting;
  const preloads = (view.modulePreloads ?? []).map((url) => `<link rel="modulepreload" href="${escapeHtml(url)}">`).join('\n');
  return `<!doctype html>
<html lang="${lang}" dir="${textDirection(lang)}" style="--primary:${colours.primary};--accent:${colours.accent}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${escapeHtml(here.pageTitle)}</title>
<link rel="stylesheet" href="${escapeHtml(view.cssUrl)}">
${org.logo ? `<link rel="icon" href="/static/${escapeHtml(org.logo)}">` : ''}
<script type="application/json" id="chat-config">${jsonForScript(config)}</script>
<link rel="preload" href="${escapeHtml(view.webChatPath)}" as="script">
<script type="module" src="${escapeHtml(view.chatScriptUrl)}"></script>
${preloads}
</head>
<body class="chat">
<header class="chat-header">
  <div class="chat-title">${logo}<h1 dir="auto">${escapeHtml(org.name)}</h1></div>
  <div class="chat-controls">
    <label class="chat-language-label" id="chat-language-label" for="chat-language">${escapeHtml(here.language)}</label>
    <select id="chat-language" class="chat-language">${options}</select>
    <button type="button" id="chat-close" class="chat-close" aria-label="${escapeHtml(here.close)}" hidden>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7 2.9 18.3 9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z"/></svg>
    </button>
  </div>
</header>
<p id="chat-greeting" class="chat-greeting" dir="auto">${escapeHtml(greeting)}</p>
<details id="chat-privacy" class="chat-privacy" open>
  <summary>${escapeHtml(here.privacySummary)}</summary>
  <p class="chat-privacy-text">${escapeHtml(here.privacy)}</p>
  <p class="chat-legal"><a href="${PRIVACY_PATH}?lang=${lang}" target="_blank" rel="noopener">${escapeHtml(here.privacyLink)}</a> · <a href="${TERMS_PATH}?lang=${lang}" target="_blank" rel="noopener">${escapeHtml(here.termsLink)}</a></p>
</details>
<main id="webchat" class="chat-webchat" aria-label="${escapeHtml(here.conversation)}"><div id="webchat-root" class="chat-webchat-root"></div></main>
</body>
</html>
`;
}
