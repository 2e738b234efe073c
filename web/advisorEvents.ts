/**
 * Server-sent events for the console: one stream per open page, fed by the
 * desk's events for the advisor's organisation (from any instance, when the
 * desk's events travel over Redis). Message text only goes to the console
 * that holds the conversation; the others learn that something changed.
 */
import type { Response } from 'restify';
import type { AdvisorDesk, DeskEvent } from '../handoff/advisorDesk';
import type { AdvisorSessions, Session } from '../advisor/sessions';

export const KEEP_ALIVE_MS = 15_000;

/** What a console receives: the desk event, with the text left out unless the session holds the conversation. */
export function eventForSession(event: DeskEvent, session: Session): Record<string, unknown> {
  if (event.type === 'message' && !session.held.has(event.conversationKey)) {
    return { type: 'message', conversationKey: event.conversationKey, line: { from: event.line.from, at: event.line.at } };
  }
  return { ...event };
}

interface Stream {
  session: Session;
  res: Response;
  unsubscribe: () => void;
  /** Events are written in the order they came, each after its session is looked up. */
  writing: Promise<void>;
}

export class EventStreams {
  private readonly streams = new Set<Stream>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(
    private readonly desk: () => AdvisorDesk,
    /**
     * The session as it is now (held conversations may have changed through another request or
     * instance); a stream of an ended session is closed at the next keep-alive.
     */
    private readonly sessions: Pick<AdvisorSessions, 'get' | 'hold'>,
    keepAliveMs = KEEP_ALIVE_MS,
  ) {
    this.keepAlive = setInterval(() => this.ping(), keepAliveMs);
    this.keepAlive.unref();
  }

  open(session: Session, res: Response): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 5000\n: connected\n\n');
    const stream: Stream = {
      session,
      res,
      unsubscribe: this.desk().subscribe(session.identity.org, (event) => {
        stream.writing = stream.writing.then(() => this.deliver(stream, event)).catch(() => undefined);
      }),
      writing: Promise.resolve(),
    };
    this.streams.add(stream);
    res.on('close', () => this.drop(stream));
  }

  /** Ends the streams of one session (signed out or expired). */
  closeSession(sessionId: string): void {
    for (const stream of this.streams) if (stream.session.id === sessionId) this.end(stream);
  }

  closeAll(): void {
    clearInterval(this.keepAlive);
    for (const stream of [...this.streams]) this.end(stream);
  }

  get size(): number {
    return this.streams.size;
  }

  private async deliver(stream: Stream, event: DeskEvent): Promise<void> {
    if (event.type === 'message' || event.type === 'ended') {
      const current = await this.sessions.get(stream.session.id, false);
      if (!current) return this.end(stream);
      stream.session = current;
      if (event.type === 'ended' && current.held.has(event.conversationKey)) await this.sessions.hold(current, event.conversationKey, false);
    }
    if (this.streams.has(stream)) stream.res.write(`data: ${JSON.stringify(eventForSession(event, stream.session))}\n\n`);
  }

  private ping(): void {
    for (const stream of [...this.streams]) {
      void this.sessions.get(stream.session.id, false).then(
        (current) => (current ? stream.res.write(': keep-alive\n\n') : this.end(stream)),
        () => undefined,
      );
    }
  }

  private end(stream: Stream): void {
    this.drop(stream);
    stream.res.end();
  }

  private drop(stream: Stream): void {
    if (!this.streams.delete(stream)) return;
    stream.unsubscribe();
  }
}
