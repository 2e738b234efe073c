/** The follow-up questions of each topic, from reviewed data in data/flows/topics.json. */
import { readFileSync } from 'node:fs';
import { TOPIC_IDS, type TopicId } from '../core/topics';

export interface FollowUp {
  id: string;
  options: string[];
}

export interface TopicFlow {
  questions: FollowUp[];
  /** Where the person lives changes the answer. */
  local: boolean;
  /** Offered after answering: no wrong door. */
  related: TopicId[];
}

export interface NotSureQuestion {
  id: string;
  ifYes: TopicId[];
  ifNo: TopicId[];
}

interface FlowsFile {
  flows: Record<TopicId, TopicFlow>;
  notSure: NotSureQuestion[];
}

function loadFlows(): FlowsFile {
  const data = JSON.parse(readFileSync(new URL('../data/flows/topics.json', import.meta.url), 'utf8')) as FlowsFile;
  for (const topic of TOPIC_IDS) {
    if (!data.flows[topic]) throw new Error(`data/flows/topics.json: no flow for topic "${topic}"`);
  }
  return data;
}

const FLOWS = loadFlows();

export function flowFor(topic: TopicId): TopicFlow {
  return FLOWS.flows[topic];
}

export const NOT_SURE_QUESTIONS: readonly NotSureQuestion[] = FLOWS.notSure;
