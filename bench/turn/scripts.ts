/**
 * The conversations the turn benchmark plays: what people actually type, in a few
 * languages, from Web Chat's conversationUpdate (the welcome) to "thanks".
 */
export type Step = { kind: 'update' } | { kind: 'message'; text: string };

export interface Script {
  id: string;
  locale: string;
  steps: Step[];
}

const say = (...texts: string[]): Step[] => texts.map((text) => ({ kind: 'message', text }));
const opening: Step = { kind: 'update' };

export const SCRIPTS: Script[] = [
  { id: 'en-money', locale: 'en-GB', steps: [opening, ...say('hi', 'my mum has cancer', 'money worries', 'SO14 7DU', 'thanks')] },
  { id: 'cy-money', locale: 'cy-GB', steps: [opening, ...say('helo', 'mae gan fy mam ganser', 'poeni am arian', 'CF10 3NQ', 'diolch')] },
  { id: 'pl-money', locale: 'pl-PL', steps: [opening, ...say('dzień dobry', 'mój tata ma raka', 'martwię się o pieniądze', 'LS6 1AN', 'dziękuję')] },
  {
    id: 'en-break',
    locale: 'en-GB',
    steps: [opening, ...say('hello', 'my husband is in hospital and I cant cope any more', 'no', 'a break for me', 'M14 5RB', 'thank you')],
  },
  { id: 'ar-money', locale: 'ar', steps: [opening, ...say('مرحبا', 'أمي مصابة بالسرطان', 'مشاكل مالية', 'B12 9QH', 'شكرا')] },
];

/** Names one step of one script: the baseline bot replays the project's replies for it. */
export function stepKey(script: Script, index: number): string {
  return `${script.id}/${index}`;
}
