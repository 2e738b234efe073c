/**
 * The baseline: a bare botbuilder ActivityHandler on the project's adapter type (CloudAdapter,
 * no app id), store and restify, that does no work of its own. For each scripted step it reads
 * the conversation state, sets the state the project saved for that step, sends the replies the
 * project sent (same number, same bodies) and saves: the floor the project's turn is measured against.
 */
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type Activity,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { StateStorage } from '../../storage';
import type { ReplayTable } from './replay';

class ReplayBot extends ActivityHandler {
  private readonly properties = new Map<string, StatePropertyAccessor<unknown>>();

  constructor(
    private readonly state: ConversationState,
    private readonly table: ReplayTable,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.replay(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.replay(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.state.saveChanges(context);
  }

  private async replay(context: TurnContext): Promise<void> {
    const key = (context.activity.channelData as { benchStep?: unknown } | undefined)?.benchStep;
    const step = typeof key === 'string' ? this.table[key] : undefined;
    if (!step) return;
    for (const [name, value] of Object.entries(step.state)) {
      const property = this.property(name);
      await property.get(context);
      await property.set(context, structuredClone(value));
    }
    if (step.replies.length) await context.sendActivities(step.replies.map((reply) => ({ ...reply }) as Partial<Activity>));
  }

  private property(name: string): StatePropertyAccessor<unknown> {
    let property = this.properties.get(name);
    if (!property) this.properties.set(name, (property = this.state.createProperty(name)));
    return property;
  }
}

export interface RunningBaseline {
  url: string;
  stop(): Promise<void>;
}

export async function startBaseline(storage: StateStorage, table: ReplayTable, host: string): Promise<RunningBaseline> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: '', MicrosoftAppTenantId: '' }),
  );
  adapter.onTurnError = async (_context, error) => {
    console.error('baseline turn error', error);
  };
  const bot = new ReplayBot(new ConversationState(storage), table);
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    url: `http://${host}:${server.address().port}`,
    async stop() {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}
