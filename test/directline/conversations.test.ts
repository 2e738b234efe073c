import { expect } from 'chai';
import { ConversationStore, type ActivitySet } from '../../directline/conversations';

describe('directline conversations', () => {
  let now = 0;
  const store = (historyLimit = 5, maxConversations = 100) => new ConversationStore({ historyLimit, idleMs: 60 * 60_000, maxConversations }, () => now);
  beforeEach(() => (now = 1_000_000));

  it('numbers activities and pages them by watermark', () => {
    const conversations = store();
    const { id } = conversations.create('dl_u');
    for (const text of ['a', 'b', 'c']) conversations.append(id, { type: 'message', text });
    const cases: Array<[number, string[], string]> = [
      [0, ['a', 'b', 'c'], '3'],
      [1, ['b', 'c'], '3'],
      [3, [], '3'],
      [99, [], '3'],
    ];
    for (const [watermark, texts, next] of cases) {
      const page = conversations.after(id, watermark)!;
      expect(page.activities.map((a) => a.text), `after ${watermark}`).to.deep.equal(texts);
      expect(page.watermark).to.equal(next);
    }
    expect(conversations.after(id, 0)!.activities[0].id).to.equal(`${id}|0000001`);
  });

  it('keeps only the last activities of a long conversation, numbering on', () => {
    const conversations = store(3);
    const { id } = conversations.create('dl_u');
    for (let i = 1; i <= 10; i++) conversations.append(id, { type: 'message', text: String(i) });
    const page = conversations.after(id, 0)!;
    expect(page.activities.map((a) => a.text)).to.deep.equal(['8', '9', '10']);
    expect(page.watermark).to.equal('10');
  });

  it('pushes each appended activity to listeners until they unsubscribe', () => {
    const conversations = store();
    const { id } = conversations.create('dl_u');
    const seen: ActivitySet[] = [];
    const stop = conversations.listen(id, { send: (set) => seen.push(set), close: () => undefined })!;
    conversations.append(id, { type: 'message', text: 'one' });
    stop();
    conversations.append(id, { type: 'message', text: 'two' });
    expect(seen.map((s) => [s.activities[0].text, s.watermark])).to.deep.equal([['one', '1']]);
  });

  it('sweeps idle conversations and closes their listeners', () => {
    const conversations = store();
    const idle = conversations.create('dl_1').id;
    let closed = 0;
    conversations.listen(idle, { send: () => undefined, close: () => closed++ });
    now += 30 * 60_000;
    const active = conversations.create('dl_2').id;
    now += 30 * 60_000;
    expect(conversations.sweep()).to.deep.equal([idle]);
    expect(closed).to.equal(1);
    expect(conversations.get(active)).not.to.equal(undefined);
    expect(conversations.append(idle, { type: 'message' })).to.equal(undefined);
  });

  it('erasing the history keeps the numbering, so clients still get what comes next', () => {
    const conversations = store();
    const { id } = conversations.create('dl_u');
    conversations.append(id, { type: 'message', text: 'private' });
    conversations.eraseHistory(id);
    conversations.append(id, { type: 'message', text: 'deleted' });
    expect(conversations.after(id, 1)!.activities.map((a) => a.text)).to.deep.equal(['deleted']);
    expect(conversations.after(id, 0)!.activities.map((a) => a.text)).to.deep.equal(['deleted']);
  });

  it('says when it is full', () => {
    const conversations = store(5, 2);
    conversations.create('a');
    expect(conversations.full).to.equal(false);
    conversations.create('b');
    expect(conversations.full).to.equal(true);
  });
});
