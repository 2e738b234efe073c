import { InProcessPresence } from '../../handoff/presence';
import { presenceContract } from './presenceContract';

presenceContract('InProcessPresence', ({ timeoutMs }) => new InProcessPresence(timeoutMs));
