/**
 * The load generator: N conversations at once, each playing scripts one after another
 * (a new conversation id each time), one turn at a time as a person would. A turn counts
 * from the POST to /api/messages until the connector has its last reply: all of a turn's
 * replies reach the connector before the bot answers the POST, so after the HTTP response
 * the connector's record of that activity is complete.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LocalConnector } from './connector';
import { stepKey, type Script, type Step } from './scripts';

export interface LoadOptions {
  botUrl: string;
  serviceUrl: string;
  connector: LocalConnector;
  scripts: Script[];
  conversations: number;
  /** Stop starting turns after this long. */
  seconds: number;
  /** ... or after this many turns, whichever comes first. */
  maxTurns: number;
  /** Makes conversation ids unique to this run. */
  idPrefix: string;
  /** Replies expected per step (from calibration): a different count is reported. */
  expectedReplies?: Map<string, number>;
}

export interface TurnRecord {
  key: string;
  latencyMs: number;
  replies: number;
  replyBytes: number;
}

export interface LoadResult {
  turns: TurnRecord[];
  seconds: number;
  failures: number;
  unexpectedReplyCounts: number;
  /** Conversations started (each a new id). */
  conversations: number;
}

export function activityFor(step: Step, script: Script, index: number, conversationId: string, serviceUrl: string): Record<string, unknown> {
  const user = { id: `u-${conversationId}`, name: 'Person', role: 'user' };
  return {
    type: step.kind === 'update' ? 'conversationUpdate' : 'message',
    id: `${conversationId}-${index}`,
    timestamp: new Date().toISOString(),
    channelId: 'webchat',
    serviceUrl,
    from: user,
    recipient: { id: 'bot', name: 'Bot', role: 'bot' },
    conversation: { id: conversationId },
    locale: script.locale,
    ...(step.kind === 'update' ? { membersAdded: [user] } : { text: step.text, textFormat: 'plain' }),
    channelData: { benchStep: stepKey(script, index) },
  };
}

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.conversations });
  const url = new URL('/api/messages', options.botUrl);
  const turns: TurnRecord[] = [];
  let failures = 0;
  let unexpected = 0;
  let nextScript = 0;
  let nextConversation = 0;
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  const more = () => performance.now() < deadline && turns.length + failures < options.maxTurns;

  async function converse(): Promise<void> {
    while (more()) {
      const script = options.scripts[nextScript++ % options.scripts.length]!;
      const conversationId = `${options.idPrefix}-${nextConversation++}`;
      for (let i = 0; i < script.steps.length && more(); i++) {
        const activity = activityFor(script.steps[i]!, script, i, conversationId, options.serviceUrl);
        const sent = performance.now();
        const status = await post(agent, url, JSON.stringify(activity)).catch(() => 0);
        const done = performance.now();
        const replies = options.connector.take(String(activity.id), conversationId);
        if (status < 200 || status >= 300) {
          failures++;
          break; // this conversation's state is unknown now: start another
        }
        const key = stepKey(script, i);
        const expected = options.expectedReplies?.get(key);
        if (expected !== undefined && expected !== replies.length) unexpected++;
        const last = replies.reduce((latest, reply) => Math.max(latest, reply.at), replies.length ? 0 : done);
        turns.push({ key, latencyMs: last - sent, replies: replies.length, replyBytes: replies.reduce((n, r) => n + r.bytes, 0) });
      }
    }
  }

  await Promise.all(Array.from({ length: options.conversations }, () => converse()));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return { turns, seconds, failures, unexpectedReplyCounts: unexpected, conversations: nextConversation };
}
