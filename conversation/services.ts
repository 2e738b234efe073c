/** Turns catalogue matches into what the person sees: phone first, hours, why it fits. */
import { formatSchedule, type ServiceMatch } from '../catalogue';
import { languageName } from '../core/intl';
import type { LanguageCode } from '../core/languages';
import type { TopicId } from '../core/topics';
import type { ServiceView } from '../channels/content';
import type { Translate } from './translate';

export interface ServiceWording {
  t: Translate;
  language: LanguageCode;
  /** Weekdays in the opening hours (GuideContext.dateLocale); the language's own when absent. */
  dateLocale?: string;
  who: string;
}

function languageNames(codes: readonly string[], language: LanguageCode): string {
  const locales = [language, 'en'];
  return codes
    .slice(0, 6)
    .map((code) => {
      try {
        return languageName(locales, code) ?? code;
      } catch {
        return code; // an odd code in the data should not hide the service
      }
    })
    .join(', ');
}

function reason(match: ServiceMatch, wording: ServiceWording): string {
  const { t } = wording;
  const parts = match.matchedTopics.slice(0, 2).map((topic: TopicId) => t(`topics.label.${topic}`));
  if (match.local) parts.push(t('topics.results.reasonLocal'));
  if (match.youngPeople) parts.push(t('topics.results.reasonYoung'));
  return t('topics.results.why', { reason: parts.join(', ') });
}

export function toServiceView(match: ServiceMatch, wording: ServiceWording): ServiceView {
  const { t, language } = wording;
  const voice = match.phones.find((p) => p.type === 'voice');
  const hours = formatSchedule(match.schedule, wording.dateLocale ?? language, { always: t('topics.results.always'), closed: t('topics.results.closed') });
  const openNow = match.alwaysOpen || match.openNow === null ? undefined : t(match.openNow ? 'topics.results.openNow' : 'topics.results.closedNow');
  return {
    name: match.name,
    phone: voice?.number,
    text: match.textNumber ? t('topics.results.text', { number: match.textNumber }) : undefined,
    hours: hours || undefined,
    openNow,
    languages: match.languages.length > 1 ? t('topics.results.languages', { list: languageNames(match.languages, language) }) : undefined,
    why: reason(match, wording),
    url: match.url,
    caution: match.checkBeforeCalling ? t('topics.results.caution') : undefined,
  };
}
