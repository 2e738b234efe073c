import { expect } from 'chai';
import { maxRisk } from '../core/risk';
import { TOPIC_IDS } from '../core/topics';
describe('smoke', () => {
  it('imports extensionless TS', () => {
    expect(maxRisk('none', 'urgent')).to.equal('urgent');
    expect(TOPIC_IDS).to.have.length(15);
  });
});
