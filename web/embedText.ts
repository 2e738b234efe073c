/**
 * The embed's own words in every language, from locales/<lang>/embed.json: what the chat page,
 * the launcher, the demo page and the privacy and terms pages show around the conversation,
 * and the few Web Chat strings a person sees (its own translations miss cy, pa, ur, bn, gu).
 */
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { translatorFor } from '../i18n';

/** What the chat page shows, per language (sent to the page for the languages it offers). */
export interface ChatWords {
  pageTitle: string;
  language: string;
  close: string;
  conversation: string;
  greeting: string;
  privacySummary: string;
  privacy: string;
  privacyLink: string;
  termsLink: string;
  problem: string;
  /** Web Chat's overrideLocalizedStrings: its keys, our words. */
  webChat: Record<string, string>;
}

/** Our locale keys under embed.webchat → Web Chat's localisation keys. */
const WEB_CHAT_KEYS: Readonly<Record<string, string>> = {
  placeholder: 'TEXT_INPUT_PLACEHOLDER',
  send: 'TEXT_INPUT_SEND_BUTTON_ALT',
  input: 'TEXT_INPUT_ALT',
  sending: 'ACTIVITY_STATUS_SEND_STATUS_ALT_SENDING',
  justNow: 'ACTIVITY_STATUS_TIMESTAMP_JUST_NOW',
  minuteAgo: 'ACTIVITY_STATUS_TIMESTAMP_ONE_MINUTE_AGO',
  suggested: 'SUGGESTED_ACTIONS_LABEL_ALT',
  newMessages: 'TRANSCRIPT_NEW_MESSAGES',
  connecting: 'CONNECTIVITY_STATUS_ALT_CONNECTING',
};

/** A translator that returns strings (keys in full: "embed.demo.title", so the key check sees them). */
export function embedT(lang: LanguageCode): (key: string, options?: Record<string, unknown>) => string {
  const t = translatorFor(lang);
  return (key, options) => String(options ? t(key, options) : t(key));
}

export function chatWords(lang: LanguageCode, orgName: string): ChatWords {
  const t = embedT(lang);
  return {
    pageTitle: t('embed.pageTitle', { org: orgName }),
    language: t('embed.language'),
    close: t('embed.close'),
    conversation: t('embed.conversation'),
    greeting: t('embed.greeting'),
    privacySummary: t('embed.privacySummary'),
    privacy: t('embed.privacy'),
    privacyLink: t('embed.privacyLink'),
    termsLink: t('embed.termsLink'),
    problem: t('embed.problem'),
    webChat: Object.fromEntries(Object.entries(WEB_CHAT_KEYS).map(([ours, theirs]) => [theirs, t(`embed.webchat.${ours}`)])),
  };
}

/** The launcher's words in every language: it is one static script for every page. */
export interface LauncherWords {
  chatWithUs: string;
  /** "{{label}} (new messages: {{count}})", its placeholders filled in by the launcher. */
  newMessages: string;
  frameTitle: string;
}

export function launcherWords(): Record<LanguageCode, LauncherWords> {
  return Object.fromEntries(
    LANGUAGES.map((lang) => {
      const t = translatorFor(lang);
      return [
        lang,
        {
          chatWithUs: String(t('embed.chatWithUs')),
          // Kept as a template: i18next must not fill these in here.
          newMessages: String(t('embed.newMessages', { label: '{{label}}', count: '{{count}}' })),
          frameTitle: String(t('embed.frameTitle')),
        },
      ];
    }),
  ) as Record<LanguageCode, LauncherWords>;
}
