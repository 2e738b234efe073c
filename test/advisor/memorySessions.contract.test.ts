import { SessionStore } from '../../advisor/sessions';
import { advisorSessionsContract } from './sessionsContract';

advisorSessionsContract('SessionStore (memory)', ({ idleMs, clock, onEnd }) => {
  const store = new SessionStore(idleMs, clock, onEnd);
  return [store, store];
});
