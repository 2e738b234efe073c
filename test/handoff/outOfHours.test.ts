import { expect } from 'chai';
import { loadCatalogue } from '../../catalogue';
import { loadOrganisations } from '../../handoff/orgs';
import { callbackSlots, linesOpenNow, youngPeoplesServices } from '../../handoff/outOfHours';

describe("out of hours: lines open now, young people's services, call-back times that exist", () => {
  const catalogue = loadCatalogue();
  const demo = loadOrganisations().get('demo')!;

  const slots: Array<[string, string, string[]]> = [
    [
      'Sunday night: Monday and Tuesday',
      '2026-11-29T23:00:00Z',
      ['2026-11-30 09:00-12:00', '2026-11-30 12:00-17:00', '2026-12-01 09:00-12:00', '2026-12-01 12:00-17:00'],
    ],
    [
      'Friday evening: Saturday closes at 13:00, Sunday is closed',
      '2026-11-27T19:00:00Z',
      ['2026-11-28 10:00-12:00', '2026-11-28 12:00-13:00', '2026-11-30 09:00-12:00', '2026-11-30 12:00-17:00'],
    ],
    [
      'Christmas Eve evening: closed dates skipped',
      '2026-12-24T18:00:00Z',
      ['2026-12-28 09:00-12:00', '2026-12-28 12:00-17:00', '2026-12-29 09:00-12:00', '2026-12-29 12:00-17:00'],
    ],
  ];
  for (const [name, now, expected] of slots) {
    it(`call-back slots, ${name}`, () => expect(callbackSlots(demo, new Date(now)).map((s) => s.value)).to.deep.equal(expected));
  }

  const lines: Array<[string, Parameters<typeof linesOpenNow>[1], string[], string[]]> = [
    [
      'England, Sunday 3am',
      { nation: 'england', now: new Date('2026-11-29T03:00:00Z') },
      ['samaritans'],
      ['macmillan-support-line', 'national-domestic-abuse-helpline'],
    ],
    ['Scotland, Sunday 3am', { nation: 'scotland', now: new Date('2026-11-29T03:00:00Z') }, ['samaritans', 'nhs-24'], ['nhs-111']],
    ['England, Friday 7pm: Macmillan is open', { nation: 'england', now: new Date('2026-11-27T19:00:00Z') }, ['samaritans', 'macmillan-support-line'], []],
    ['a 15-year-old: Childline', { nation: 'england', age: 15, now: new Date('2026-11-29T03:00:00Z') }, ['childline'], []],
  ];
  for (const [name, person, include, exclude] of lines) {
    it(`lines open now, ${name}`, () => {
      const found = linesOpenNow(catalogue, person);
      const ids = found.map((s) => s.id);
      expect(ids).to.include.members(include);
      for (const id of exclude) expect(ids).to.not.include(id);
      for (const s of found) expect(s.openNow).to.equal(true);
      expect(found.length).to.be.at.most(3);
    });
  }

  it("young people's services are made for young people, Childline first at night", () => {
    const found = youngPeoplesServices(catalogue, { nation: 'england', age: 15, now: new Date('2026-11-29T03:00:00Z') });
    expect(found[0].id).to.equal('childline');
    for (const s of found) expect(s.youngPeople).to.equal(true);
  });
});
