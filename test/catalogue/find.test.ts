import { expect } from 'chai';
import { findServices, rankServices } from '../../catalogue/find';
import type { ServiceQuery } from '../../catalogue/types';
import { ALWAYS, WEEKDAYS_9_TO_5, catalogue, service } from './fixtures/build';

const WINTER_MONDAY_NOON = new Date('2026-01-12T12:00:00Z');
const NOW = new Date('2026-11-23T14:30:00Z'); // Monday, 14:30 GMT
const ids = (query: ServiceQuery, cat = CAT) => findServices(cat, query).map((m) => m.id);

const CAT = catalogue([
  service('money-only', ['money']),
  service('feelings-only', ['feelings']),
  service('money-and-feelings', ['feelings', 'money']),
  service('southwark-centre', ['money', 'peer_support'], { service_areas: [{ extent_type: 'council', extent: 'southwark' }] }),
  service('lambeth-centre', ['money'], { service_areas: [{ extent_type: 'council', extent: 'lambeth' }] }),
  service('portsmouth-po4', ['money'], { service_areas: [{ extent_type: 'postcode_district', extent: 'PO4' }] }),
  service('scotland-line', ['money'], { service_areas: [{ extent_type: 'nation', extent: 'scotland' }] }),
  service('england-line', ['work'], { service_areas: [{ extent_type: 'nation', extent: 'england' }] }),
  service('wales-line', ['work'], { service_areas: [{ extent_type: 'nation', extent: 'wales' }] }),
  service('uk-work', ['work']),
  service('teen-site', ['family'], { minimum_age: 12, maximum_age: 17 }),
  service('young-adults', ['family'], { maximum_age: 25 }),
  service('adult-family', ['family'], { minimum_age: 18 }),
  service('adult-crisis', ['feelings'], {
    minimum_age: 18,
    attributes: [
      { taxonomy: 'carers-bot-topics', term: 'feelings' },
      { taxonomy: 'carers-bot-kinds', term: 'crisis' },
    ],
  }),
  service('closed-down', ['bereavement'], { status: 'inactive' }),
  service('grief-fresh', ['bereavement']),
  service('grief-old', ['bereavement'], { assured_date: '2025-10-01' }),
  service('grief-unchecked', ['bereavement'], { verification: 'Number not checked' }),
]);

describe('findServices', () => {
  it('returns at most three by default, best topic fit first (topic order matters)', () => {
    const result = ids({ topics: ['feelings', 'money'], now: NOW });
    expect(result).to.have.length(3);
    expect(result[0]).to.equal('money-and-feelings');
    expect(result.indexOf('feelings-only')).to.be.lessThan(result.indexOf('money-only') === -1 ? 99 : result.indexOf('money-only'));
  });

  it('reports why a service fits, in the order of the query', () => {
    const [best] = findServices(CAT, { topics: ['money', 'feelings'], now: NOW });
    expect(best.id).to.equal('money-and-feelings');
    expect(best.matchedTopics).to.deep.equal(['money', 'feelings']);
  });

  describe('where the person lives', () => {
    it('puts a local service first when the district is in its council', () => {
      const matches = findServices(CAT, { topics: ['money'], district: 'SE15', now: NOW });
      expect(matches[0].id).to.equal('southwark-centre');
      expect(matches[0].local).to.equal(true);
      expect(matches.map((m) => m.id)).not.to.include('lambeth-centre');
    });
    it('matches postcode-district service areas', () => {
      expect(ids({ topics: ['money'], district: 'PO4 0AA', now: NOW })[0]).to.equal('portsmouth-po4');
      expect(ids({ topics: ['money'], district: 'PO7', now: NOW })).not.to.include('portsmouth-po4');
    });
    it('a split district reaches both councils', () => {
      expect(
        rankServices(CAT, { topics: ['money'], district: 'SE1', now: NOW })
          .filter((m) => m.local)
          .map((m) => m.id),
      ).to.have.members(['southwark-centre', 'lambeth-centre']);
    });
    it("ranks nation-wide services for the person's nation above UK-wide ones", () => {
      expect(ids({ topics: ['work'], nation: 'wales', now: NOW })).to.deep.equal(['wales-line', 'uk-work']);
      expect(ids({ topics: ['work'], district: 'CF10', now: NOW })).to.deep.equal(['wales-line', 'uk-work']);
    });
    it("hides other nations' services", () => {
      expect(ids({ topics: ['money'], nation: 'england', now: NOW })).not.to.include('scotland-line');
    });
    it('with no place known, offers only UK-wide services', () => {
      expect(ids({ topics: ['work'], now: NOW })).to.deep.equal(['uk-work']);
    });
    it('in a border district it waits for the nation before offering nation services', () => {
      expect(ids({ topics: ['work'], district: 'CH4', now: NOW })).to.deep.equal(['uk-work']);
      expect(ids({ topics: ['work'], district: 'CH4', nation: 'wales', now: NOW })).to.deep.equal(['wales-line', 'uk-work']);
    });
    it('a council from a town name counts as local', () => {
      expect(ids({ topics: ['money'], council: 'lambeth', now: NOW })[0]).to.equal('lambeth-centre');
    });
    it('preferRegion stands in for an unknown place', () => {
      expect(ids({ topics: ['money'], now: NOW, limit: 10 })).not.to.include('southwark-centre');
      const matches = findServices(CAT, { topics: ['money'], now: NOW, preferRegion: 'south_east_london', limit: 10 });
      expect(matches.map((m) => m.id)).to.include.members(['southwark-centre', 'lambeth-centre']);
      expect(matches.find((m) => m.id === 'southwark-centre')?.local).to.equal(false);
    });
  });

  describe('age', () => {
    it("gives under-18s young people's services first", () => {
      expect(ids({ topics: ['family'], age: 14, now: NOW })).to.deep.equal(['teen-site', 'young-adults']);
    });
    it('never gives adults under-18-only services', () => {
      expect(ids({ topics: ['family'], age: 40, now: NOW })).to.deep.equal(['adult-family']);
      expect(ids({ topics: ['family'], now: NOW })).not.to.include('teen-site');
    });
    it("gives young people's services up to 25 to young adults who say their age, never to other adults", () => {
      expect(ids({ topics: ['family'], age: 22, now: NOW })).to.have.members(['adult-family', 'young-adults']);
      expect(ids({ topics: ['family'], now: NOW })).to.deep.equal(['adult-family']);
      expect(ids({ topics: ['family'], age: 30, now: NOW })).to.deep.equal(['adult-family']);
    });
    it('never hides a crisis line for age', () => {
      expect(ids({ topics: ['feelings'], age: 14, now: NOW, limit: 10 })).to.include('adult-crisis');
      expect(ids({ topics: ['family'], age: 14, now: NOW })).not.to.include('adult-family');
    });
    it("flags young people's services", () => {
      expect(findServices(CAT, { topics: ['family'], age: 14, now: NOW }).every((m) => m.youngPeople)).to.equal(true);
    });
  });

  describe('language', () => {
    const cat = catalogue([
      service('english', ['money'], { organization_id: 'o1' }),
      service('polish', ['money'], { languages: ['en', 'pl'], organization_id: 'o2' }),
      service('interpreters', ['money'], { interpretation_services: 'Interpreters on request', organization_id: 'o3' }),
    ]);
    it('ranks services that speak the language up, then those with interpreters', () => {
      expect(ids({ topics: ['money'], language: 'pl', now: NOW }, cat)).to.deep.equal(['polish', 'interpreters', 'english']);
    });
    it('makes no difference in English', () => {
      const scores = findServices(cat, { topics: ['money'], language: 'en', now: NOW }).map((m) => m.score);
      expect(new Set(scores).size).to.equal(1);
    });
  });

  describe('open now (UK time)', () => {
    const cat = catalogue([
      service('office-hours', ['money'], { schedules: WEEKDAYS_9_TO_5, organization_id: 'o1' }),
      service('no-hours', ['money'], { organization_id: 'o2' }),
      service('always', ['money'], { schedules: ALWAYS, organization_id: 'o3' }),
    ]);
    const at = (iso: string) => Object.fromEntries(findServices(cat, { topics: ['money'], now: new Date(iso) }).map((m) => [m.id, m.openNow]));
    it('in winter 16:30 UTC is open and ranks up a little', () => {
      expect(at('2026-01-12T16:30:00Z')).to.deep.equal({ 'office-hours': true, 'no-hours': null, always: true });
      expect(ids({ topics: ['money'], now: new Date('2026-01-12T16:30:00Z') }, cat).slice(0, 2)).to.have.members(['always', 'office-hours']);
    });
    it('in summer 16:30 UTC is 17:30 BST: closed', () => {
      expect(at('2026-07-13T16:30:00Z')['office-hours']).to.equal(false);
    });
    it('marks round-the-clock services', () => {
      const always = findServices(cat, { topics: ['money'], now: WINTER_MONDAY_NOON }).find((m) => m.id === 'always');
      expect(always?.alwaysOpen).to.equal(true);
    });
  });

  describe('freshness and verification', () => {
    it('ranks stale entries down and flags them', () => {
      const matches = findServices(CAT, { topics: ['bereavement'], now: NOW });
      expect(matches.map((m) => m.id)).to.deep.equal(['grief-fresh', 'grief-unchecked', 'grief-old']);
      const old = matches[2];
      expect(old.stale).to.equal(true);
      expect(old.checkBeforeCalling).to.equal(true);
      expect(matches[0].checkBeforeCalling).to.equal(false);
      expect(matches[1].checkBeforeCalling).to.equal(true);
    });
    it('is not stale just under 12 months', () => {
      const [match] = findServices(CAT, { topics: ['bereavement'], now: new Date('2026-09-30T12:00:00Z'), excludeIds: ['grief-fresh', 'grief-unchecked'] });
      expect(match.stale).to.equal(false);
    });
  });

  it('"that doesn\'t fit me": excludeIds gives the next ones', () => {
    const first = ids({ topics: ['bereavement'], now: NOW, limit: 1 });
    const next = ids({ topics: ['bereavement'], now: NOW, limit: 1, excludeIds: first });
    expect(next).to.have.length(1);
    expect(next[0]).not.to.equal(first[0]);
  });

  it('never offers inactive services', () => {
    expect(ids({ topics: ['bereavement'], now: NOW, limit: 10 })).not.to.include('closed-down');
  });

  it('spreads answers over organisations when there is choice', () => {
    const cat = catalogue([
      service('a1', ['money'], { organization_id: 'same' }),
      service('a2', ['money'], { organization_id: 'same' }),
      service('b1', ['money'], { organization_id: 'other', assured_date: '2025-01-01' }),
    ]);
    expect(ids({ topics: ['money'], now: NOW, limit: 2 }, cat)).to.have.members(['a1', 'b1']);
    expect(ids({ topics: ['money'], now: NOW }, cat)).to.have.length(3);
  });

  it('lists voice numbers first and picks out the text number', () => {
    const cat = catalogue([
      service('mixed', ['feelings'], {
        phones: [
          { number: '85258', type: 'text' },
          { number: '0800 731 0317', type: 'textphone' },
          { number: '116 123', type: 'voice' },
        ],
      }),
    ]);
    const [match] = findServices(cat, { topics: ['feelings'], now: NOW });
    expect(match.phones.map((p) => p.type)).to.deep.equal(['voice', 'text', 'textphone']);
    expect(match.textNumber).to.equal('85258');
    expect(match.organisation).to.equal('Organisation org-mixed');
  });
});
