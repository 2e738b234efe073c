/**
 * The one ranking (catalogue/rank.ts): fit to what the person said first, then verified
 * before unverified at equal fit, then catalogue order. Each row is a small catalogue
 * listed in catalogue order, a query, and the order expected.
 */
import { expect } from 'chai';
import { rankServices } from '../../catalogue/find';
import { byRank, trustOf } from '../../catalogue/rank';
import type { Audience, Service, ServiceQuery } from '../../catalogue/types';
import { ALWAYS, WEEKDAYS_9_TO_5, catalogue, service } from './fixtures/build';

const NOW = new Date('2026-11-23T14:30:00Z'); // Monday 14:30 in London
const NIGHT = new Date('2026-11-24T02:00:00Z');

const withAudience = (s: Service, ...terms: Audience[]): Service => ({
  ...s,
  attributes: [...s.attributes, ...terms.map((term) => ({ taxonomy: 'carers-bot-audiences' as const, term }))],
});

interface Row {
  name: string;
  services: Service[];
  query: Omit<ServiceQuery, 'now'> & { now?: Date };
  order: string[];
}

const ROWS: Row[] = [
  {
    name: 'topic first: the service whose main topic is asked comes before one that covers it in passing',
    services: [service('mentions-money', ['feelings', 'peer_support', 'money']), service('money-first', ['money'])],
    query: { topics: ['money'] },
    order: ['money-first', 'mentions-money'],
  },
  {
    name: 'the first topic asked counts more than the second',
    services: [service('second', ['work']), service('first', ['money'])],
    query: { topics: ['money', 'work'] },
    order: ['first', 'second'],
  },
  {
    name: 'local before nation before UK-wide',
    services: [
      service('uk', ['money']),
      service('england', ['money'], { service_areas: [{ extent_type: 'nation', extent: 'england' }] }),
      service('southwark', ['money'], { service_areas: [{ extent_type: 'council', extent: 'southwark' }] }),
    ],
    query: { topics: ['money'], district: 'SE15' },
    order: ['southwark', 'england', 'uk'],
  },
  {
    name: 'a council known from a town name counts as local',
    services: [service('uk', ['money']), service('lambeth', ['money'], { service_areas: [{ extent_type: 'council', extent: 'lambeth' }] })],
    query: { topics: ['money'], council: 'lambeth' },
    order: ['lambeth', 'uk'],
  },
  {
    name: "the person's language before interpreters before neither",
    services: [
      service('english', ['money']),
      service('interpreters', ['money'], { interpretation_services: 'On request' }),
      service('polish', ['money'], { languages: ['en', 'pl'] }),
    ],
    query: { topics: ['money'], language: 'pl' },
    order: ['polish', 'interpreters', 'english'],
  },
  {
    name: 'open now before closed at night',
    services: [service('office', ['feelings'], { schedules: WEEKDAYS_9_TO_5 }), service('always', ['feelings'], { schedules: ALWAYS })],
    query: { topics: ['feelings'], now: NIGHT },
    order: ['always', 'office'],
  },
  {
    name: 'a young person gets the young people’s service first',
    services: [service('everyone', ['family']), service('young', ['family'], { maximum_age: 25 })],
    query: { topics: ['family'], age: 15 },
    order: ['young', 'everyone'],
  },
  {
    name: 'a bereaved person gets a service made for bereaved people first',
    services: [service('everyone', ['feelings']), withAudience(service('after-a-death', ['feelings']), 'bereaved')],
    query: { topics: ['feelings'], audience: { bereaved: true } },
    order: ['after-a-death', 'everyone'],
  },
  {
    name: 'equal fit: verified before a detail unverified before not checked for a year',
    services: [
      service('stale', ['money'], { assured_date: '2025-06-01' }),
      service('unverified', ['money'], { verification: 'Hours not checked' }),
      service('verified', ['money']),
    ],
    query: { topics: ['money'] },
    order: ['verified', 'unverified', 'stale'],
  },
  {
    name: 'better fit beats verification: a local unverified service before a verified national one',
    services: [
      service('verified-uk', ['money']),
      service('local-unverified', ['money'], { verification: 'x', service_areas: [{ extent_type: 'council', extent: 'southwark' }] }),
    ],
    query: { topics: ['money'], district: 'SE15' },
    order: ['local-unverified', 'verified-uk'],
  },
  {
    name: 'equal fit and trust: catalogue order, not the name',
    services: [service('zebra', ['money']), service('aardvark', ['money']), service('middle', ['money'])],
    query: { topics: ['money'] },
    order: ['zebra', 'aardvark', 'middle'],
  },
];

describe('the one ranking', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const ranked = rankServices(catalogue(row.services), { ...row.query, now: row.query.now ?? NOW }).map((m) => m.id);
      expect(ranked).to.deep.equal(row.order);
    });
  }

  it('trust: checked and complete 2, a detail unverified 1, stale 0', () => {
    expect([trustOf(false, false), trustOf(false, true), trustOf(true, false), trustOf(true, true)]).to.deep.equal([2, 1, 0, 0]);
  });

  it('byRank: fit, then trust, then order', () => {
    const rows = [
      { id: 'c', fit: 10, trust: 2, order: 2 },
      { id: 'a', fit: 10, trust: 1, order: 0 },
      { id: 'b', fit: 12, trust: 0, order: 1 },
      { id: 'd', fit: 10, trust: 2, order: 1 },
    ];
    expect(rows.sort(byRank).map((r) => r.id)).to.deep.equal(['b', 'd', 'c', 'a']);
  });
});
