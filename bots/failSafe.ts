/**
 * What the person gets when something breaks during a turn. On a turn with
 * any risk, the crisis contacts still go out: worded in their language if the
 * wording works, else the fixed 24/7 block, which needs nothing to succeed.
 */
import type { TurnContext } from 'botbuilder';
import { capabilitiesFor } from '../channels/capabilities';
import { render } from '../channels/render';
import { crisisContents, FAILSAFE_CRISIS_TEXT } from '../conversation/crisis';
import type { Translate } from '../conversation/translate';
import type { RiskAssessment } from '../risk/types';
import type { LanguageCode } from '../core/languages';

const APOLOGY_EN = 'Sorry, something went wrong on my side. Please try again, or type "talk to a person".';

export async function sendFailSafe(context: TurnContext, risk: RiskAssessment, language: LanguageCode, t: Translate | undefined, org: string): Promise<void> {
  const atRisk = risk.level !== 'none' || Boolean(risk.failure);
  const caps = capabilitiesFor(context.activity.channelId, context.activity.conversation?.conversationType);
  if (atRisk) {
    try {
      if (!t) throw new Error('no wording');
      const shown = risk.level === 'concern' ? { ...risk, level: 'urgent' as const } : risk;
      const activities = render(crisisContents(shown, { t, language, org }).slice(0, 1), caps, {
        replyWithNumber: t('common.render.replyWithNumber'),
        openLink: t('common.render.openLink'),
        printPlan: t('common.render.printPlan'),
      });
      await context.sendActivities(activities);
      return;
    } catch {
      await context.sendActivity(FAILSAFE_CRISIS_TEXT);
      return;
    }
  }
  let apology = APOLOGY_EN;
  try {
    if (t) apology = t('common.error.text');
  } catch {
    // the English apology stands
  }
  await context.sendActivity(apology);
}
