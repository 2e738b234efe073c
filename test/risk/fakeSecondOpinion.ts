/** A scripted second opinion for tests: severities per message, anything else answers all zeros. */
import type { HarmCategory, SecondOpinion, SecondOpinionResult } from '../../risk/secondOpinion';

export type Script = Record<string, Partial<Record<HarmCategory, number>> | 'unavailable' | 'hang' | 'throw'>;

export class FakeSecondOpinion implements SecondOpinion {
  readonly name = 'fake-second-opinion';
  readonly version = 'test-1';
  readonly asked: string[] = [];

  constructor(private readonly script: Script = {}) {}

  analyze(text: string): Promise<SecondOpinionResult> {
    this.asked.push(text);
    const answer = this.script[text];
    if (answer === 'hang') return new Promise(() => undefined);
    // A broken client: the contract says it never rejects, so this one is caught by the turn's step, not by the contract.
    if (answer === 'throw') return Promise.reject(new Error('broken client'));
    if (answer === 'unavailable') return Promise.resolve({ kind: 'unavailable', reason: 'http' });
    return Promise.resolve({ kind: 'answered', severities: answer ?? { SelfHarm: 0, Violence: 0 } });
  }
}
