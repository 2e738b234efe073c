import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { CatalogueError, loadCatalogue } from '../../catalogue/load';
import { formatProblem, looksLikeUkNumber, validateCatalogue } from '../../catalogue/validate';
import type { Phone } from '../../catalogue/types';
import { catalogue, service } from './fixtures/build';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const messagesOf = (data: unknown): string[] => {
  const result = validateCatalogue(data);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('catalogue validation', () => {
  it('accepts a small valid catalogue', () => {
    expect(validateCatalogue(catalogue([service('a', ['money'])])).ok).to.equal(true);
  });

  describe('semantic problems name the entry and the field', () => {
    const messages = messagesOf(JSON.parse(readFileSync(fixture('broken-catalogue.json'), 'utf8')));
    const cases: Array<[string, string]> = [
      ['non-UK number', 'service "bad-phone" (Bad Phone Line): phones[0].number: "1234" does not look like a UK phone number'],
      ['repeated day', 'service "bad-phone" (Bad Phone Line): schedules[0].byday: repeats a day'],
      ['zero-length hours', 'service "bad-phone" (Bad Phone Line): schedules[0].closes_at: equals opens_at'],
      ['unknown council', 'service "bad-phone" (Bad Phone Line): service_areas[0].extent: "atlantis" is not a known council id'],
      ['unknown topic', 'service "bad-phone" (Bad Phone Line): attributes[0].term: "cake" is not a topic id'],
      ['missing organisation', 'service "orphan" (Orphan Service): organization_id: "missing-org" is not an organization in the catalogue'],
      ['duplicate id', 'service "orphan" (Duplicate Id): id: is used twice'],
    ];
    for (const [what, expected] of cases) {
      it(what, () =>
        expect(
          messages.some((m) => m.startsWith(expected)),
          messages.join('\n'),
        ).to.equal(true),
      );
    }
  });

  describe('schema problems name the entry and the field', () => {
    const messages = messagesOf(JSON.parse(readFileSync(fixture('shape-broken-catalogue.json'), 'utf8')));
    const entry = 'service "no-hours" (Broken Hours Line)';
    const cases: Array<[string, string]> = [
      ['status enum', `${entry}: status: must be one of active, inactive`],
      ['date format', `${entry}: assured_date: must match format "date"`],
      ['phone type', `${entry}: phones[0].type: must be one of voice, text, textphone`],
      ['byday codes', `${entry}: schedules[0].byday: must match pattern`],
      ['time format', `${entry}: schedules[0].opens_at: must match pattern`],
      ['nation extent', `${entry}: service_areas[0].extent: must be one of england, scotland, wales, northern_ireland`],
      ['unknown field', `${entry}: phone_number: is not a known field`],
    ];
    for (const [what, expected] of cases) {
      it(what, () =>
        expect(
          messages.some((m) => m.startsWith(expected)),
          messages.join('\n'),
        ).to.equal(true),
      );
    }
  });

  it('requires a contact route and a topic', () => {
    const messages = messagesOf(catalogue([service('quiet', [], { phones: [] })]));
    expect(messages).to.include('service "quiet" (Service quiet): attributes: must NOT have fewer than 1 items');
    const noContact = messagesOf(catalogue([service('quiet', ['money'], { phones: [] })]));
    expect(noContact).to.include('service "quiet" (Service quiet): phones: a service needs a phone number, a url or an email');
  });

  describe('UK phone numbers', () => {
    const cases: Array<[Phone, boolean]> = [
      [{ number: '0808 808 00 00', type: 'voice' }, true],
      [{ number: '020 7708 4497', type: 'voice' }, true],
      [{ number: '0800 1111', type: 'voice' }, true],
      [{ number: '116 123', type: 'voice' }, true],
      [{ number: '111', type: 'voice' }, true],
      [{ number: '85258', type: 'text' }, true],
      [{ number: '85258', type: 'voice' }, false],
      [{ number: '0044 20 7708 4497', type: 'voice' }, false],
      [{ number: '0808 808', type: 'voice' }, false],
    ];
    for (const [phone, ok] of cases) {
      it(`${phone.number} (${phone.type}) -> ${ok}`, () => expect(looksLikeUkNumber(phone)).to.equal(ok));
    }
  });

  it('loadCatalogue throws a CatalogueError listing every problem', () => {
    let thrown: unknown;
    try {
      loadCatalogue(fixture('broken-catalogue.json').pathname);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(CatalogueError);
    const error = thrown as CatalogueError;
    expect(error.problems.length).to.be.greaterThan(5);
    expect(error.message).to.contain('is invalid').and.to.contain('service "orphan" (Orphan Service)');
  });

  it('loadCatalogue reports unreadable JSON clearly', () => {
    expect(() => loadCatalogue(fixture('build.ts').pathname)).to.throw(CatalogueError, /cannot be read as JSON/);
  });
});
