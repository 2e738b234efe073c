/** What every step of the conversation needs besides the state: wording, clock, catalogue, organisation. */
import type { Catalogue } from '../catalogue';
import type { LanguageCode } from '../core/languages';
import type { TopicId } from '../core/topics';
import type { Translate } from './translate';

export interface OrgSummary {
  id: string;
  name: string;
  adviceLinePhone: string;
  preferRegion?: string;
}

export interface GuideContext {
  t: Translate;
  language: LanguageCode;
  now: Date;
  catalogue: Catalogue;
  org: OrgSummary;
  /** The locale weekdays and dates are written in: Intl has no Roman Urdu, so Urdu in Latin letters names them in English ("Monday"). */
  dateLocale?: string;
  /** Idle time before state is deleted, in hours, for the privacy line. */
  keepHours: number;
  /** Others can read the chat (a Teams group or channel): ask nothing personal. Absent means private. */
  shared?: boolean;
  /** Told when a topic gets "nothing local" for a council (insight's unmet need; counts only, never text). */
  noteNothingLocal?: (topic: TopicId, council: string) => void;
}
