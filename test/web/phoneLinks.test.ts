/** Tap-to-call in Web Chat: phone numbers in a bot message become tel: links, nothing else does. */
import { expect } from 'chai';
import { linkCard, linkPhoneNumbers, withPhoneLinks } from '../../embed/phoneLinks.js';

describe('phone links (embed/phoneLinks.js)', () => {
  const cases: Array<[string, string]> = [
    ['Call us on 0300 123 4567.', 'Call us on [0300 123 4567](tel:03001234567).'],
    ['Samaritans: 116 123, any time', 'Samaritans: [116 123](tel:116123), any time'],
    ['In an emergency, call 999.', 'In an emergency, call [999](tel:999).'],
    ['Ring 111 for advice', 'Ring [111](tel:111) for advice'],
    ['+44 20 7946 0000 from abroad', '[+44 20 7946 0000](tel:+442079460000) from abroad'],
    ['Carers UK 0808 808 7777 (Mon–Fri)', 'Carers UK [0808 808 7777](tel:08088087777) (Mon–Fri)'],
    // Already a link: left alone.
    ['- Samaritans: [116 123](tel:116123)', '- Samaritans: [116 123](tel:116123)'],
    ['[Our site](https://example.org/0300123456)', '[Our site](https://example.org/0300123456)'],
    // A message the bot already linked (the crisis contacts): left alone, names and sentences too.
    [
      'If anyone is in danger right now, call 999.\n\n- NHS 111, option 2 for mental health: [111](tel:111)',
      'If anyone is in danger right now, call 999.\n\n- NHS 111, option 2 for mental health: [111](tel:111)',
    ],
    // Not phone numbers.
    ['I keep it for 24 hours, the latest 40 lines', 'I keep it for 24 hours, the latest 40 lines'],
    ['Text SHOUT to 85258', 'Text SHOUT to 85258'],
    ['Postcode LS6 2AB, year 2026, ref 19990', 'Postcode LS6 2AB, year 2026, ref 19990'],
    ['under 18', 'under 18'],
  ];
  for (const [text, linked] of cases) it(JSON.stringify(text), () => expect(linkPhoneNumbers(text)).to.equal(linked));

  it('links the text blocks of an Adaptive Card, and nothing else in it', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Carers Line', weight: 'Bolder' },
        { type: 'TextBlock', text: '0300 123 4567' },
      ],
      actions: [{ type: 'Action.OpenUrl', title: '0300 123 4567', url: 'https://example.org' }],
    };
    const linked = linkCard(card);
    expect(linked.body[1]!.text).to.equal('[0300 123 4567](tel:03001234567)');
    expect(linked.actions[0]!.title).to.equal('0300 123 4567');
    expect(card.body[1]!.text, 'the original is not changed').to.equal('0300 123 4567');
  });

  it('changes bot messages only, and never plain-text ones', () => {
    expect(withPhoneLinks({ type: 'message', text: 'call 999' }).text).to.equal('call [999](tel:999)');
    expect(withPhoneLinks({ type: 'message', text: 'call 999', textFormat: 'plain' }).text).to.equal('call 999');
    expect(withPhoneLinks({ type: 'event', text: 'call 999' }).text).to.equal('call 999');
  });
});
