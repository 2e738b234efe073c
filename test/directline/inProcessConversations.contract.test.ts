import { InProcessConversationStore } from '../../directline/conversations';
import { conversationsContract } from './conversationsContract';

conversationsContract('InProcessConversationStore', ({ limits, now }) => new InProcessConversationStore(limits, now));
