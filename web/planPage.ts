/**
 * The printable page of a plan: plain HTML in the person's language and direction, no
 * scripts, A4 with large type (14pt body and up, on screen and on paper), the organisation,
 * its advice line and the date, and every link written out in full so it survives printing.
 * Plans stored before the page had its own content (no `page`) print their sections.
 */
import type { PlanContact, PlanItem, PlanPage } from '../channels/content';
import type { StoredPlan } from '../plans/planStore';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** Numbers and addresses read left to right inside Arabic or Urdu text ("0300 123 4567" would otherwise come out reversed). */
const ltr = (html: string): string => `<bdi dir="ltr">${html}</bdi>`;

/** "08:30–17:00" stays in that order in a right-to-left line (the dash would otherwise swap the times). */
const timesLtr = (html: string): string => html.replace(/\d{1,2}:\d{2}\s*[–-]\s*\d{1,2}:\d{2}/g, (range) => ltr(range));

/** Only web links become links; the address itself is the link text. */
function link(url: string): string {
  const safe = escapeHtml(url);
  return ltr(/^https?:\/\//.test(url) ? `<a href="${safe}">${safe}</a>` : safe);
}

/** Digits a phone can dial from the page. */
function tel(number: string): string {
  const digits = number.replace(/\s+/g, '');
  return ltr(/^\+?\d{3,13}$/.test(digits) ? `<a href="tel:${digits}">${escapeHtml(number)}</a>` : escapeHtml(number));
}

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  html { font-size: 14pt; }
  body { font: 1rem/1.5 system-ui, "Segoe UI", Arial, sans-serif; max-width: 44rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; background: #fff; }
  h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
  h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; border-bottom: 2px solid #111; }
  h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
  p, li { margin: 0.25rem 0; }
  .org { font-size: 1.1rem; }
  .contact { margin: 0.5rem 0; padding: 0.4rem 0.6rem; border: 1px solid #555; border-radius: 4px; break-inside: avoid; }
  .contact .name { font-weight: bold; }
  .phone { font-size: 1.2rem; font-weight: bold; }
  blockquote { margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-inline-start: 4px solid #111; background: #f2f2f2; }
  a { color: #00338d; overflow-wrap: anywhere; }
  .note { font-style: italic; }
  @media print {
    html { font-size: 14pt; }
    body { margin: 0; max-width: none; padding: 0; }
    a { color: #000; text-decoration: none; }
    blockquote { background: none; }
    .screen-only { display: none; }
    section { break-inside: avoid-page; }
  }
`;

function contactHtml(c: PlanContact, labels: PlanPage['labels']): string {
  const lines = [`<div class="name">${escapeHtml(c.name)}</div>`];
  if (c.phone) lines.push(`<div>${escapeHtml(labels.phone)}: <span class="phone">${tel(c.phone)}</span></div>`);
  if (c.text) lines.push(`<div>${escapeHtml(labels.text)}: ${ltr(escapeHtml(c.text))}</div>`);
  if (c.hours) lines.push(`<div>${escapeHtml(labels.hours)}: ${timesLtr(escapeHtml(c.hours))}</div>`);
  if (c.url) lines.push(`<div>${escapeHtml(labels.web)}: ${link(c.url)}</div>`);
  if (c.caution) lines.push(`<div class="note">${escapeHtml(c.caution)}</div>`);
  return `<div class="contact">${lines.join('')}</div>`;
}

const list = (lines: string[]): string => `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;

function itemHtml(item: PlanItem, labels: PlanPage['labels']): string {
  const parts = [`<h2>${escapeHtml(item.heading)}</h2>`];
  if (item.steps.length) parts.push(`<h3>${escapeHtml(labels.steps)}</h3>${list(item.steps)}`);
  if (item.contacts.length) parts.push(`<h3>${escapeHtml(labels.contacts)}</h3>${item.contacts.map((c) => contactHtml(c, labels)).join('')}`);
  if (item.say.length) parts.push(`<h3>${escapeHtml(labels.say)}</h3><blockquote>${item.say.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</blockquote>`);
  if (item.rights.length) parts.push(`<h3>${escapeHtml(labels.rights)}</h3>${list(item.rights)}`);
  return `<section>${parts.join('\n')}</section>`;
}

function pageBody(title: string, page: PlanPage): string {
  const { labels } = page;
  const header = [
    `<p class="org">${escapeHtml(page.organisation)}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(labels.made)}</p>`,
    page.adviceLine ? `<p>${escapeHtml(labels.adviceLine)}: <span class="phone">${tel(page.adviceLine)}</span></p>` : '',
    `<p class="note screen-only">${escapeHtml(labels.print)}</p>`,
    labels.brackets ? `<p class="note">${escapeHtml(labels.brackets)}</p>` : '',
  ].filter(Boolean);
  return `<header>${header.join('\n')}</header>\n<main>\n${page.items.map((i) => itemHtml(i, labels)).join('\n')}\n</main>`;
}

/** A plan stored before pages had their own content: its title and sections. */
function sectionsBody(stored: StoredPlan): string {
  const { plan } = stored;
  const sections = plan.sections.map((s) => `<section><h2>${escapeHtml(s.heading)}</h2>${list(s.lines)}</section>`).join('\n');
  return `<main>\n<h1>${escapeHtml(plan.title)}</h1>\n${sections}\n</main>`;
}

export function planPageHtml(stored: StoredPlan): string {
  const { plan } = stored;
  const body = plan.page ? pageBody(plan.title, plan.page) : sectionsBody(stored);
  return `<!doctype html>
<html lang="${escapeHtml(stored.language)}" dir="${stored.rightToLeft ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(plan.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}
