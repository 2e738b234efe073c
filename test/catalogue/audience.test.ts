/**
 * The shipped catalogue's services suit who asks: for each person below and each topic,
 * every service the ranking returns is one that person could use (their age, who is ill,
 * their situation), and the services made for them do come up.
 */
import { expect } from 'chai';
import { TOPIC_IDS, type TopicId } from '../../core/topics';
import { rankServices } from '../../catalogue/find';
import { loadCatalogue } from '../../catalogue/load';
import { AUDIENCE_TAXONOMY, KIND_TAXONOMY, type AudienceFacts, type Service } from '../../catalogue/types';

const catalogue = loadCatalogue();
const NOW = new Date('2026-11-23T14:30:00Z');
const byId = new Map(catalogue.services.map((s) => [s.id, s]));

const terms = (s: Service): string[] => s.attributes.filter((a) => a.taxonomy === AUDIENCE_TAXONOMY).map((a) => a.term);
const isCrisis = (s: Service): boolean => s.attributes.some((a) => a.taxonomy === KIND_TAXONOMY && a.term === 'crisis');
const youngPeoples = (s: Service): boolean => (s.maximum_age !== undefined && s.maximum_age <= 25) || terms(s).includes('young_people');

interface Profile {
  name: string;
  age?: number;
  audience: AudienceFacts;
  /** True when the service must never be offered to this person for this topic. */
  never: (s: Service, topic: TopicId) => boolean;
  /** Services that must come up for a topic (England, no postcode). */
  offered?: Partial<Record<TopicId, string[]>>;
  /** Services that must not come up for a topic. */
  notOffered?: Partial<Record<TopicId, string[]>>;
}

const PROFILES: Profile[] = [
  {
    name: 'a bereaved adult (their mum has died)',
    audience: { bereaved: true, caredFor: ['mother'] },
    never: (s) => youngPeoples(s) || terms(s).includes('abuse') || terms(s).includes('ill_child'),
    offered: { bereavement: ['cruse-helpline', 'gov-uk-after-a-death'], feelings: ['cruse-helpline'] },
    notOffered: { bereavement: ['winstons-wish', 'hope-again'] },
  },
  {
    name: 'an adult looking after their husband (no death, no abuse)',
    audience: { caredFor: ['husband'] },
    // Services for after a death only when they ask about one.
    never: (s, topic) =>
      youngPeoples(s) || ['abuse', 'ill_child', 'ill_parent'].some((t) => terms(s).includes(t)) || (topic !== 'bereavement' && terms(s).includes('bereaved')),
    notOffered: { feelings: ['cruse-helpline', 'hourglass-helpline', 'national-domestic-abuse-helpline'], family: ['national-domestic-abuse-helpline'] },
  },
  {
    name: 'a teenager (15) looking after their mum',
    age: 15,
    audience: { caredFor: ['mother'] },
    never: (s) => !isCrisis(s) && ((s.minimum_age ?? 0) > 15 || (s.maximum_age ?? 120) < 15),
    offered: { family: ['carers-trust-young-carers', 'riprap'], feelings: ['childline'] },
    notOffered: { assessment: ['gov-uk-carers-assessment'] },
  },
  {
    name: 'a young adult carer (20)',
    age: 20,
    audience: { caredFor: ['father'] },
    never: (s) => (s.maximum_age !== undefined && s.maximum_age < 20) || (s.minimum_age ?? 0) > 20,
    offered: { family: ['carers-trust-young-carers'] },
    notOffered: { feelings: ['childline'] },
  },
  {
    name: 'someone who has left work to look after their dad',
    audience: { work: 'not_working', caredFor: ['father'] },
    never: (s) => terms(s).includes('in_work') || youngPeoples(s),
    notOffered: { work: ['acas-helpline', 'working-families-advice'] },
  },
  {
    name: 'someone working and looking after their wife',
    audience: { work: 'working', caredFor: ['wife'] },
    never: (s, topic) => youngPeoples(s) || (topic !== 'bereavement' && terms(s).includes('bereaved')),
    offered: { work: ['acas-helpline'] },
  },
  {
    name: 'someone whose mum, an older person, is being abused',
    audience: { abuse: true, caredFor: ['mother'] },
    never: (s) => youngPeoples(s),
    offered: { navigation: ['hourglass-helpline'], human: ['hourglass-helpline'] },
    notOffered: { feelings: ['hourglass-helpline'] },
  },
  {
    name: 'a parent whose son is ill',
    audience: { caredFor: ['son'] },
    never: (s) => terms(s).includes('older_people') || terms(s).includes('ill_parent'),
    offered: { family: ['young-lives-vs-cancer'], money: ['young-lives-vs-cancer'] },
  },
  {
    name: 'a grandparent whose grandson is ill (a child with cancer)',
    audience: { caredFor: ['grandson'] },
    never: (s) => terms(s).includes('older_people') || terms(s).includes('ill_parent'),
    offered: { family: ['young-lives-vs-cancer'], money: ['young-lives-vs-cancer'] },
  },
  {
    name: 'a widowed parent asking about their children',
    audience: { bereaved: true, children: true, caredFor: ['wife'] },
    never: (s) => youngPeoples(s) && !terms(s).includes('families_of_young'),
    offered: { family: ['winstons-wish'] },
  },
];

describe("each topic's services suit who asks (shipped catalogue)", () => {
  for (const profile of PROFILES) {
    describe(profile.name, () => {
      for (const topic of TOPIC_IDS) {
        it(topic, () => {
          const ids = rankServices(catalogue, { topics: [topic], nation: 'england', age: profile.age, audience: profile.audience, now: NOW }).map((m) => m.id);
          const unsuitable = ids.filter((id) => profile.never(byId.get(id)!, topic));
          expect(unsuitable, 'offered but not for this person').to.deep.equal([]);
          expect(ids).to.include.members(profile.offered?.[topic] ?? []);
          for (const id of profile.notOffered?.[topic] ?? []) expect(ids).not.to.include(id);
        });
      }
    });
  }

  it('single-illness services come after general ones unless the illness is named, and only for it once named', () => {
    const general = rankServices(catalogue, { topics: ['illness_info'], nation: 'england', now: NOW }).map((m) => m.id);
    expect(general.indexOf('cruk-nurse-helpline')).to.be.lessThan(general.indexOf('breast-cancer-now-helpline'));
    const breast = rankServices(catalogue, { topics: ['illness_info'], nation: 'england', audience: { conditions: ['breast_cancer'] }, now: NOW }).map(
      (m) => m.id,
    );
    expect(breast[0]).to.equal('breast-cancer-now-helpline');
    expect(breast).not.to.include('prostate-cancer-uk-nurses');
  });

  it('the services the issue names are tagged as it says', () => {
    const topics = (id: string) =>
      byId
        .get(id)!
        .attributes.filter((a) => a.taxonomy === 'carers-bot-topics')
        .map((a) => a.term);
    expect(topics('national-domestic-abuse-helpline')).not.to.include('family');
    expect(topics('live-fear-free')).not.to.include('family');
    expect(topics('hourglass-helpline')).not.to.include('feelings');
    expect(terms(byId.get('hourglass-helpline')!)).to.include.members(['abuse', 'older_people']);
    expect(terms(byId.get('winstons-wish')!)).to.include('young_people');
    expect(terms(byId.get('acas-helpline')!)).to.include('in_work');
  });
});
