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
}

/** One message of the bot, in the order it should appear. */
export type Content =
  | { kind: 'text'; text: string; choices?: Choice[] }
  | { kind: 'services'; intro: string; services: ServiceView[]; choices?: Choice[] }
  | { kind: 'contacts'; intro: string; contacts: ContactLine[]; outro?: string; choices?: Choice[] }
  | { kind: 'plan'; plan: PlanView; choices?: Choice[] }
  | { kind: 'event'; name: string; value?: unknown };
