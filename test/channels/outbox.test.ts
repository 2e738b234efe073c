/** The outbox: replies rendered when said, in that moment's language, sent once and in order. */
import { expect } from 'chai';
import { capabilitiesFor } from '../../channels/capabilities';
import type { Content } from '../../channels/content';
import { Outbox, spokenText } from '../../channels/outbox';
import type { OutgoingActivity } from '../../channels/render';

const labels = { replyWithNumber: 'Reply with a number', openLink: 'Open', printPlan: 'Print' };
const contacts: Content = {
  kind: 'contacts',
  intro: 'Help now:',
  contacts: [
    { name: 'Samaritans', number: '116 123' },
    { name: 'Shout', number: 'text SHOUT to 85258' },
  ],
};

function recorder(): { sent: OutgoingActivity[][]; send: (a: OutgoingActivity[]) => Promise<void> } {
  const sent: OutgoingActivity[][] = [];
  return { sent, send: async (activities) => void sent.push(activities) };
}

describe('channels/outbox', () => {
  it('sends nothing until flushed, then everything in one call, in order', async () => {
    const { sent, send } = recorder();
    const outbox = new Outbox(capabilitiesFor('webchat'), send);
    outbox.say([{ kind: 'text', text: 'one' }], { language: 'en', labels });
    outbox.say([{ kind: 'text', text: 'two' }], { language: 'en', labels });
    expect(sent).to.deep.equal([]);
    expect(outbox.size).to.equal(2);
    await outbox.flush();
    expect(sent.map((batch) => batch.map((a) => a.text))).to.deep.equal([['one', 'two']]);
    expect(outbox.size).to.equal(0);
  });

  it('each reply carries the language it was worded in (the language can change mid-turn)', async () => {
    const { sent, send } = recorder();
    const outbox = new Outbox(capabilitiesFor('webchat'), send);
    outbox.say([{ kind: 'text', text: 'Language changed' }], { language: 'en', labels });
    outbox.say([{ kind: 'text', text: 'Iaith wedi newid' }], { language: 'cy', labels });
    await outbox.flush();
    expect(sent[0].map((a) => a.locale)).to.deep.equal(['en', 'cy']);
  });

  it('renders for its channel: SMS gets numbered choices and the crisis numbers first', async () => {
    const { sent, send } = recorder();
    const outbox = new Outbox(capabilitiesFor('sms'), send);
    outbox.say(
      [
        contacts,
        {
          kind: 'text',
          text: 'Talk to someone?',
          choices: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
        },
      ],
      { language: 'en', labels },
    );
    await outbox.flush();
    const texts = sent[0].map((a) => a.text ?? '');
    expect(texts[0]).to.match(/^116 123/);
    expect(texts.at(-1))
      .to.match(/^1\. Yes$/m)
      .and.match(/Reply with a number/);
  });

  it('SMS: everything said in a turn is fitted together, at flush, into at most three texts, crisis numbers first', async () => {
    const { sent, send } = recorder();
    const outbox = new Outbox(capabilitiesFor('sms'), send);
    const long = 'A sentence that goes on for a while about what can help. '.repeat(8);
    for (let i = 0; i < 4; i++) outbox.say([{ kind: 'text', text: `${i}. ${long}` }], { language: 'en', labels });
    outbox.say([contacts], { language: 'cy', labels });
    expect(outbox.size).to.equal(5);
    expect(sent).to.deep.equal([]);
    await outbox.flush();
    expect(sent).to.have.length(1);
    expect(sent[0].length).to.be.within(2, 3);
    expect(sent[0][0].text).to.match(/^116 123 - Samaritans\ntext SHOUT to 85258 - Shout$/);
    expect(sent[0].map((a) => a.locale)).to.deep.equal(sent[0].map(() => 'cy'));
    expect(outbox.size).to.equal(0);
  });

  it('SMS: a long web address becomes the short link it is given', async () => {
    const { sent, send } = recorder();
    const outbox = new Outbox(capabilitiesFor('sms'), send, { shortLink: () => 'https://bot.example/s/k3y' });
    const url = 'https://www.example.org/a/very/long/path/to/the/page/about/this/service';
    outbox.say([{ kind: 'services', intro: 'Help:', services: [{ name: 'Web only', why: '', url }] }], { language: 'en', labels });
    await outbox.flush();
    expect(sent[0][0].text).to.equal('Help:\n\nWeb only\nbot.example/s/k3y');
  });

  it('discard() forgets what was queued (the fail-safe speaks instead); flushing nothing sends nothing', async () => {
    const { sent, send } = recorder();
    const outbox = new Outbox(capabilitiesFor('webchat'), send);
    outbox.say([{ kind: 'text', text: 'half a reply' }], { language: 'en', labels });
    outbox.discard();
    await outbox.flush();
    expect(sent).to.deep.equal([]);
  });

  it('a failed send empties the queue all the same, so nothing goes out twice', async () => {
    const outbox = new Outbox(capabilitiesFor('webchat'), async () => {
      throw new Error('connector down');
    });
    outbox.say([{ kind: 'text', text: 'hello' }], { language: 'en', labels });
    const error = await outbox.flush().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.equal('connector down');
    expect(outbox.size).to.equal(0);
  });

  const spoken: Array<[string, Content[], string]> = [
    ['text', [{ kind: 'text', text: 'Hello' }], 'Hello'],
    ['contacts, one per line, written once', [contacts], 'Help now:\nSamaritans: 116 123\nShout: text SHOUT to 85258'],
    ['events and cards say nothing', [{ kind: 'event', name: 'handoff.initiate' }], ''],
  ];
  for (const [name, contents, expected] of spoken) it(`spokenText: ${name}`, () => expect(spokenText(contents)).to.equal(expected));
});
