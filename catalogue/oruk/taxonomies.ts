/**
 * Our three vocabularies as ORUK taxonomies: topics (what a person needs help with), service
 * kinds (what the ranking needs to know) and audiences (who a service is made for). Each term
 * has a stable UUID; names and descriptions in English (topic names are the chat's own labels).
 */
import { readFileSync } from 'node:fs';
import { TOPIC_IDS } from '../../core/topics';
import { AUDIENCES, AUDIENCE_TAXONOMY, KIND_TAXONOMY, SERVICE_KINDS, TOPIC_TAXONOMY, type Attribute } from '../types';
import { orukId } from './ids';

export interface OrukTaxonomy {
  id: string;
  name: string;
  description: string;
  version: string;
}

export interface OrukTaxonomyTerm {
  id: string;
  /** Our term ("feelings"): the code feeds and the chat use. */
  term: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
}

type TaxonomyName = Attribute['taxonomy'];

const topicWords = JSON.parse(readFileSync(new URL('../../locales/en/topics.json', import.meta.url), 'utf8')) as {
  label: Record<string, string>;
  intro?: Record<string, string>;
};

const KIND_WORDS: Record<string, string> = {
  crisis: 'Crisis: help straight away when someone is in danger or cannot cope',
  helpline: 'Helpline: a phone line to talk to someone',
  webchat: 'Web chat: talk to someone by typing on a website',
  online_community: 'Online community: a forum or group online',
  website: 'Website: information to read',
  in_person: 'In person: somewhere to go or someone who visits',
  council: 'Council: a local authority or health and social care trust service',
  hospice: 'Hospice: care and support near the end of life',
};

const AUDIENCE_WORDS: Record<string, string> = {
  bereaved: 'People after a death',
  in_work: 'People in paid work (rights at work)',
  abuse: 'When someone is being harmed, abused or neglected',
  older_people: 'Older people and their families',
  ill_child: 'Families of a child or young person who is ill',
  ill_parent: 'Young people whose parent is ill',
  young_people: 'Children and young people',
  families_of_young: 'Adults bringing up young people',
  breast_cancer: 'People affected by breast cancer',
  prostate_cancer: 'People affected by prostate cancer',
  mesothelioma: 'People affected by mesothelioma',
};

export const ORUK_TAXONOMIES: readonly OrukTaxonomy[] = [
  { id: orukId('taxonomy', TOPIC_TAXONOMY), name: TOPIC_TAXONOMY, description: 'What a person who looks after someone needs help with', version: '1.0' },
  {
    id: orukId('taxonomy', KIND_TAXONOMY),
    name: KIND_TAXONOMY,
    description: 'The kind of service: helpline, web chat, in person, crisis, ...',
    version: '1.0',
  },
  { id: orukId('taxonomy', AUDIENCE_TAXONOMY), name: AUDIENCE_TAXONOMY, description: 'Who a service is made for, beyond its ages', version: '1.0' },
];

export function taxonomyTermId(taxonomy: TaxonomyName, term: string): string {
  return orukId('taxonomy_term', `${taxonomy}:${term}`);
}

function term(taxonomy: TaxonomyName, code: string, name: string, description: string): OrukTaxonomyTerm {
  return { id: taxonomyTermId(taxonomy, code), term: code, name, description, taxonomy, taxonomy_id: orukId('taxonomy', taxonomy) };
}

export const ORUK_TAXONOMY_TERMS: readonly OrukTaxonomyTerm[] = [
  ...TOPIC_IDS.map((t) => term(TOPIC_TAXONOMY, t, topicWords.label[t] ?? t, topicWords.intro?.[t] ?? topicWords.label[t] ?? t)),
  ...SERVICE_KINDS.map((k) => term(KIND_TAXONOMY, k, KIND_WORDS[k].split(':')[0], KIND_WORDS[k])),
  ...AUDIENCES.map((a) => term(AUDIENCE_TAXONOMY, a, AUDIENCE_WORDS[a], AUDIENCE_WORDS[a])),
];

const TERMS_BY_ID = new Map(ORUK_TAXONOMY_TERMS.map((t) => [t.id, t]));
const TERMS_BY_KEY = new Map(ORUK_TAXONOMY_TERMS.map((t) => [`${t.taxonomy}:${t.term}`, t]));

export const termById = (id: string): OrukTaxonomyTerm | undefined => TERMS_BY_ID.get(id.toLowerCase());
/** Our term in a taxonomy; also finds a bare topic id ("feelings") in the topic taxonomy. */
export const termFor = (taxonomy: TaxonomyName, code: string): OrukTaxonomyTerm | undefined => TERMS_BY_KEY.get(`${taxonomy}:${code}`);
