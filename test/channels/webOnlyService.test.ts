/**
 * A service with only a web address: its address must be readable on every channel. Cards carry it on
 * a link button, which a transcript (the `converse` summary) read through flattenCard; SMS has no
 * buttons and writes it in the text. The converse output showed the name of a web-only council
 * service and no address.
 */
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { capabilitiesFor } from '../../channels/capabilities';
import { ADAPTIVE_CARD, flattenCard, type AdaptiveCard } from '../../channels/cards';
import type { Content } from '../../channels/content';
import { render } from '../../channels/render';
import { summarise } from '../../scripts/localConversation';

const labels = { replyWithNumber: 'Reply with a number', openLink: 'Open website', printPlan: 'Print my plan' };
const webOnly: Content = {
  kind: 'services',
  intro: 'Here are some places that can help:',
  services: [{ name: 'Carers Hub (support for unpaid carers)', why: 'Why: Help from the council', url: 'https://example.org/carers-hub' }],
};

function readable(a: Partial<Activity>): string {
  const cards = (a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE_CARD).map((x) => x.content as AdaptiveCard);
  return [a.text ?? '', ...cards.map(flattenCard)].join('\n');
}

const CHANNELS: [string, string | undefined, 'button' | 'text'][] = [
  ['webchat', undefined, 'button'],
  ['directline', undefined, 'button'],
  ['msteams', 'personal', 'button'],
  ['msteams', 'channel', 'button'],
  ['sms', undefined, 'text'],
  ['telegram', undefined, 'text'],
];

describe('a web-only service shows its address on every channel', () => {
  for (const [channel, type, how] of CHANNELS)
    it(`${channel}${type ? ` (${type})` : ''}: as ${how}`, () => {
      const activities = render([webOnly], capabilitiesFor(channel, type), labels);
      const all = activities.map(readable).join('\n');
      expect(all).to.include('Carers Hub');
      expect(all).to.include('example.org/carers-hub');
      const summary = activities.map((a) => summarise(a).text ?? '').join('\n');
      expect(summary, 'the converse summary').to.include('example.org/carers-hub');
      const urlButtons = activities.flatMap((a) =>
        (a.attachments ?? []).flatMap((x) => ((x.content as AdaptiveCard).actions ?? []).filter((b) => b.type === 'Action.OpenUrl')),
      );
      if (how === 'button') expect(urlButtons.map((b) => (b as { url: string }).url)).to.include('https://example.org/carers-hub');
      else expect(activities.every((a) => !a.attachments?.length)).to.equal(true);
    });

  it('a tel: call button is not written out again (its number is in the text)', () => {
    const card: AdaptiveCard = {
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'x',
      body: [{ type: 'TextBlock', text: 'Call 0808 808 7777', wrap: true }],
      actions: [{ type: 'Action.OpenUrl', title: 'Call 0808 808 7777', url: 'tel:08088087777' }],
    };
    expect(flattenCard(card)).to.equal('Call 0808 808 7777');
  });
});
