import { expect } from 'chai';
import { TOPIC_IDS } from '../../core/topics';
import { findServices } from '../../catalogue/find';
import { loadCatalogue } from '../../catalogue/load';
import { isLocal, summariseCatalogue } from '../../catalogue/summary';
import { AUDIENCE_TAXONOMY, KIND_TAXONOMY, TOPIC_TAXONOMY } from '../../catalogue/types';

const catalogue = loadCatalogue();
const NOW = new Date('2026-11-23T14:30:00Z');
const active = catalogue.services.filter((s) => s.status === 'active');
const national = active.filter((s) => !isLocal(s));

describe('the shipped catalogue', () => {
  it('validates', () => expect(catalogue.services.length).to.be.greaterThan(0));

  it('has at least 40 national services', () => expect(national.length).to.be.at.least(40));

  it('covers every topic with national services', () => {
    expect(summariseCatalogue(catalogue, NOW).topicsWithoutNational).to.deep.equal([]);
  });

  for (const topic of TOPIC_IDS) {
    it(`answers "${topic}" with three services for someone in England with no postcode`, () => {
      expect(findServices(catalogue, { topics: [topic], nation: 'england', now: NOW })).to.have.length(3);
    });
  }

  it('has local services in both demo regions', () => {
    const regions = summariseCatalogue(catalogue, NOW).localPerRegion;
    expect(regions.wessex).to.be.at.least(8);
    expect(regions.south_east_london).to.be.at.least(8);
  });

  it('gives every entry a source and an assured date no later than the catalogue', () => {
    for (const s of catalogue.services) {
      expect(s.source_url, s.id).to.match(/^https?:\/\//);
      expect(s.assured_date <= catalogue.generated, s.id).to.equal(true);
    }
  });

  it('always has a 24/7 crisis line with a number', () => {
    const crisis = findServices(catalogue, { topics: ['feelings'], now: new Date('2026-11-24T03:00:00Z'), limit: 20 }).filter((m) => m.crisis && m.alwaysOpen);
    expect(crisis.map((m) => m.name)).to.include.members(['Samaritans', 'Shout 85258']);
  });

  it('puts a local carers service first for a carer in Southwark asking about support', () => {
    const [first] = findServices(catalogue, { topics: ['peer_support'], district: 'SE15', now: NOW });
    expect(first.local).to.equal(true);
  });

  it('shows Scottish services in Scotland, not English ones', () => {
    const ids = findServices(catalogue, { topics: ['money'], nation: 'scotland', now: NOW, limit: 20 }).map((m) => m.id);
    expect(ids).to.include('social-security-scotland');
    expect(ids).not.to.include('carers-allowance-unit');
  });

  it('uses only known kinds, topics and audiences', () => {
    for (const s of catalogue.services) {
      expect(
        s.attributes.every((a) => a.taxonomy === TOPIC_TAXONOMY || a.taxonomy === KIND_TAXONOMY || a.taxonomy === AUDIENCE_TAXONOMY),
        s.id,
      ).to.equal(true);
    }
  });
});
