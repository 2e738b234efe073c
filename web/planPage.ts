/** The printable page of a plan: plain HTML, the person's language and direction, no scripts. */
import type { StoredPlan } from '../plans/planStore';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

export function planPageHtml(stored: StoredPlan): string {
  const { plan } = stored;
  const sections = plan.sections
    .map((s) => `<section><h2>${escapeHtml(s.heading)}</h2><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(stored.language)}" dir="${stored.rightToLeft ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(plan.title)}</title>
<style>
  body { font: 1.125rem/1.6 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 1.5rem; }
  li { margin: 0.3rem 0; }
  @media print { body { margin: 0; } }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(plan.title)}</h1>
${sections}
</main>
</body>
</html>`;
}
