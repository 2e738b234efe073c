/** Types for embed/messages.js (plain JavaScript served to browsers), for the TypeScript that imports it. */
export const MESSAGE_SOURCE: 'carers-support-bot';
export const TO_HOST_TYPES: string[];
export const TO_CHAT_TYPES: string[];
export const RTL_LANGUAGES: string[];

export interface ProtocolMessage {
  source: typeof MESSAGE_SOURCE;
  type: string;
  count?: number;
  lang?: string;
  open?: boolean;
}

export interface MessageEventLike {
  origin: string;
  source: unknown;
  data: unknown;
}

export function textDirection(lang: string): 'rtl' | 'ltr';
export function protocolMessage(type: string, fields?: Record<string, unknown>): ProtocolMessage;
export function readMessage(event: MessageEventLike, expected: { origins: string[]; source: unknown; types: string[] }): ProtocolMessage | null;
export function readFromChat(event: MessageEventLike, botOrigin: string, chatWindow: unknown): ProtocolMessage | null;
export function readFromHost(event: MessageEventLike, allowedOrigins: string[], parentWindow: unknown): ProtocolMessage | null;
export function chatUrl(botOrigin: string, options: { org: string; lang: string; host?: string }): string;
