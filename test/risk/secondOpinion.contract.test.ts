/** The second-opinion contract against the test fake (the Azure adapter runs it in test/contentsafety/). */
import { FakeSecondOpinion } from './fakeSecondOpinion';
import { CALM_TEXT, FLAGGED_TEXT, secondOpinionContract } from './secondOpinionContract';

secondOpinionContract('fake', {
  flagging: () => new FakeSecondOpinion({ [FLAGGED_TEXT]: { SelfHarm: 6, Violence: 0 } }),
  calm: () => new FakeSecondOpinion({ [CALM_TEXT]: { SelfHarm: 0, Violence: 0 } }),
  failing: () => new FakeSecondOpinion({ [FLAGGED_TEXT]: 'unavailable' }),
});
