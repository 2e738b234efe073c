import { InProcessDeskEvents } from '../../handoff/deskEvents';
import { deskEventsContract } from './deskEventsContract';

deskEventsContract('InProcessDeskEvents', (onError) => {
  const events = new InProcessDeskEvents(onError);
  return [events, events];
});
