/**
 * The CLU recognizer against a recorded service (no network): recorded answers for the messages
 * below, and for any other message what CLU answers when nothing fits (only the None intent).
 */
import { createCluRecognizer } from '../../understanding/clu';
import { cluConfig, fixture } from './cluFixtures';
import { recognizerContract } from './recognizerContract';

const CONFIG = cluConfig(5000);

const prediction = (query: string, intents: Array<[string, number]>): unknown => ({
  kind: 'ConversationResult',
  result: {
    query,
    prediction: {
      topIntent: intents[0][0],
      projectKind: 'Conversation',
      intents: intents.map(([category, confidenceScore]) => ({ category, confidenceScore })),
      entities: [],
    },
  },
});

const MANY_TOPICS = "I look after my mum, we can't afford the bills and I never get a break, I'm so tired and lonely";

const RECORDED = new Map<string, unknown>([
  ["we can't keep up with the bills since I stopped work", fixture('clu-money.json')],
  // The service guessing wrong on an SMS keyword: the embedded command must still win.
  ['STOP', fixture('clu-command.json')],
  // Intents out of order: the recognizer sorts them.
  [
    MANY_TOPICS,
    prediction(MANY_TOPICS, [
      ['feelings', 0.62],
      ['money', 0.93],
      ['None', 0.1],
      ['break', 0.71],
    ]),
  ],
]);

/** A fetch that answers as the recorded service, reading the text from the request body. */
const recordedService: typeof fetch = async (_url, init) => {
  const body = JSON.parse(String(init?.body)) as { analysisInput: { conversationItem: { text: string } } };
  const text = body.analysisInput.conversationItem.text;
  const answer = RECORDED.get(text) ?? prediction(text, [['None', 0.97]]);
  return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
};

const unreachable: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));

recognizerContract('CLU recognizer (recorded service)', () => createCluRecognizer(CONFIG, recordedService));
recognizerContract('CLU recognizer (service unreachable)', () => createCluRecognizer(CONFIG, unreachable));
