/**
 * Server-sent events for the console: one stream per open page, fed by the
 * desk's events for the advisor's organisation. Message text only goes to the
 * console that holds the conversation; the others learn that something changed.
 */
import type { Response } from 'restify';
import type { AdvisorDesk, DeskEvent } from '../handoff/advisorDesk';
import type { Session } from '../advisor/sessions';

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
}

export class EventStreams {
  private readonly streams = new Set<Stream>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(
    private readonly desk: () => AdvisorDesk,
    /** Whether the session is still signed in; a stream of an ended session is closed at the next keep-alive. */
    private readonly alive: (session: Session) => boolean,
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
      unsubscribe: this.desk().subscribe(session.identity.org, (event) => this.deliver(stream, event)),
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

  private deliver(stream: Stream, event: DeskEvent): void {
    if (event.type === 'ended') stream.session.held.delete(event.conversationKey);
    stream.res.write(`data: ${JSON.stringify(eventForSession(event, stream.session))}\n\n`);
  }

  private ping(): void {
    for (const stream of [...this.streams]) {
      if (this.alive(stream.session)) stream.res.write(': keep-alive\n\n');
      else this.end(stream);
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
