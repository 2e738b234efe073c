import { InProcessCallbackStore } from '../../handoff/callbacks';
import { callbackStoreContract } from './callbackStoreContract';

callbackStoreContract('InProcessCallbackStore', ({ keepMs }) => new InProcessCallbackStore(keepMs));
