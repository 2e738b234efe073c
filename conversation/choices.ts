/** Choices the conversation offers in several places, worded once. */
import type { Choice } from '../channels/content';
import type { Translate } from './translate';

export function yesNoChoices(t: Translate): Choice[] {
  return [
    { value: 'yes', label: t('common.choices.yes') },
    { value: 'no', label: t('common.choices.no') },
  ];
}
