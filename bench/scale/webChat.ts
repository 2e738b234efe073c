/**
 * A Web Chat person as directlinejs drives the local Direct Line: a token from the embed's route,
 * the conversation started with it, a WebSocket stream, messages posted. For the scale bench: how
 * long until a reply is on the stream.
 */
import { WebSocket } from 'ws';

interface Frame {
  activities?: Array<{ text?: string; from?: { role?: string } }>;
}

export class WebChatPerson {
  private readonly texts: string[] = [];
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly domain: string,
    private readonly token: string,
    private readonly conversationId: string,
    private readonly socket: WebSocket,
  ) {
    socket.on('message', (data) => {
      const text = data.toString();
      if (!text) return;
      for (const activity of (JSON.parse(text) as Frame).activities ?? []) if (activity.from?.role === 'bot') this.texts.push(activity.text ?? '');
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async arrive(base: string): Promise<WebChatPerson> {
    const minted = (await (
      await fetch(`${base}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    ).json()) as {
      token: string;
      conversationId: string;
      domain: string;
    };
    const started = (await (
      await fetch(`${minted.domain}/conversations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${minted.token}`, 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { streamUrl: string };
    const socket = new WebSocket(started.streamUrl);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const person = new WebChatPerson(minted.domain, minted.token, minted.conversationId, socket);
    await person.until(() => person.texts.length > 0);
    return person;
  }

  /** Posts the message and resolves when a bot reply matching `expected` is on the stream: the milliseconds it took. */
  async timeTo(text: string, expected: RegExp): Promise<number> {
    const seen = this.texts.length;
    const started = performance.now();
    const posted = fetch(`${this.domain}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text }),
    });
    await this.until(() => this.texts.slice(seen).some((t) => expected.test(t)));
    const ms = performance.now() - started;
    await posted;
    return ms;
  }

  close(): void {
    this.socket.terminate();
  }

  private async until(done: () => boolean, limitMs = 30_000): Promise<void> {
    const deadline = Date.now() + limitMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error('no reply on the stream in time');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }
}
