import { expect } from 'chai';
import { maxRisk } from '../risk/types';
import { TOPIC_IDS } from '../understanding/types';
describe('smoke', () => {
  it('imports extensionless TS', () => {
    expect(maxRisk('none', 'urgent')).to.equal('urgent');
    expect(TOPIC_IDS).to.have.length(15);
  });
});
