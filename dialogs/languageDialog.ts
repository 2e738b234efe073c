/** "Change language": a menu of the languages we write in, each in its own words. An explicit choice always wins. */
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Choice } from '../channels/content';
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { localeFor, ROMAN_URDU } from '../i18n';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { languageAskedFor } from './languageRequest';
import type { DialogServices } from './services';
import { turnOf, type Turn } from './turn';

export const LANGUAGE_DIALOG = 'language';

export const NATIVE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  cy: 'Cymraeg',
  pl: 'Polski',
  ro: 'Română',
  pa: 'ਪੰਜਾਬੀ',
  ur: 'اردو',
  bn: 'বাংলা',
  ar: 'العربية',
  gu: 'ગુજરાતી',
  pt: 'Português',
  es: 'Español',
  zh: '中文',
};

/** Urdu in Latin letters: a script of `ur`, chosen as "lang:ur-Latn" or by its name. */
const ROMAN_URDU_CHOICE = 'lang:ur-Latn';
const ROMAN_URDU_NAMES = ['roman urdu', 'urdu in english letters', 'roman'];

export function languageChoices(): Choice[] {
  return LANGUAGES.map((code) => ({ value: `lang:${code}`, label: NATIVE_NAMES[code] }));
}

/** The language a reply picks: a tapped choice, or a language's own name typed ("Cymraeg", "Polski"). */
export function pickedLanguage(value: string | undefined, text: string): LanguageCode | undefined {
  if (value === ROMAN_URDU_CHOICE || ROMAN_URDU_NAMES.includes(text.trim().toLowerCase())) return 'ur';
  const fromValue = value?.startsWith('lang:') ? value.slice(5) : undefined;
  if (fromValue && (LANGUAGES as readonly string[]).includes(fromValue)) return fromValue as LanguageCode;
  const typed = text.trim().toLowerCase();
  // A language's own name, or a short request to write in one ("can we speak English please").
  return LANGUAGES.find((code) => NATIVE_NAMES[code].toLowerCase() === typed) ?? languageAskedFor(text);
}

export class LanguageDialog extends ComponentDialog {
  constructor(private readonly translators: DialogServices['translators']) {
    super(LANGUAGE_DIALOG);
    this.addDialog(new AskPrompt('language.ask'));
    this.addDialog(
      new WaterfallDialog('language.steps', [
        async (step: WaterfallStepContext) => {
          const { t } = turnOf(step.context).guide;
          const offer = step.options as Partial<LanguageOffer> | undefined;
          const intro = offer?.intro ?? t('common.language.question');
          return step.prompt('language.ask', askOptions([{ kind: 'text', text: intro, choices: offer?.choices ?? languageChoices() }]));
        },
        this.choose.bind(this),
      ]),
    );
    this.initialDialogId = 'language.steps';
  }

  private async choose(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const language = pickedLanguage(turn.reply.choice?.value, turn.reply.text);
    if (!language) return step.endDialog({ passOn: true } satisfies ResumeOutcome);
    applyLanguageChoice(turn, language, this.translators);
    turn.say([{ kind: 'text', text: turn.guide.t('common.language.changed') }]);
    return step.endDialog({} satisfies ResumeOutcome);
  }
}

/** An explicit choice: it wins over detection from now on, and words the rest of this turn. */
export function applyLanguageChoice(turn: Turn, language: LanguageCode, translators: DialogServices['translators']): void {
  const roman = language === 'ur' && (turn.reply.choice?.value === ROMAN_URDU_CHOICE || ROMAN_URDU_NAMES.includes(turn.reply.text.trim().toLowerCase()));
  turn.data.languageChosen = true;
  turn.data.romanisedUrdu = false;
  turn.data.language = language;
  turn.data.script = roman ? 'Latn' : undefined;
  turn.guide.language = language;
  turn.guide.t = translators(localeFor(language, turn.data.script));
}

export interface LanguageOffer {
  intro: string;
  choices: Choice[];
}

/**
 * Asked once, on top of the question of the moment (which resumes after it):
 * a language we don't write in gets English and the menu; Urdu in Latin
 * letters gets the choice of Urdu script or English, asked in both.
 */
export function languageOffer(turn: Turn, firstMessage: boolean, translators: DialogServices['translators']): LanguageOffer | undefined {
  const { data } = turn;
  const guess = turn.reply.understanding.language;
  if (data.languageChosen || data.scriptOffered) return undefined;
  if (guess.romanised) {
    data.scriptOffered = true;
    // Answered in Roman Urdu from now on; offered, in Roman Urdu and English, Urdu script or English instead.
    const intro = `${translators(ROMAN_URDU)('common.language.script')}\n${translators('en')('common.language.script')}`;
    return {
      intro,
      choices: [
        { value: ROMAN_URDU_CHOICE, label: translators(ROMAN_URDU)('common.language.romanUrdu') },
        { value: 'lang:ur', label: NATIVE_NAMES.ur },
        { value: 'lang:en', label: NATIVE_NAMES.en },
      ],
    };
  }
  // A short first message is enough to offer the menu; later only a clear one.
  if (!guess.code && guess.detected && (guess.reliable || firstMessage)) {
    data.scriptOffered = true;
    return { intro: turn.guide.t('common.language.unsupported'), choices: languageChoices() };
  }
  return undefined;
}
