/** Types for embed/phoneLinks.js (plain JavaScript served to browsers), for the TypeScript that imports it. */
export function dialable(number: string): string;
export function linkPhoneNumbers(markdown: string): string;
export function linkCard<T>(card: T): T;
export function withPhoneLinks<T extends { type?: string; text?: string; textFormat?: string; attachments?: unknown[] }>(activity: T): T;
