/**
 * Tap-to-call in Web Chat, the client's fallback: UK phone numbers in a message's markdown (its
 * text, and the text blocks of its Adaptive Cards) become tel: links. The bot already links every
 * number it says (channels/render.ts with channels/phoneNumbers.ts); this catches a message from
 * elsewhere (an advisor's, a bot of an older version) and leaves existing links alone. Plain
 * JavaScript, no DOM: unit-tested in Node.
 */

// The same numbers as channels/phoneNumbers.ts finds (one table tests both: test/channels/phoneTable.ts):
// full UK numbers (0… or +44…, "(0)" allowed), Childline's 0800 1111, the 116 helplines, 111 and 999
// standing alone; never years, prices, amounts, hours, dates or postcodes. Shout's 85258 is found but
// not linked: Web Chat's sanitiser drops sms: links.
const SP = '[ \\u00a0]?';
const UK = '(?:\\+44' + SP + '(?:\\(0\\)' + SP + ')?|0)[1-37-8]\\d(?:' + SP + '\\d){7,8}';
const PHONE = new RegExp(
  '(^|[^\\d\\s+\\w£$€.,/:-]|(?:^|[^\\d\\s])\\s+)(' +
    [UK, '116' + SP + '\\d{3}', '080[08]' + SP + '\\d{4}', '999', '111', '85258'].join('|') +
    ')(?![\\d\\w/%]|[.,:]\\d|[ \\u00a0]\\d|' +
    SP +
    '(?:%|hours?\\b|hrs?\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|people\\b|pounds?\\b|pence\\b|miles?\\b|[ap]m\\b))',
  'g',
);
// Markdown links and autolinks are left as they are.
const LINK = /\[[^\]]*\]\([^)]*\)|<[a-z]+:[^>]*>/gi;

/** The digits to dial for a number as written. */
export function dialable(number) {
  return number.replace(/\(0\)/g, '').replace(/[\s\u00a0]+/g, '');
}

/**
 * Markdown with every phone number outside a link made a tel: link. A message the bot already
 * gave tel: links (the crisis contacts) is left as it is: its other numbers are part of a name
 * ("NHS 111, option 2") or of a sentence next to the linked list.
 */
export function linkPhoneNumbers(markdown) {
  if (typeof markdown !== 'string' || !/\d{3}/.test(markdown) || /\]\(tel:/.test(markdown)) return markdown;
  let out = '';
  let last = 0;
  LINK.lastIndex = 0;
  let link;
  while ((link = LINK.exec(markdown))) {
    out += linkIn(markdown.slice(last, link.index)) + link[0];
    last = link.index + link[0].length;
  }
  return out + linkIn(markdown.slice(last));
}

function linkIn(text) {
  return text.replace(PHONE, function (_, before, number) {
    return number === '85258' ? before + number : before + '[' + number + '](tel:' + dialable(number) + ')';
  });
}

/** An Adaptive Card with phone numbers in its text blocks linked (a new object; the card is not changed). */
export function linkCard(card) {
  if (!card || typeof card !== 'object') return card;
  if (Array.isArray(card)) return card.map(linkCard);
  const copy = {};
  for (const key in card) {
    const value = card[key];
    copy[key] = key === 'text' && card.type === 'TextBlock' ? linkPhoneNumbers(value) : typeof value === 'object' ? linkCard(value) : value;
  }
  return copy;
}

/** A bot message activity with tap-to-call numbers: markdown text and Adaptive Card attachments. */
export function withPhoneLinks(activity) {
  if (!activity || activity.type !== 'message') return activity;
  const plain = activity.textFormat === 'plain' || activity.textFormat === 'xml';
  const copy = Object.assign({}, activity);
  if (!plain && activity.text) copy.text = linkPhoneNumbers(activity.text);
  if (Array.isArray(activity.attachments)) {
    copy.attachments = activity.attachments.map(function (attachment) {
      if (!attachment || attachment.contentType !== 'application/vnd.microsoft.card.adaptive') return attachment;
      return Object.assign({}, attachment, { content: linkCard(attachment.content) });
    });
  }
  return copy;
}
