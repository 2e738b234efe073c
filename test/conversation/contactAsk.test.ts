/** "Who do I phone?" in every language the bot speaks, and sentences with a phone in them that ask no such thing. */
import { expect } from 'chai';
import { asksWhoToCall } from '../../conversation/contactAsk';
import { localPicks } from '../../conversation/localHelpReply';
import { localHelpFor } from '../../catalogue';

const ASKS: string[] = [
  'who do I phone?',
  'Who should I call',
  'what number do I ring?',
  "what's the number?",
  'who can I contact about this',
  "pwy dw i'n ffonio?",
  'pwy ddylwn i ffonio?',
  'do kogo mam zadzwonić?',
  'Do kogo zadzwonić',
  '¿A quién llamo?',
  'a quien debo llamar',
  'para quem devo ligar?',
  'pe cine să sun?',
  'مجھے کس کو فون کرنا چاہیے؟',
  'kisko phone karun?',
  'kis ko call karun',
  'بمن أتصل؟',
  'ما هو الرقم؟',
  '我该打哪个电话？',
  '我应该给谁打电话',
  'আমি কাকে ফোন করব?',
  'ਮੈਂ ਕਿਸਨੂੰ ਫ਼ੋਨ ਕਰਾਂ?',
  'મારે કોને ફોન કરવો?',
];

const NOT_ASKS: string[] = [
  'my dad called me last night',
  'I phoned the GP yesterday',
  'can someone call me back',
  'who is this?',
  'I want to talk to a person',
  'the number of tablets she takes',
  'zadzwoniłam do lekarza',
  'llamé al médico ayer',
  'ammi ne phone kiya',
  '我昨天给医生打了电话',
  // a question of its own, about the card it follows
  'who do we phone at night if he gets worse?',
  '如果他晚上情况变差，我们应该给谁打电话？',
];

describe('asking whom to call', () => {
  for (const text of ASKS) it(`"${text}" asks whom to call`, () => expect(asksWhoToCall(text)).to.equal(true));
  for (const text of NOT_ASKS) it(`"${text}" does not`, () => expect(asksWhoToCall(text)).to.equal(false));
});

describe('the local place picked for a topic', () => {
  // Worcestershire: Macmillan units at three hospitals and St Richard's Hospice, no carers' centre in the register.
  const worcestershire = localHelpFor(['E10000034'], 'england');
  // Manchester: Carers Manchester (the council's carers' service) and the Macmillan centre at Wythenshawe.
  const manchester = localHelpFor(['E08000003'], 'england');
  const kinds = (topic: Parameters<typeof localPicks>[0], help: typeof manchester, before: string[] = [], onlyNew = false) =>
    localPicks(topic, help, new Set(), before, onlyNew).map((x) => x.kind);
  const rows: [string, () => string[], string[]][] = [
    ['a hospice first near the end of life', () => kinds('end_of_life', worcestershire), ['hospice', 'macmillan_centre']],
    ['a carers service first for a break', () => kinds('break', manchester), ['council_carers_service']],
    ['the carers service and a cancer centre for a group', () => kinds('peer_support', manchester), ['council_carers_service', 'macmillan_centre']],
    ['a cancer centre first for somewhere to talk', () => kinds('feelings', manchester), ['macmillan_centre', 'council_carers_service']],
    ['never a hospice for a group', () => kinds('peer_support', localHelpFor(['E08000004'], 'england')), []],
    ['shown before, it comes again for a new question', () => kinds('break', manchester, ['E08000003-carers-service']), ['council_carers_service']],
    ['shown before, not for "that doesn\'t fit me"', () => kinds('break', manchester, ['E08000003-carers-service'], true), ['macmillan_centre']],
  ];
  for (const [name, got, expected] of rows) it(name, () => expect(got()).to.deep.equal(expected));
});
