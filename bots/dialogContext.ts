/**
 * A turn's dialog context, without rebuilding botbuilder-dialogs' memory configuration each turn.
 * Every DialogStateManager looks for its memory scopes and path resolvers in turn state and, on a
 * turn's first, builds them anew (a service collection of factories: ~15 KB and its CPU a turn).
 * They hold no state of their own (each reads the dialog context it is handed), and this bot
 * registers none per turn, so the first turn's set serves every later turn.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
import type { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs/lib/memory/dialogStateManager';

/** The turn-state key botbuilder-dialogs caches its configuration under (memory/dialogStateManager.js). */
const CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

const built = new WeakMap<DialogSet, DialogStateManagerConfiguration>();

export async function dialogContextFor(dialogs: DialogSet, context: TurnContext): Promise<DialogContext> {
  const configuration = built.get(dialogs);
  if (configuration && !context.turnState.has(CONFIGURATION_KEY)) context.turnState.set(CONFIGURATION_KEY, configuration);
  const dc = await dialogs.createContext(context);
  if (!configuration) {
    const first = context.turnState.get<DialogStateManagerConfiguration | undefined>(CONFIGURATION_KEY);
    if (first) built.set(dialogs, first);
  }
  return dc;
}
