/**
 * Cleans what the channel adds to a message before understanding and risk see it.
 * Pure string work: no state, nothing that can fail on odd input.
 */

/** Teams wraps mentions as <at>Name</at>; the bot's own name is not part of what the person said. */
export function stripMentions(text: string): string {
  return text.replace(/<at>[^<]{0,200}<\/at>/gi, ' ');
}

/** Control characters (except newlines and tabs) and lone surrogates make no sense in a chat message. */
export function stripControlCharacters(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

export function cleanInboundText(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return stripControlCharacters(stripMentions(raw)).replace(/\s+/g, ' ').trim();
}
