/** A name that already says its number ("NHS 111") shows it once, on every channel: never "NHS [111]" nor "111 - NHS 111". */
import { expect } from 'chai';
import { capabilitiesFor } from '../../channels/capabilities';
import { flattenCard, type AdaptiveCard } from '../../channels/cards';
import type { Content } from '../../channels/content';
import { render } from '../../channels/render';

const labels = { replyWithNumber: 'Reply with a number.', openLink: 'Open', printPlan: 'Print' };
const textOf = (channel: string, contents: Content[]) =>
  render(contents, capabilitiesFor(channel), labels)
    .map((a) =>
      [a.text ?? '', ...(a.attachments ?? []).map((x) => (x.content && (x.content as AdaptiveCard).body ? flattenCard(x.content as AdaptiveCard) : ''))].join(
        '\n',
      ),
    )
    .join('\n');
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

const cases: Array<[string, Content, string]> = [
  [
    'a crisis contact',
    { kind: 'contacts', intro: 'You can talk to someone now:', contacts: [{ name: 'NHS 111, option 2 for mental health', number: '111' }] },
    'NHS 111, option 2 for mental health',
  ],
  [
    'a crisis contact in brackets',
    { kind: 'contacts', intro: 'Call:', contacts: [{ name: 'NHS 111 (day or night)', number: '111' }] },
    'NHS 111 (day or night)',
  ],
  ['a service', { kind: 'services', intro: 'These can help:', services: [{ name: 'NHS 111', phone: '111', why: 'Why: urgent advice' }] }, 'NHS 111'],
  [
    'a service with a full number in its name',
    { kind: 'services', intro: 'Help:', services: [{ name: 'Helpline 0808 808 7777', phone: '0808 808 7777', why: 'Why' }] },
    'Helpline 0808 808 7777',
  ],
];

describe('a number its name already says', () => {
  for (const channel of ['sms', 'webchat', 'msteams'])
    for (const [name, content, shown] of cases)
      it(`${channel}, ${name}: the name whole, its number not linked inside it and not doubled`, () => {
        const out = textOf(channel, [content]);
        expect(out).not.to.match(/[A-Za-z] \[\d/, 'a number linked inside a name');
        const number = content.kind === 'contacts' ? content.contacts[0].number : content.kind === 'services' ? content.services[0].phone! : '';
        const digits = new RegExp(number.replace(/ /g, ' ?'), 'g');
        if (channel === 'sms') {
          expect(out).to.include(shown);
          // Crisis lines keep their number first (below); a service's name says it once.
          if (content.kind === 'services') expect(count(out, digits), out).to.equal(1);
        } else expect(out.replace(/\\/g, '')).to.include(shown);
      });

  // Crisis lines keep the number first whatever the name says (every crisis line starts with what to dial).
  const crisis: Array<[string, string, string]> = [
    ['Samaritans', '116 123', '116 123 - Samaritans'],
    ['NHS 111, option 2 for mental health', '111', '111 - NHS 111, option 2 for mental health'],
  ];
  for (const [name, number, line] of crisis)
    it(`sms crisis line: ${line}`, () =>
      expect(textOf('sms', [{ kind: 'contacts', intro: 'Call:', contacts: [{ name, number }] }])).to.match(new RegExp(`^${line}$`, 'm')));
});
