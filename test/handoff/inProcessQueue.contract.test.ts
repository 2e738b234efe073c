import { InProcessQueue } from '../../handoff/queue';
import { queueContract } from './queueContract';

queueContract('InProcessQueue', () => new InProcessQueue());
