/**
 * What every second opinion must do (risk/secondOpinion.ts's port), run against the fake and
 * against Azure through recorded answers: name and version to record, answers on the service's
 * scale, and never a rejection: a failure is `unavailable`.
 */
import { expect } from 'chai';
import { HARM_CATEGORIES, type SecondOpinion } from '../../risk/secondOpinion';

export interface ContractSetup {
  /** A client that answers this message with SelfHarm at 6 and one that answers it with low severities. */
  flagging: () => SecondOpinion;
  calm: () => SecondOpinion;
  /** A client whose service fails (an error status, a broken connection). */
  failing: () => SecondOpinion;
}

export const FLAGGED_TEXT = 'I have the pills ready and tonight I will take them all';
export const CALM_TEXT = 'Can you tell me about carers allowance?';

export function secondOpinionContract(label: string, setup: ContractSetup): void {
  describe(`second opinion contract: ${label}`, () => {
    it('has a name and a version to record', () => {
      const client = setup.calm();
      expect(client.name).to.match(/^[a-z0-9-]+$/);
      expect(client.version).to.be.a('string').and.not.equal('');
    });

    it('answers with known categories on the 0-7 scale', async () => {
      for (const [client, text] of [
        [setup.flagging(), FLAGGED_TEXT],
        [setup.calm(), CALM_TEXT],
      ] as const) {
        const result = await client.analyze(text, 'en');
        expect(result.kind).to.equal('answered');
        if (result.kind !== 'answered') return;
        for (const [category, severity] of Object.entries(result.severities)) {
          expect(HARM_CATEGORIES as readonly string[]).to.include(category);
          expect(severity).to.be.within(0, 7);
        }
      }
    });

    it('reports self-harm it sees at or above medium', async () => {
      const result = await setup.flagging().analyze(FLAGGED_TEXT, 'en');
      expect(result.kind === 'answered' && (result.severities.SelfHarm ?? 0)).to.be.at.least(4);
    });

    it('never rejects: a failing service is unavailable', async () => {
      const result = await setup.failing().analyze(FLAGGED_TEXT, 'en');
      expect(result.kind).to.equal('unavailable');
    });

    it('answers without a language hint', async () => {
      expect((await setup.calm().analyze(CALM_TEXT)).kind).to.equal('answered');
    });
  });
}
