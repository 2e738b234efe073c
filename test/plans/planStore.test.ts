import { expect } from 'chai';
import { PlanStore } from '../../plans/planStore';
import { planPageHtml } from '../../web/planPage';

const plan = {
  title: 'Your plan',
  sections: [{ heading: 'Who to contact', lines: ['Macmillan Support Line: 0808 808 00 00', '<script>alert(1)</script>'] }],
  shortForm: 'Your plan',
};

describe('printable plans', () => {
  it('gives an unguessable token that opens the plan until it expires', () => {
    let now = 0;
    const store = new PlanStore(60_000, () => now);
    const token = store.save({ plan, language: 'en', rightToLeft: false, conversationKey: 'c1' });
    expect(token).to.match(/^[A-Za-z0-9_-]{32}$/);
    expect(store.save({ plan, language: 'en', rightToLeft: false, conversationKey: 'c1' })).to.not.equal(token);
    expect(store.get(token)?.plan.title).to.equal('Your plan');
    now = 60_000;
    expect(store.get(token)).to.equal(undefined);
  });

  it('forgets every plan of a conversation on "delete my data"', () => {
    const store = new PlanStore(60_000);
    const mine = store.save({ plan, language: 'en', rightToLeft: false, conversationKey: 'mine' });
    const theirs = store.save({ plan, language: 'en', rightToLeft: false, conversationKey: 'theirs' });
    expect(store.eraseConversation('mine')).to.equal(1);
    expect(store.get(mine)).to.equal(undefined);
    expect(store.get(theirs)).to.not.equal(undefined);
  });

  it("renders escaped HTML in the person's language and direction", () => {
    const html = planPageHtml({ plan, language: 'ar', rightToLeft: true, conversationKey: 'c', expiresAt: 1 });
    expect(html).to.include('lang="ar" dir="rtl"');
    expect(html).to.include('0808 808 00 00');
    expect(html).to.not.include('<script>');
    expect(html).to.include('&lt;script&gt;');
  });
});
