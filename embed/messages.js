/**
 * The postMessage protocol between the launcher (on the organisation's page) and the chat
 * iframe (on the bot's origin), shared by both scripts and unit-tested in Node.
 * Plain JavaScript: served to browsers as is (the chat page imports it as a module; the
 * launcher gets it inlined by web/embedAssets.ts). Keep it free of DOM and Node APIs.
 *
 * Every message is {source: MESSAGE_SOURCE, type, ...fields}. A message counts only when it
 * comes from the expected window AND an expected origin AND has a known type with valid fields:
 * anything else is ignored, never thrown on (other scripts on a page post messages too).
 */

export const MESSAGE_SOURCE = 'carers-support-bot';

/** The chat tells the launcher: it is ready, close me, N unread replies, the language changed. */
export const TO_HOST_TYPES = ['ready', 'close', 'unread', 'language'];
/** The launcher tells the chat: shown or hidden (unread replies are counted while hidden). */
export const TO_CHAT_TYPES = ['visibility'];

export const RTL_LANGUAGES = ['ar', 'ur'];

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** "rtl" for Arabic and Urdu, "ltr" otherwise. */
export function textDirection(lang) {
  return RTL_LANGUAGES.indexOf(lang) >= 0 ? 'rtl' : 'ltr';
}

/** A message of this protocol, ready for postMessage. */
export function protocolMessage(type, fields) {
  const message = { source: MESSAGE_SOURCE, type: type };
  for (const key in fields || {}) message[key] = fields[key];
  return message;
}

function fieldsValid(data) {
  switch (data.type) {
    case 'unread':
      return typeof data.count === 'number' && data.count >= 0 && data.count <= 999 && Math.floor(data.count) === data.count;
    case 'language':
      return typeof data.lang === 'string' && LANGUAGE_CODE.test(data.lang);
    case 'visibility':
      return typeof data.open === 'boolean';
    default:
      return true;
  }
}

/**
 * The protocol message in a MessageEvent, or null.
 * @param event {{origin: string, source: unknown, data: unknown}}
 * @param expected {{origins: string[], source: unknown, types: string[]}}
 */
export function readMessage(event, expected) {
  if (!event || expected.origins.indexOf(event.origin) < 0) return null;
  if (expected.source == null || event.source !== expected.source) return null;
  const data = event.data;
  if (!data || typeof data !== 'object' || data.source !== MESSAGE_SOURCE) return null;
  if (expected.types.indexOf(data.type) < 0 || !fieldsValid(data)) return null;
  return data;
}

/** In the launcher: only the bot's own origin, only from our iframe's window. */
export function readFromChat(event, botOrigin, chatWindow) {
  return readMessage(event, { origins: [botOrigin], source: chatWindow, types: TO_HOST_TYPES });
}

/** In the chat iframe: only the organisation's allowed origins, only from the embedding window. */
export function readFromHost(event, allowedOrigins, parentWindow) {
  return readMessage(event, { origins: allowedOrigins, source: parentWindow, types: TO_CHAT_TYPES });
}

/** The iframe's address for an organisation, a language and the embedding page's origin. */
export function chatUrl(botOrigin, options) {
  const query = ['org=' + encodeURIComponent(options.org), 'lang=' + encodeURIComponent(options.lang)];
  if (options.host) query.push('host=' + encodeURIComponent(options.host));
  return botOrigin + '/chat?' + query.join('&');
}
