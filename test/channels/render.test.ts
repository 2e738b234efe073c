/** The same services, choices, contacts and plan, shown as each channel can show them. */
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { capabilitiesFor } from '../../channels/capabilities';
import { ADAPTIVE_CARD, flattenCard, type AdaptiveCard } from '../../channels/cards';
import type { Content } from '../../channels/content';
import { offeredChoices, render } from '../../channels/render';
import { isGsm7 } from '../../channels/sms';
import { crisisContents } from '../../conversation/crisis';
import { translatorFor } from '../../i18n';
import type { Translate } from '../../conversation/translate';
import type { RiskAssessment } from '../../risk/types';
import { LANGUAGES, type LanguageCode } from '../../core/languages';
import { existsSync } from 'node:fs';

const labels = { replyWithNumber: 'Reply with a number', openLink: 'Open website', printPlan: 'Print my plan' };
const choices = [
  { value: 'topic:money', label: 'Money worries' },
  { value: 'topic:break', label: 'A break for me' },
  { value: 'not_sure', label: "I'm not sure" },
];
const service = {
  name: 'Carers Line',
  phone: '0808 808 7777',
  hours: 'Mon–Fri 09:00–18:00',
  openNow: 'Open now',
  why: 'Why: Money and benefits',
  url: 'https://example.org/help',
  whatToSay: 'Say: "I look after my mum."',
};
const contents: Content[] = [
  { kind: 'text', text: 'What would help most?', choices },
  { kind: 'services', intro: 'Here are some places that can help:', services: [service, { ...service, name: 'Second Line', phone: '0300 000 0000' }] },
  {
    kind: 'contacts',
    intro: 'You can talk to someone any time:',
    contacts: [
      { name: 'Samaritans', number: '116 123' },
      { name: 'Emergency', number: '999' },
    ],
  },
  {
    kind: 'plan',
    plan: {
      title: 'Your plan',
      sections: [{ heading: 'Who to contact', lines: ['Carers Line: 0808 808 7777'] }],
      link: 'https://bot.example/plan/abc',
      shortForm: 'Your plan: call Carers Line 0808 808 7777.',
    },
  },
  { kind: 'event', name: 'handoff.initiate', value: { reason: 'test' } },
];

function cardsOf(a: Partial<Activity>): AdaptiveCard[] {
  return (a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE_CARD).map((x) => x.content as AdaptiveCard);
}
function allText(activities: Partial<Activity>[]): string {
  return activities.map((a) => [a.text, ...cardsOf(a).map(flattenCard)].filter(Boolean).join('\n')).join('\n');
}
function buttons(activities: Partial<Activity>[]): string[] {
  return activities.flatMap((a) => cardsOf(a).flatMap((c) => (c.actions ?? []).filter((x) => x.type === 'Action.Submit').map((x) => x.title)));
}
function suggestions(activities: Partial<Activity>[]): string[] {
  return activities.flatMap((a) => (a.suggestedActions?.actions ?? []).map((x) => String(x.title)));
}

const channels = [
  { id: 'webchat', type: undefined, choicesAs: 'suggested', cards: true, event: true },
  { id: 'directline', type: undefined, choicesAs: 'suggested', cards: true, event: true },
  { id: 'emulator', type: undefined, choicesAs: 'suggested', cards: true, event: true },
  { id: 'msteams', type: 'personal', choicesAs: 'suggested', cards: true, event: false },
  { id: 'msteams', type: 'groupChat', choicesAs: 'buttons', cards: true, event: false },
  { id: 'msteams', type: 'channel', choicesAs: 'buttons', cards: true, event: false },
  { id: 'sms', type: undefined, choicesAs: 'numbered', cards: false, event: false },
  { id: 'telegram', type: undefined, choicesAs: 'numbered', cards: false, event: false },
] as const;

describe('render: one content, every channel', () => {
  for (const channel of channels) {
    describe(`${channel.id}${channel.type ? ` (${channel.type})` : ''}`, () => {
      const caps = capabilitiesFor(channel.id, channel.type);
      const out = render(contents, caps, labels);
      const text = allText(out);

      it('shows every service, phone number, contact and the plan', () => {
        for (const needle of ['Carers Line', '0808 808 7777', 'Second Line', '0300 000 0000', 'Samaritans', '116 123', '999', 'Your plan'])
          expect(text).to.include(needle);
      });

      it(`offers the choices as ${channel.choicesAs}`, () => {
        const labelsSeen = choices.map((c) => c.label);
        if (channel.choicesAs === 'suggested') {
          expect(suggestions(out)).to.deep.equal(labelsSeen);
          expect(buttons(out)).to.deep.equal([]);
        } else if (channel.choicesAs === 'buttons') {
          expect(buttons(out)).to.deep.equal(labelsSeen);
          expect(suggestions(out)).to.deep.equal([]);
        } else {
          expect(text).to.include("1. Money worries\n2. A break for me\n3. I'm not sure\nReply with a number");
          expect(suggestions(out)).to.deep.equal([]);
        }
      });

      it(channel.cards ? 'shows services and the plan as Adaptive Cards' : 'sends no attachments at all', () => {
        const attachments = out.flatMap((a) => a.attachments ?? []);
        if (channel.cards) expect(attachments.filter((a) => a.contentType === ADAPTIVE_CARD)).to.have.length.greaterThanOrEqual(3);
        else expect(attachments).to.deep.equal([]);
      });

      it(channel.event ? 'sends the handoff.initiate event' : 'never sends the handoff event', () => {
        expect(out.some((a) => a.type === 'event')).to.equal(channel.event);
      });

      it('crisis numbers are in the text itself, not only in a card', () => {
        const contactActivities = render([contents[2]], caps, labels);
        expect(contactActivities.map((a) => a.text).join('\n')).to.include('116 123');
      });
    });
  }

  it('offeredChoices: the last choices offered are remembered', () => {
    expect(offeredChoices(contents)).to.deep.equal(choices);
    expect(offeredChoices([{ kind: 'text', text: 'hi' }])).to.deep.equal([]);
  });
});

const presentLanguages = LANGUAGES.filter((lng) => existsSync(new URL(`../../locales/${lng}/`, import.meta.url)));
const risks: { name: string; risk: RiskAssessment }[] = [
  { name: 'suicide', risk: { level: 'urgent', categories: ['suicide_self_harm'], flags: [], ruleIds: [], rulesVersion: 't' } },
  { name: 'abuse of an older person', risk: { level: 'urgent', categories: ['abuse'], flags: ['older_person'], ruleIds: [], rulesVersion: 't' } },
  { name: 'chemo emergency', risk: { level: 'emergency', categories: ['medical_emergency'], flags: ['chemotherapy'], ruleIds: [], rulesVersion: 't' } },
];

describe('SMS: crisis replies and limits in every language present', () => {
  const sms = capabilitiesFor('sms');
  for (const language of presentLanguages) {
    const t = translatorFor(language as LanguageCode) as unknown as Translate;
    const smsLabels = { replyWithNumber: t('common.render.replyWithNumber'), openLink: '', printPlan: '' };
    for (const { name, risk } of risks) {
      it(`${language}, ${name}: every number in the first text, number first; each text within the limit; no attachments`, () => {
        const contents = crisisContents(risk, { t, language: language as LanguageCode, org: 'Hearth Support Line (demo)' });
        const out = render(contents, sms, smsLabels);
        const contacts = contents.find((c) => c.kind === 'contacts');
        if (contacts?.kind !== 'contacts') throw new Error('no contacts');
        const first = out[0].text ?? '';
        for (const c of contacts.contacts) expect(first).to.match(new RegExp(`^${c.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
        for (const a of out) {
          const chars = [...(a.text ?? '')].length;
          expect(chars, a.text).to.be.at.most(isGsm7(a.text ?? '') ? 320 : 201);
          expect(a.attachments ?? []).to.deep.equal([]);
        }
        // The contacts themselves: the numbers in one text, then the words (what to do while waiting, the
        // interpreter note): two texts in English, at most four in UCS-2 languages (67 characters a segment).
        const contactTexts = render([contacts], sms, smsLabels);
        expect(contactTexts.length).to.be.at.most(language === 'en' ? 2 : 4);
        expect(out[out.length - 1].text).to.match(/\n1\. .+\n2\. .+/);
      });
    }
  }

  it('long Arabic-script and Bengali text splits at sentence ends within 201 characters', () => {
    const bengali = 'আমি আপনার কথা শুনছি। '.repeat(30);
    const arabic = 'شكرا لأنك أخبرتني. '.repeat(30);
    for (const text of [bengali, arabic]) {
      const out = render([{ kind: 'text', text, choices }], sms, labels);
      expect(out.length).to.be.greaterThan(1);
      for (const a of out) expect([...(a.text ?? '')].length).to.be.at.most(201);
      for (const a of out.slice(0, -1)) expect(a.text).to.match(/[।.]$/u);
      expect(out[out.length - 1].text).to.include('1. Money worries');
    }
  });

  it('long English text splits at sentence ends within 320 characters and keeps the menu whole', () => {
    const text = 'This is one sentence about help. '.repeat(25);
    const out = render([{ kind: 'text', text, choices }], sms, labels);
    for (const a of out) expect([...(a.text ?? '')].length).to.be.at.most(320);
    for (const a of out.slice(0, -1)) expect(a.text).to.match(/\.$/);
    expect(out[out.length - 1].text).to.match(/1\. Money worries\n2\. A break for me\n3\. I'm not sure\nReply with a number$/);
  });
});

describe('SMS: services', () => {
  it('a service name never arrives without its number (each service whole in one text)', () => {
    const sms = capabilitiesFor('sms');
    const many = Array.from({ length: 3 }, (_, i) => ({
      ...service,
      name: `Usługa numer ${i + 1} dla opiekunów`,
      phone: `0300 000 000${i}`,
      why: 'Dlaczego: Pieniądze i zasiłki, Jak się czuję, blisko Ciebie',
    }));
    // Every intro length, so that every cut point between lines is tried.
    for (let pad = 0; pad < 120; pad++) {
      const intro = `Oto miejsca, które mogą pomóc${'.'.repeat(pad)}`;
      const out = render([{ kind: 'services', intro, services: many }], sms, labels);
      expect(out.length).to.be.greaterThan(1);
      for (const [i, s] of many.entries()) {
        const holder = out.find((a) => (a.text ?? '').includes(s.name));
        expect(holder?.text, `service ${i}, pad ${pad}`).to.include(s.phone);
      }
      for (const a of out) expect([...(a.text ?? '')].length).to.be.at.most(201);
    }
  });
});

describe('tap-to-call: every phone number in Web Chat and Teams, none in SMS', () => {
  const call = (n: string) => `Call ${n}`;
  const callLabels = { ...labels, call };
  const sentence: Content = { kind: 'text', text: 'You can call Carers UK on 0808 808 7777, or 111 out of hours. It costs £83.30 for 35 hours.' };
  const urls = (a: Partial<Activity>) => cardsOf(a).flatMap((c) => (c.actions ?? []).flatMap((x) => (x.type === 'Action.OpenUrl' ? [x.url] : [])));

  it('Web Chat: numbers in a text reply become markdown tel: links; figures stay text', () => {
    const [out] = render([sentence], capabilitiesFor('webchat'), callLabels);
    expect(out.text).to.equal('You can call Carers UK on [0808 808 7777](tel:08088087777), or [111](tel:111) out of hours. It costs £83.30 for 35 hours.');
  });

  it('Web Chat: numbers in service cards and a plan are links in their text blocks', () => {
    const [services, plan] = render([contents[1], contents[3]], capabilitiesFor('webchat'), callLabels);
    expect(allText([services]))
      .to.include('[0808 808 7777](tel:08088087777)')
      .and.include('[0300 000 0000](tel:03000000000)');
    expect(allText([plan])).to.include('Carers Line: [0808 808 7777](tel:08088087777)');
  });

  it('Web Chat: the crisis words around the list link their numbers too', () => {
    const [out] = render(
      [{ kind: 'contacts', intro: 'If anyone is in danger, call 999.', contacts: [{ name: 'Samaritans', number: '116 123' }], outro: 'Or ring NHS 111.' }],
      capabilitiesFor('webchat'),
      callLabels,
    );
    expect(out.text).to.equal('If anyone is in danger, call [999](tel:999).\n\n- Samaritans: [116 123](tel:116123)\n\nOr ring NHS [111](tel:111).');
  });

  for (const type of ['personal', 'groupChat']) {
    it(`Teams (${type}): the text stays plain and a card of call buttons follows it`, () => {
      const [out] = render([sentence], capabilitiesFor('msteams', type), callLabels);
      expect(out.text).to.equal((sentence as { text: string }).text);
      expect(urls(out)).to.deep.equal(['tel:08088087777', 'tel:111']);
      expect(cardsOf(out).flatMap((c) => (c.actions ?? []).map((a) => a.title))).to.deep.equal(['Call 0808 808 7777', 'Call 111']);
    });
  }

  it('Teams: every service card has its call button before its website', () => {
    const [out] = render([contents[1]], capabilitiesFor('msteams', 'personal'), callLabels);
    expect(urls(out)).to.deep.equal(['tel:08088087777', 'https://example.org/help', 'tel:03000000000', 'https://example.org/help']);
  });

  it('Teams: crisis contacts keep one button each, and a number only the words give gets one too', () => {
    const [out] = render(
      [{ kind: 'contacts', intro: 'Call 999 in danger.', contacts: [{ name: 'Samaritans', number: '116 123' }], outro: 'Or NHS 111.' }],
      capabilitiesFor('msteams', 'personal'),
      callLabels,
    );
    expect(urls(out)).to.deep.equal(['tel:116123', 'tel:999', 'tel:111']);
  });

  it('a reply without numbers gets no call card', () => {
    const [out] = render([{ kind: 'text', text: 'What would help most?' }], capabilitiesFor('msteams', 'personal'), callLabels);
    expect(out.attachments ?? []).to.deep.equal([]);
  });

  it('SMS and unknown channels: never a link (the phone makes numbers tappable)', () => {
    for (const id of ['sms', 'telegram']) {
      const text = allText(render([sentence, contents[1]], capabilitiesFor(id), callLabels));
      expect(text).to.include('0808 808 7777').and.not.include('tel:');
    }
  });
});
