/**
 * The demo page at "/": what a small carers' organisation's website looks like with the
 * chat embedded by its one script tag. Clearly marked as a demo. "/?org=valleys" shows the
 * same page embedding another organisation's chat.
 */
import type { Organisation } from '../handoff/orgs';
import { escapeHtml } from './embedHtml';

export interface DemoPageView {
  org: Organisation;
  /** The other organisations, for links to their demos. */
  others: Organisation[];
  cssUrl: string;
}

export function demoPageHtml({ org, others, cssUrl }: DemoPageView): string {
  const lang = org.languages[0] ?? 'en';
  const links = others.map((other) => `<li><a href="/?org=${encodeURIComponent(other.id)}">${escapeHtml(other.name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(org.name)}: demo website</title>
<link rel="stylesheet" href="${escapeHtml(cssUrl)}">
${org.logo ? `<link rel="icon" href="/static/${escapeHtml(org.logo)}">` : ''}
</head>
<body>
<p class="demo-banner">This is a demo website, not a real organisation. Phone numbers here are placeholders.</p>
<header class="site-header"><p>${escapeHtml(org.name)}</p></header>
<main>
<h1>Looking after someone who is ill?</h1>
<p>Caring for a husband, a mum, a friend or a neighbour with cancer or another illness can be hard.
You don’t have to work it out alone. We can help with money worries, getting a break, and feeling less on your own.</p>
<p>Use the <strong>Chat with us</strong> button at the bottom of the page to talk to our chat helper.
It can find support near you, and put you in touch with a person from our advice line, ${escapeHtml(org.adviceLine.phone)}.</p>
<p>If someone is in danger right now, call 999.</p>
${links ? `<h2>Other demos</h2><ul>${links}</ul>` : ''}
</main>
<footer class="site-footer"><p>A demo of the embeddable chat. See embed/README.md for how an organisation adds it to its own website.</p></footer>
<script src="/embed.js" data-org="${escapeHtml(org.id)}" data-lang="${escapeHtml(lang)}" async></script>
</body>
</html>
`;
}
