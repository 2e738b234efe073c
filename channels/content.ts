/**
 * What the dialogs say, before any channel shapes it. Dialogs build these from
 * localised strings; `channels/` alone decides how each channel shows them
 * (suggested actions, Adaptive Cards, numbered SMS lines). No botbuilder here.
 */

export interface Choice {
  /** Stable value the dialogs act on, e.g. "topic:money" or "yes". */
  value: string;
  /** Localised label the person sees. */
  label: string;
}

export interface ServiceView {
  name: string;
  /** Phone numbers first: the main voice number, already formatted. */
  phone?: string;
  /** A text/SMS number with its instruction, e.g. "Text SHOUT to 85258". */
  text?: string;
  /** Opening hours in words, plus whether it is open now. */
  hours?: string;
  openNow?: string;
  languages?: string;
  /** Why it fits this person, in plain words. */
  why: string;
  url?: string;
  /** What to say when they call. */
  whatToSay?: string;
  /** "Please check before you call": a detail could not be verified. */
  caution?: string;
}

export interface ContactLine {
  /** e.g. "Samaritans", already localised where it is a description. */
  name: string;
  /** e.g. "116 123" or "text SHOUT to 85258". */
  number: string;
  note?: string;
}

/** The one way a crisis contact is written as text: "Samaritans: 116 123". */
export function contactText(contact: ContactLine): string {
  return `${contact.name}: ${contact.number}`;
}

export interface PlanView {
  title: string;
  /** Lines of the plan: what was discussed, what to do next, who to contact, what to say. */
  sections: { heading: string; lines: string[] }[];
  /** A printable page (Web Chat); SMS gets the short form instead. */
  link?: string;
  shortForm: string;
  /** The printable page's content (plans stored before it have none and print their sections). */
  page?: PlanPage;
}

/** One service to contact, in a plan: the number first. */
export interface PlanContact {
  name: string;
  phone?: string;
  text?: string;
  hours?: string;
  url?: string;
  caution?: string;
}

/** One thing the person raised: what to do, who to contact, what to say, what they can ask for. */
export interface PlanItem {
  heading: string;
  steps: string[];
  contacts: PlanContact[];
  /** Two short lines to say when they call, in their words. */
  say: string[];
  /** What they are entitled to ask for, from the knowledge cards. */
  rights: string[];
}

/** Everything the printable page shows, already worded in the person's language. */
export interface PlanPage {
  organisation: string;
  adviceLine: string;
  /** The day the plan was made, in words. */
  date: string;
  items: PlanItem[];
  labels: Record<'steps' | 'contacts' | 'say' | 'rights' | 'phone' | 'text' | 'hours' | 'web' | 'adviceLine' | 'made' | 'print', string> & {
    brackets?: string;
  };
}

/** One message of the bot, in the order it should appear. */
export type Content =
  | {
      kind: 'text';
      text: string;
      choices?: Choice[];
      /** What a channel with little room (SMS) says instead: said first there and kept; '' says nothing there. */
      short?: string;
    }
  | { kind: 'services'; intro: string; services: ServiceView[]; choices?: Choice[] }
  | { kind: 'contacts'; intro: string; contacts: ContactLine[]; outro?: string; choices?: Choice[] }
  | { kind: 'plan'; plan: PlanView; choices?: Choice[] }
  | { kind: 'event'; name: string; value?: unknown };
