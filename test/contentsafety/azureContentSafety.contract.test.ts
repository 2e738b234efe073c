/** The second-opinion contract against the Azure adapter, answered by recorded responses (no network). */
import { createAzureContentSafety } from '../../contentsafety';
import { secondOpinionContract } from '../risk/secondOpinionContract';
import { ENDPOINT, KEY, replaying } from './recorded';

const silent = { warn: () => undefined };
const azure = (recorded: string) => createAzureContentSafety({ endpoint: ENDPOINT, key: KEY, timeoutMs: 700 }, silent, replaying(recorded));

secondOpinionContract('Azure AI Content Safety (recorded)', {
  flagging: () => azure('selfHarm6'),
  calm: () => azure('docsSample'),
  failing: () => azure('serverError'),
});
