/** STOP, START and HELP as single words win over everything on SMS. */
import type { CommandId } from '../understanding/types';
import type { Turn } from '../dialogs/turn';

/** True when the message was a keyword and nothing else should answer it. */
export function handleSmsKeyword(command: CommandId | undefined, turn: Turn): boolean {
  switch (command) {
    case 'sms_stop':
      turn.data.smsStopped = true;
      return true;
    case 'sms_start':
      turn.data.smsStopped = false;
      turn.say([{ kind: 'text', text: turn.guide.t('common.sms.started') }]);
      return true;
    case 'sms_help':
      turn.say([{ kind: 'text', text: turn.guide.t('common.sms.help') }]);
      return true;
    default:
      return false;
  }
}
