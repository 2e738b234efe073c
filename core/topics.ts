/** What a person needs help with: the topic IDs of ../shared/CONTRACTS.md. Their wording lives in locales/. */
export const TOPIC_IDS = [
  'feelings',
  'money',
  'work',
  'break',
  'daily_care',
  'hospital',
  'illness_info',
  'assessment',
  'family',
  'end_of_life',
  'bereavement',
  'peer_support',
  'own_health',
  'navigation',
  'human',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
