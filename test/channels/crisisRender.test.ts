/** Crisis replies read right in every channel: one contact a line, tap-to-call where the channel allows, GSM-7 on SMS. */
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { capabilitiesFor } from '../../channels/capabilities';
import { ADAPTIVE_CARD, telNumber, type AdaptiveCard } from '../../channels/cards';
import type { Content } from '../../channels/content';
import { contactsMarkdown, escapeMarkdown, render, renderLabels } from '../../channels/render';
import { isGsm7, toGsmFriendly } from '../../channels/sms';
import { situationContents } from '../../conversation/crisis';
import { CRISIS_SITUATIONS } from '../../conversation/crisisSituation';
import type { Nation } from '../../conversation/state';
import type { Translate } from '../../conversation/translate';
import { translatorFor } from '../../i18n';

const NATIONS: Nation[] = ['england', 'wales', 'scotland', 'northern_ireland'];
const en = translatorFor('en') as unknown as Translate;
const labels = renderLabels(en);
const contactsOf = (contents: Content[]) => contents.find((c): c is Extract<Content, { kind: 'contacts' }> => c.kind === 'contacts')!;
const cards = (a: Partial<Activity>) => (a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE_CARD).map((x) => x.content as AdaptiveCard);

describe('crisis replies in each channel', () => {
  for (const situation of CRISIS_SITUATIONS) {
    for (const nation of NATIONS) {
      const contents = situationContents({ situation, also: [] }, { t: en, language: 'en', nation, org: 'Hearth' });
      const block = contactsOf(contents);
      const dialable = block.contacts.filter((c) => telNumber(c.number));

      it(`${situation}, ${nation}, Web Chat: markdown set deliberately, one contact a list item, each number a tel: link`, () => {
        const [first] = render(contents, capabilitiesFor('webchat'), labels);
        expect(first.textFormat).to.equal('markdown');
        const items = (first.text ?? '').split('\n').filter((l) => l.startsWith('- '));
        expect(items).to.have.length(block.contacts.length);
        for (const c of dialable) expect(first.text).to.include(`[${c.number}](tel:${c.number.replace(/\s/g, '')})`);
        // Outside the list, lines are paragraphs (blank line between): no single break for markdown to swallow.
        const paragraphs = (first.text ?? '').split('\n\n');
        for (const p of paragraphs.filter((x) => !x.startsWith('- '))) expect(p).not.to.include('\n');
      });

      it(`${situation}, ${nation}, Teams: numbers in the text, a call button for each dialable one`, () => {
        const [first] = render(contents, capabilitiesFor('msteams', 'personal'), labels);
        expect(first.textFormat).to.equal('markdown');
        for (const c of block.contacts) expect(first.text).to.include(c.number);
        expect(first.text).not.to.include('](tel:');
        const actions = cards(first).flatMap((card) => card.actions ?? []);
        expect(actions.map((a) => (a.type === 'Action.OpenUrl' ? a.url : ''))).to.deep.equal(dialable.map((c) => `tel:${c.number.replace(/\s/g, '')}`));
        expect(actions.map((a) => a.title)).to.deep.equal(dialable.map((c) => `Call ${c.number}`));
      });

      it(`${situation}, ${nation}, SMS: the numbers first in a text of their own, number first, GSM-7`, () => {
        const out = render(contents, capabilitiesFor('sms'), labels);
        const lines = (out[0].text ?? '').split('\n');
        expect(lines).to.have.length(block.contacts.length);
        for (const [i, c] of block.contacts.entries()) expect(lines[i].startsWith(`${c.number} - `)).to.equal(true);
        for (const a of out) {
          expect(isGsm7(a.text ?? ''), a.text).to.equal(true);
          expect([...(a.text ?? '')].length).to.be.at.most(320);
          expect(a.attachments ?? []).to.deep.equal([]);
        }
      });
    }
  }

  it('telNumber: phone numbers only, not a text short code or a worded number', () => {
    expect(telNumber('116 123')).to.equal('116123');
    expect(telNumber('0808 2000 247')).to.equal('08082000247');
    expect(telNumber('999')).to.equal('999');
    expect(telNumber('text SHOUT to 85258')).to.equal(undefined);
    expect(telNumber('the number on the alert card')).to.equal(undefined);
  });

  it('markdown in our words is shown, not obeyed', () => {
    expect(escapeMarkdown('1. not a list *or* _emphasis_ [link](x)')).to.equal('1\\. not a list \\*or\\* \\_emphasis\\_ \\[link\\](x)');
    expect(escapeMarkdown('- not a bullet')).to.equal('\\- not a bullet');
    const md = contactsMarkdown({ kind: 'contacts', intro: 'Call now:', contacts: [{ name: 'A_B', number: '999' }], outro: 'one\ntwo' }, true);
    expect(md).to.equal('Call now:\n\n- A\\_B: [999](tel:999)\n\none\n\ntwo');
  });

  it('SMS text drops characters that force UCS-2: middle dots, bullets, degrees, odd spaces', () => {
    const text = toGsmFriendly('Mon–Fri 9–5 · Open now • 38.5°C\u202fhigh');
    expect(text).to.equal('Mon-Fri 9-5 - Open now - 38.5 C high');
    expect(isGsm7(text)).to.equal(true);
  });

  it('Teams groups: call buttons still, choices as card buttons', () => {
    const contents = situationContents({ situation: 'suicide', also: [] }, { t: en, language: 'en', org: 'Hearth' });
    const out = render(contents, capabilitiesFor('msteams', 'groupChat'), labels);
    const titles = out.flatMap((a) => cards(a).flatMap((c) => (c.actions ?? []).map((x) => x.title)));
    expect(titles).to.include.members(['Call 116 123', 'Call 999', 'Yes please', 'No thanks']);
  });
});
