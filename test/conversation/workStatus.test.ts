/** Their own work, once said, answers the work questions: never asked again, never told about juggling a job. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { nextQuestion } from '../../conversation/questions';
import { audienceOf } from '../../conversation/serviceQuery';
import { newConversationData } from '../../conversation/state';
import { recognizeSync } from '../../understanding/recognizer';
import { guide, keyT, said } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');
const reply = (words: string) => said(words, recognizeSync(words));

describe('their own work, told before it is asked', () => {
  const TOLD: [string, string, string][] = [
    ["I need help with money, I've stopped working to look after her", 'opening', 'gave_up'],
    ["money is tight, I'm not working at the moment", 'opening', 'not_working'],
    ['no, I gave up my job to look after him', 'followup:money_work', 'gave_up'],
  ];
  for (const [words, question, expected] of TOLD) {
    it(`${JSON.stringify(words)} at ${question}: money_work ${expected}, not asked, no work intro`, () => {
      const data = newConversationData('en', 'demo');
      const ctx = guide('en', keyT);
      if (question !== 'opening') Object.assign(data.situation, { focus: 'money', topics: ['money'] });
      const out = text(handleReply(question, reply(words), data, ctx));
      expect(data.situation.answers.money_work).to.equal(expected);
      expect(data.situation.focus).to.equal('money');
      expect(out).not.to.include('topics.intro.work');
      expect(nextQuestion(data, ctx).id).not.to.equal('followup:money_work');
      expect(audienceOf(data.situation).work).to.equal('not_working');
    });
  }

  it('work chosen after saying they stopped: what there is for them, not juggling, and no "what is happening with work?"', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide('en', keyT);
    handleReply('opening', reply("I've given up my job to care for my dad"), data, ctx);
    const out = text(handleReply('opening', said('work', recognizeSync('help with work')), data, ctx));
    expect(out).to.include('topics.intro.work_notWorking');
    expect(out).not.to.match(/topics\.intro\.work\b(?!_)/);
    expect(nextQuestion(data, ctx).id).not.to.equal('followup:work_situation');
  });

  it('"I work part time and I\'m struggling to fit it all in" is juggling: not asked what is happening at work', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide('en', keyT);
    handleReply('opening', reply('i work part time and im struggling to fit it all in'), data, ctx);
    expect(data.situation.answers).to.include({ money_work: 'working', work_situation: 'juggling' });
    expect(nextQuestion(data, ctx).id).not.to.equal('followup:work_situation');
  });

  it('someone in work is still asked what is happening at work', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide('en', keyT);
    const out = text(handleReply('opening', reply('I work full time and need help at work, my boss is not understanding'), data, ctx));
    expect(out).to.include('topics.intro.work');
    expect(out).not.to.include('work_notWorking');
    expect(data.situation.answers.money_work).to.equal('working');
    expect(nextQuestion(data, ctx).id).to.equal('followup:work_situation');
  });
});
