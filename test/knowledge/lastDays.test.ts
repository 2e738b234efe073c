/**
 * eol.last-days: what the last days look like is asked in many ways and languages, and the questions of the
 * other end-of-life and bereavement cards (dying at home, planning ahead, a hospice break, after a death) keep
 * their own cards. A table of the asks people make, not a held-out score: some lines are also examples (the
 * unseen questions are matcher.test.ts's).
 */
import { expect } from 'chai';
import { knowledge } from '../../knowledge';

const { matcher } = knowledge();

const LAST_DAYS: readonly [string, string][] = [
  ['en', 'what happens at the end, like what will it look like'],
  ['en', "what will it look like when she's dying"],
  ['en', 'signs he is close to the end'],
  ['en', "how will I know it's near"],
  ['en', 'what to expect in the last days'],
  ['en', 'how do you know when someone is in their last few days'],
  ['cy', "beth sy'n digwydd ar y diwedd"],
  ['cy', "beth i'w ddisgwyl yn y dyddiau olaf"],
  ['pl', 'czego się spodziewać w ostatnich dniach'],
  ['pl', 'jak to będzie wyglądało na samym końcu'],
  ['ro', 'la ce să mă aștept în ultimele zile'],
  ['es', 'qué esperar en los últimos días'],
  ['es', 'cómo sabré que se acerca el final'],
  ['pt', 'o que esperar nos últimos dias'],
  ['ar', 'ماذا أتوقع في الأيام الأخيرة'],
  ['zh', '最后几天会怎么样'],
  ['ur', 'aakhri dinon mein kya hota hai'],
];

const NEAR_MISSES: readonly [string, string, string][] = [
  ['en', 'she wants to die at home', 'eol.dying-at-home'],
  ['en', 'can he be looked after at home', 'eol.dying-at-home'],
  ['en', 'my husband wants to die at home, who helps us', 'eol.dying-at-home'],
  ['en', 'can a nurse come at night, mum is dying', 'eol.dying-at-home'],
  ['en', 'how do we get palliative care at home', 'eol.dying-at-home'],
  ['en', "what's an advance care plan", 'eol.planning-ahead'],
  ['en', 'DNACPR', 'eol.planning-ahead'],
  ['en', 'what does do not resuscitate mean for my dad', 'eol.planning-ahead'],
  ['en', 'how do I talk to my wife about where she wants to die', 'eol.planning-ahead'],
  ['en', 'what happens after someone dies', 'death.at-home'],
  ['en', 'what to do when someone dies', 'death.at-home'],
  ['en', 'my dad has just died at home, who do I call', 'death.at-home'],
  ['en', 'how do I register a death', 'death.registering'],
  ['en', 'what is tell us once', 'death.tell-us-once'],
  ['en', 'is there a payment for widows', 'death.bereavement-support'],
  ['en', 'what happens to my carers allowance when he dies', 'death.carers-allowance-after'],
  ['en', 'can mum go into a hospice for a week so I can rest', 'break.respite'],
  ['en', 'can he get benefits faster now he is terminally ill', 'money.end-of-life-fast-track'],
  ['en', 'fast track continuing healthcare for end of life', 'home.continuing-healthcare'],
  ['cy', 'mae hi eisiau marw gartref', 'eol.dying-at-home'],
  ['cy', 'beth yw DNACPR', 'eol.planning-ahead'],
  ['cy', "mae Dad newydd farw gartref, pwy dw i'n ffonio", 'death.at-home'],
  ['cy', 'sut mae cofrestru marwolaeth', 'death.registering'],
  ['pl', 'mama chce umrzeć w domu', 'eol.dying-at-home'],
  ['pl', 'co to jest DNACPR', 'eol.planning-ahead'],
  ['pl', 'tata właśnie zmarł w domu, do kogo dzwonić', 'death.at-home'],
  ['pl', 'jak zarejestrować zgon', 'death.registering'],
  ['ro', 'mama vrea să moară acasă', 'eol.dying-at-home'],
  ['ro', 'ce înseamnă DNACPR', 'eol.planning-ahead'],
  ['ro', 'tata tocmai a murit acasă, pe cine sun', 'death.at-home'],
  ['es', 'quiere morir en casa', 'eol.dying-at-home'],
  ['es', 'qué es un DNACPR', 'eol.planning-ahead'],
  ['es', 'mi padre acaba de morir en casa, a quién llamo', 'death.at-home'],
  ['pt', 'ela quer morrer em casa', 'eol.dying-at-home'],
  ['pt', 'o meu pai acabou de morrer em casa, a quem ligo', 'death.at-home'],
  ['ar', 'أمي تريد أن تموت في البيت', 'eol.dying-at-home'],
  ['ar', 'أبي توفي الآن في البيت بمن أتصل', 'death.at-home'],
  ['zh', '她想在家里走', 'eol.dying-at-home'],
  ['zh', '我爸刚在家去世了，我该打给谁', 'death.at-home'],
  ['zh', '怎么登记死亡', 'death.registering'],
  ['ur', 'ammi ghar par marna chahti hain', 'eol.dying-at-home'],
];

describe('knowledge: the last days of life (eol.last-days)', () => {
  for (const [lang, text] of LAST_DAYS)
    it(`${lang}: "${text}" -> eol.last-days`, () => {
      expect(matcher.match(text)?.cardId ?? 'none').to.equal('eol.last-days');
    });
});

describe('knowledge: near misses of eol.last-days keep their cards', () => {
  for (const [lang, text, card] of NEAR_MISSES)
    it(`${lang}: "${text}" -> ${card}`, () => {
      expect(matcher.match(text)?.cardId ?? 'none').to.equal(card);
    });
});
