/** SMS turns: everything a turn says in at most three texts, crisis numbers first and never dropped. */
import { expect } from 'chai';
import { capabilitiesFor } from '../../channels/capabilities';
import type { Content, ServiceView } from '../../channels/content';
import { render } from '../../channels/render';
import { isGsm7 } from '../../channels/sms';
import { MAX_SMS_TEXTS, shortAddress, smsTurn } from '../../channels/smsTurn';
import { loadCatalogue } from '../../catalogue';
import { loadLocalHelpData } from '../../catalogue/localHelpData';
import { withLocalHelp } from '../../catalogue/oruk/localHelpServices';

const sms = capabilitiesFor('sms');
const limits = sms.maxChars!;
const wording = { replyWithNumber: 'Reply with a number.' };
const labels = { ...wording, openLink: '', printPlan: '' };
const choices = [
  { value: 'yes', label: 'Yes please' },
  { value: 'no', label: 'No thanks' },
];
const crisis: Content = {
  kind: 'contacts',
  intro: 'If anyone is in danger right now, call 999. You can talk to someone now:',
  contacts: [
    { name: 'Samaritans (any time, free)', number: '116 123' },
    { name: 'Shout (any time, free)', number: 'text SHOUT to 85258' },
    { name: 'Emergency (ambulance or police)', number: '999' },
  ],
  outro: 'Stay with them if it is safe. Take away anything they could use to hurt themselves.',
};
const longAnswer: Content = {
  kind: 'text',
  text: Array.from({ length: 12 }, (_, i) => `This is sentence ${i + 1} of a long answer about benefits and rights.`).join(' '),
};
const service = (i: number, extra: Partial<ServiceView> = {}): ServiceView => ({
  name: `Helpful Service ${i}`,
  phone: `0300 000 000${i}`,
  hours: 'Mon-Fri 09:00-17:00',
  openNow: 'Open now',
  why: 'Why: money and benefits, near you',
  whatToSay: 'Say: "I look after my mum."',
  url: `https://www.example.org/service-${i}`,
  caution: 'Please check the details before you call.',
  ...extra,
});
const services: Content = { kind: 'services', intro: 'These can help:', services: [1, 2, 3, 4, 5].map((i) => service(i)) };
const question: Content = { kind: 'text', text: 'Would you like to talk to a real person about it?', choices };
const texts = (contents: Content[]) => render(contents, sms, labels).map((a) => a.text ?? '');
const withinLimit = (t: string) => [...t].length <= (isGsm7(t) ? limits.gsm : limits.unicode);

describe('channels/smsTurn', () => {
  const turns: Array<[string, Content[]]> = [
    ['crisis, long answer, five services, a question', [crisis, longAnswer, services, question]],
    ['long answer, five services, a question', [longAnswer, services, question]],
    ['a question only', [question]],
    ['crisis only', [crisis]],
    ['crisis twice (the contacts again after a hand-off)', [crisis, { kind: 'text', text: 'The advisor has left the chat.' }, crisis]],
    [
      'Polish (UCS-2)',
      [
        { ...crisis, intro: 'Jeśli ktoś jest w niebezpieczeństwie, zadzwoń pod 999.' },
        { ...longAnswer, text: 'Zażółć gęślą jaźń. '.repeat(40) },
        services,
        question,
      ],
    ],
  ];
  for (const [name, contents] of turns) {
    it(`${name}: at most ${MAX_SMS_TEXTS} texts, each within its limit`, () => {
      const out = texts(contents);
      expect(out.length).to.be.within(1, MAX_SMS_TEXTS);
      for (const t of out) expect(withinLimit(t), t).to.equal(true);
    });
  }

  it('crisis numbers come first and whole, number first, however much else the turn says', () => {
    const [first] = texts([longAnswer, services, question, crisis]);
    expect(first.split('\n')).to.deep.equal([
      '116 123 - Samaritans (any time, free)',
      'text SHOUT to 85258 - Shout (any time, free)',
      '999 - Emergency (ambulance or police)',
    ]);
  });

  it('crisis numbers shown twice in a turn are sent once', () => {
    const out = texts([crisis, { kind: 'text', text: 'The advisor has left the chat.' }, crisis]);
    expect(out.join('\n').match(/116 123 - /g)).to.have.length(1);
  });

  it('drops the least important first: service details, then later sentences, later services, then the choices', () => {
    const out = texts([longAnswer, services, question]).join('\n\n');
    expect(out).to.include('This is sentence 1 of').and.include('Helpful Service 1\n0300 000 0001');
    expect(out)
      .to.include('Would you like to talk to a real person')
      .and.match(/1\. Yes please\n2\. No thanks\nReply with a number\.$/);
    expect(out, 'why a service fits goes before any service').not.to.include('Why: money');
    expect(out).not.to.include('This is sentence 12 of');
  });

  it('keeps everything when everything fits', () => {
    const out = texts([{ kind: 'services', intro: 'These can help:', services: [service(1)] }, question]);
    expect(out.join('\n')).to.include('Why: money').and.include('Mon-Fri 09:00-17:00 - Open now').and.include('1. Yes please');
  });

  it('a sentence ending in a colon stays with what follows it', () => {
    for (const before of [[], [longAnswer]]) {
      const out = texts([...before, { kind: 'text', text: 'When you call, you could say:\n\n"I look after my dad."' }, services, question]).join('\n');
      // After a long answer it may go (texts after an answer rank below it), but never without what it introduces.
      if (!before.length || out.includes('When you call')) expect(out).to.include('When you call, you could say:\n"I look after my dad."');
      expect(out).not.to.match(/you could say:\s*$/);
    }
  });

  describe("a text's short form (its other question) is what SMS says, and it stays when the turn is long", () => {
    const other: Content = {
      kind: 'text',
      text: 'Your other question: Council Tax help\n\nYou may pay less Council Tax. Some people are left out when the council counts adults.',
      short: 'Your other question: Council Tax help. You may pay less Council Tax. Send it on its own for more.',
    };
    const steps: Content = { kind: 'text', text: 'What to do next:\n• Ask your council.', short: '' };
    const rows: Array<[string, Content[], string[], string[]]> = [
      ['alone', [other, steps], ['Council Tax help. You may pay less Council Tax. Send it on its own for more.'], ['left out when', 'What to do next']],
      [
        'after a long answer, before five services',
        [longAnswer, other, steps, services, question],
        ['Your other question: Council Tax help.', 'Send it on its own for more.'],
        ['What to do next'],
      ],
      [
        'with crisis numbers',
        [crisis, longAnswer, other, steps, services, question],
        ['116 123', 'Your other question: Council Tax help.', 'Send it on its own for more.'],
        ['What to do next'],
      ],
    ];
    for (const [name, contents, kept, gone] of rows)
      it(name, () => {
        const out = texts(contents).join('\n');
        for (const words of kept) expect(out).to.include(words);
        for (const words of gone) expect(out).not.to.include(words);
        expect(texts(contents).length).to.be.at.most(MAX_SMS_TEXTS + 1);
      });

    it('other channels say the whole text', () => {
      const web = render([other, steps], capabilitiesFor('webchat'), labels)
        .map((a) => a.text ?? '')
        .join('\n');
      expect(web).to.include('left out when').and.include('What to do next');
    });
  });

  const quotes: Array<[string, string]> = [
    ['straight quotes', '"I look after my dad and I have not had a break in months. Could you tell me what help there is? I am at the end of my tether."'],
    ['curly quotes', '“I look after my dad and I have not had a break in months. Could you tell me what help there is? I am at the end of my tether.”'],
    ['Polish quotes', '„Opiekuję się tatą i od miesięcy nie miałam przerwy. Czy mogą mi Państwo powiedzieć, jaka jest pomoc? Jestem u kresu sił.”'],
    ['Chinese quotes', '「我照顧爸爸，好幾個月沒有休息了。請問有什麼幫助？我真的撐不下去了。」'],
  ];
  for (const [name, quote] of quotes)
    it(`what to say, in ${name}, is sent whole or not at all, never cut after its first sentence`, () => {
      for (const before of [[], [longAnswer], [crisis, longAnswer, services]]) {
        const out = texts([...before, { kind: 'text', text: `When you call, you could say:\n\n${quote}` }, question]).join('\n');
        const start = out.indexOf(quote.slice(0, 12));
        // Its last words, with a closing mark (SMS may send ” as ").
        if (start >= 0)
          expect(out.slice(start), 'the quotation ends where it ends').to.match(new RegExp(`${quote.slice(-16, -1).replace(/[.?]/g, '\\$&')}["”」]`));
      }
    });

  it("a list's intro never stays without its services", () => {
    // An answer and a question of one long sentence each leave no room for the service.
    const answer: Content = { kind: 'text', text: `${'word '.repeat(60).trim()}.` };
    const ask: Content = { kind: 'text', text: `${'word '.repeat(58).trim()}?`, choices };
    const out = texts([crisis, answer, { kind: 'services', intro: 'These can help:', services: [service(1)] }, ask]).join('\n');
    expect(out).not.to.include('Helpful Service 1');
    expect(out).not.to.include('These can help:');
    const roomy = texts([crisis, { kind: 'services', intro: 'These can help:', services: [service(1)] }, ask]).join('\n');
    expect(roomy).to.include('These can help:\n\nHelpful Service 1');
  });

  describe('a service with no phone shows a short web address', () => {
    it('host and path, no scheme, no "www."', () => {
      const [out] = texts([{ kind: 'services', intro: 'These can help:', services: [service(1, { phone: undefined, why: '', whatToSay: undefined })] }]);
      expect(out).to.include('Helpful Service 1\nexample.org/service-1');
      expect(out).not.to.include('https://');
    });
    it("the bot's short link when the address is long", () => {
      const url = 'https://www.macmillan.org.uk/cancer-information-and-support/get-help/financial-help/macmillan-grants';
      const view = service(1, { phone: undefined, url });
      const [out] = smsTurn([{ contents: [{ kind: 'services', intro: 'Help:', services: [view] }], wording }], limits, {
        shortLink: () => 'https://bot.example/s/abc123',
      });
      expect(out).to.include('Helpful Service 1\nbot.example/s/abc123');
      const [plain] = smsTurn([{ contents: [{ kind: 'services', intro: 'Help:', services: [view] }], wording }], limits);
      expect(plain, 'without a short link: the whole address, still working').to.include('macmillan.org.uk/cancer-information-and-support/');
    });
    it('a text number when that is the only way in', () => {
      const [out] = texts([{ kind: 'services', intro: 'Help:', services: [service(1, { phone: undefined, text: 'Text SHOUT to 85258' })] }]);
      expect(out).to.include('Helpful Service 1\nText SHOUT to 85258');
    });
  });

  const addresses: Array<[string, string]> = [
    ['https://www.carersuk.org/', 'carersuk.org'],
    ['http://example.org/a/b/', 'example.org/a/b'],
    ['https://WWW.Example.org/x?y=1', 'Example.org/x?y=1'],
    ['https://community.mariecurie.org.uk', 'community.mariecurie.org.uk'],
  ];
  for (const [url, short] of addresses) it(`shortAddress(${url})`, () => expect(shortAddress(url)).to.equal(short));

  it('every service of the catalogue and the local help, listed by SMS, shows a phone or a web address', () => {
    const catalogue = withLocalHelp(loadCatalogue(), loadLocalHelpData());
    expect(catalogue.services.length).to.be.greaterThan(100);
    const missing: string[] = [];
    for (let i = 0; i < catalogue.services.length; i += 3) {
      const group = catalogue.services.slice(i, i + 3).map((s) => ({
        name: s.name,
        phone: s.phones.find((p) => p.type === 'voice')?.number,
        url: s.url,
        why: 'Why: near you',
      }));
      const out = texts([{ kind: 'services', intro: 'These can help:', services: group }]).join('\n');
      for (const s of group) {
        const reach = s.phone ?? (s.url ? shortAddress(s.url) : undefined);
        if (!reach || !out.includes(`${s.name}\n${reach}`)) missing.push(s.name);
      }
    }
    expect(missing).to.deep.equal([]);
  });
});
