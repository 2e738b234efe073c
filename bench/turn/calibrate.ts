/**
 * Plays every script once through the project, one turn at a time, and records what the
 * baseline must reproduce: each step's replies (bodies as the connector got them) and the
 * conversation state the project saved after it.
 */
import { Agent, request } from 'node:http';
import type { BotProcess } from './botProcess';
import type { LocalConnector } from './connector';
import { activityFor } from './load';
import { replayableReply, replayableState, type ReplayTable } from './replay';
import { stepKey, type Script } from './scripts';

export interface Calibration {
  table: ReplayTable;
  expectedReplies: Map<string, number>;
  turns: number;
  replies: number;
  replyBytes: number;
  stateBytes: number;
}

function postOnce(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function calibrate(project: BotProcess, connector: LocalConnector, serviceUrl: string, scripts: Script[], tag: string): Promise<Calibration> {
  const agent = new Agent({ keepAlive: true });
  const url = new URL('/api/messages', project.url);
  const result: Calibration = { table: {}, expectedReplies: new Map(), turns: 0, replies: 0, replyBytes: 0, stateBytes: 0 };
  connector.keepBodies = true;
  try {
    for (const script of scripts) {
      const conversationId = `cal-${tag}-${script.id}`;
      for (let i = 0; i < script.steps.length; i++) {
        const activity = activityFor(script.steps[i]!, script, i, conversationId, serviceUrl);
        const status = await postOnce(agent, url, JSON.stringify(activity));
        if (status < 200 || status >= 300) throw new Error(`calibration: ${stepKey(script, i)} answered HTTP ${status}`);
        const replies = connector.take(String(activity.id), conversationId);
        const item = await project.state(`webchat/conversations/${conversationId}/`);
        const key = stepKey(script, i);
        result.table[key] = { replies: replies.map((r) => replayableReply(r.body ?? '{}')), state: replayableState(item) };
        result.expectedReplies.set(key, replies.length);
        result.turns++;
        result.replies += replies.length;
        result.replyBytes += replies.reduce((n, r) => n + r.bytes, 0);
        result.stateBytes += JSON.stringify(item ?? {}).length;
      }
    }
  } finally {
    connector.keepBodies = false;
    agent.destroy();
  }
  return result;
}
