/**
 * The one table that says what each channel can show. Dialogs never look at
 * the channel; renderers read this table.
 */

export type ChannelKind = 'webchat' | 'msteams' | 'sms' | 'plain';

export interface ChannelCapabilities {
  kind: ChannelKind;
  /** Tappable suggestions under a message. */
  suggestedActions: boolean;
  /** Adaptive Cards for services, choices and plans. */
  adaptiveCards: boolean;
  markdown: boolean;
  /** Choices as "1. ..." lines, answered with the digit. */
  numberedChoices: boolean;
  /** Longest text of one reply, in characters (GSM-7 and UCS-2 differ on SMS). */
  maxChars?: { gsm: number; unicode: number };
  /** The Bot Framework handoff.initiate event (Teams rejects it). */
  handoffEvent: boolean;
  /** Only one person reads the conversation: personal questions are fine. */
  private: boolean;
  /** Printable plan page links help here. */
  links: boolean;
  /**
   * How every phone number the bot says becomes tap-to-call (channels/phoneNumbers.ts finds
   * them): `inline` tel: links in markdown (Web Chat's sanitiser allows tel:, not sms:),
   * `buttons` of Action.OpenUrl tel: on a card (Teams: no documented tel: in its markdown),
   * `none` where the phone itself makes numbers tappable (SMS) or nothing does.
   */
  callLinks: 'inline' | 'buttons' | 'none';
}

const WEBCHAT_IDS = new Set(['webchat', 'directline', 'emulator', 'test']);

export function capabilitiesFor(channelId: string | undefined, conversationType?: string): ChannelCapabilities {
  const id = (channelId ?? '').toLowerCase();
  if (WEBCHAT_IDS.has(id)) {
    return {
      kind: 'webchat',
      suggestedActions: true,
      adaptiveCards: true,
      markdown: true,
      numberedChoices: false,
      handoffEvent: true,
      private: true,
      links: true,
      callLinks: 'inline',
    };
  }
  if (id === 'msteams') {
    const personal = !conversationType || conversationType === 'personal';
    return {
      kind: 'msteams',
      // Teams shows suggested actions only in 1:1 chats; card buttons work everywhere.
      suggestedActions: personal,
      adaptiveCards: true,
      markdown: true,
      numberedChoices: false,
      handoffEvent: false,
      private: personal,
      links: true,
      callLinks: 'buttons',
    };
  }
  if (id === 'sms') {
    return {
      kind: 'sms',
      suggestedActions: false,
      adaptiveCards: false,
      markdown: false,
      numberedChoices: true,
      // Three segments: 3 x 153 GSM-7 would allow more, but 320 keeps replies short and cheap.
      maxChars: { gsm: 320, unicode: 201 },
      handoffEvent: false,
      private: true,
      links: false,
      callLinks: 'none',
    };
  }
  // Unknown channels get plain text with numbered choices: it works everywhere.
  return {
    kind: 'plain',
    suggestedActions: false,
    adaptiveCards: false,
    markdown: false,
    numberedChoices: true,
    handoffEvent: false,
    private: true,
    links: true,
    callLinks: 'none',
  };
}
