/** Next steps follow the nation's law: the HSC trust in Northern Ireland, an adult carer support plan in Scotland, never England's section 10 in Wales. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { cardContents } from '../../conversation/knowledgeAnswer';
import { newConversationData, type Nation } from '../../conversation/state';
import { guide } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');

describe('next steps by nation', () => {
  const table: [string, Nation, RegExp, RegExp][] = [
    ['break.respite', 'northern_ireland', /Ask the HSC trust for a carer's assessment/, /Ask the council/],
    ['break.respite', 'scotland', /adult carer support plan/, /Ask the council for a carer's assessment/],
    ['rights.carers-assessment', 'northern_ireland', /HSC trust's carer coordinator/, /council's adult social care/],
    ['rights.assessment-refused', 'wales', /Social Services and Well-being \(Wales\) Act 2014/, /section 10/],
    ['home.help-at-home', 'scotland', /social work team/, /adult social care team/],
  ];
  for (const [card, nation, says, never] of table) {
    it(`${card} in ${nation}`, () => {
      const data = newConversationData('en', 'demo');
      data.situation.nation = nation;
      const all = text(cardContents(card, data, guide()));
      expect(all).to.match(says);
      expect(all).not.to.match(never);
    });
  }
});
