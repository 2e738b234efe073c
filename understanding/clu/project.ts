/**
 * Builds the CLU project export (data/understanding/clu-project.json): one intent per
 * topic id and per command, trained on our own example messages (the topic paraphrase
 * fixtures and the command phrases), never on the eval set.
 * Regenerate: npx tsx understanding/clu/project.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS, type CommandId } from '../types';
import { TOPIC_IDS } from '../../core/topics';
import { intentForCommand, intentForTopic } from './intents';

const CLU_LANGUAGE: Record<string, string> = {
  en: 'en-gb',
  cy: 'cy',
  pl: 'pl',
  ro: 'ro',
  pa: 'pa',
  ur: 'ur',
  bn: 'bn',
  ar: 'ar',
  gu: 'gu',
  pt: 'pt-pt',
  es: 'es',
  zh: 'zh-hans',
};

interface Utterance {
  text: string;
  language: string;
  intent: string;
  entities: never[];
  dataset: 'Train';
}

export function buildCluProject(examples: { lang: string; text: string; topics: string[] }[], commands: Record<CommandId, string[]>): unknown {
  const utterances: Utterance[] = [];
  for (const example of examples) {
    const topic = example.topics[0];
    if (topic) utterances.push({ text: example.text, language: CLU_LANGUAGE[example.lang] ?? 'en-gb', intent: topic, entities: [], dataset: 'Train' });
  }
  for (const command of COMMANDS) {
    for (const phrase of commands[command] ?? [])
      utterances.push({ text: phrase, language: 'en-gb', intent: intentForCommand(command), entities: [], dataset: 'Train' });
  }
  return {
    projectFileVersion: '2023-04-01',
    stringIndexType: 'Utf16CodeUnit',
    metadata: {
      projectKind: 'Conversation',
      projectName: 'carers-support',
      multilingual: true,
      description: 'Topics and commands of the carers support bot (intent names = topic ids and cmd_<command>).',
      language: 'en-gb',
      settings: { confidenceThreshold: 0 },
    },
    assets: {
      projectKind: 'Conversation',
      intents: [...TOPIC_IDS.map((t) => ({ category: intentForTopic(t) })), ...COMMANDS.map((c) => ({ category: intentForCommand(c) })), { category: 'None' }],
      entities: [],
      utterances,
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const examples = readFileSync(new URL('../../test/understanding/fixtures/topic-paraphrases.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { lang: string; text: string; topics: string[] });
  const commands = (
    JSON.parse(readFileSync(new URL('../../data/understanding/commands.json', import.meta.url), 'utf8')) as { commands: Record<CommandId, string[]> }
  ).commands;
  writeFileSync(new URL('../../data/understanding/clu-project.json', import.meta.url), `${JSON.stringify(buildCluProject(examples, commands), null, 1)}\n`);
  process.stderr.write('wrote data/understanding/clu-project.json\n');
}
