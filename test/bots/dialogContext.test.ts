import { expect } from 'chai';
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { DialogSet, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { dialogContextFor } from '../../bots/dialogContext';

describe('dialogContextFor', () => {
  it('builds the dialog memory configuration on the first turn only, and dialogs carry on across turns', async () => {
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
    dialogs.add(new TextPrompt('name'));
    dialogs.add(new WaterfallDialog('ask', [(step) => step.prompt('name', 'Your name?'), (step) => step.endDialog(step.result)]));
    const configurations: unknown[] = [];
    const heard: string[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const dc = await dialogContextFor(dialogs, context);
      configurations.push(dc.state.configuration);
      const result = await dc.continueDialog();
      if (result.status === 'empty') await dc.beginDialog('ask');
      if (result.status === 'complete') heard.push(String(result.result));
      await state.saveChanges(context);
    });
    await adapter.send('hi').assertReply('Your name?').send('Sam').send('again').assertReply('Your name?');
    expect(heard).to.deep.equal(['Sam']);
    expect(configurations).to.have.length(3);
    expect(configurations[1]).to.equal(configurations[0]);
    expect(configurations[2]).to.equal(configurations[0]);
  });
});
