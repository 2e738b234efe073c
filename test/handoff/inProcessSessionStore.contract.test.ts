import { InProcessSessionStore } from '../../handoff/sessionStore';
import { sessionStoreContract } from './sessionStoreContract';

sessionStoreContract('InProcessSessionStore', () => new InProcessSessionStore());
