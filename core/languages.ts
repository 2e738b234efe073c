/** The languages the bot writes in (ISO 639-1), and which of them run right to left. */
export const LANGUAGES = ['en', 'cy', 'pl', 'ro', 'pa', 'ur', 'bn', 'ar', 'gu', 'pt', 'es', 'zh'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export const RTL_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['ar', 'ur']);
