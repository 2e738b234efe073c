import { consolePageHead } from './advisorHttp';

/**
 * The insight dashboard's page: the period form and an empty place for the tables, which
 * insight.js fills from /advisor/insight/api/report. No inline script or style (the CSP).
 */
export function insightPageHtml(): string {
  return `${consolePageHead('Insight – Advice line console', { css: ['/advisor/insight/static/insight.css'], js: ['/advisor/insight/static/chart.umd.min.js', '/advisor/insight/static/insight.js'] })}
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="bar">
  <p class="brand">Advice line console</p>
  <nav aria-label="Console"><a href="/advisor">Back to the console</a></nav>
</header>
<main id="main" tabindex="-1">
  <h1 id="title">Insight</h1>
  <p class="hint">Counted as conversations happen: conversations, not people. No message text and no identifier is kept.
  Numbers from 1 to 4 are hidden, and so is one more number in the same row or column where a total would give a hidden one away.</p>
  <div id="notice" class="notice" role="alert" hidden></div>
  <form id="period" class="period" novalidate hidden>
    <div class="field">
      <label for="from">From week</label>
      <input id="from" name="from" type="week" required>
    </div>
    <div class="field">
      <label for="to">To week</label>
      <input id="to" name="to" type="week" required>
    </div>
    <div class="field" id="scope-field" hidden>
      <label for="scope">View</label>
      <select id="scope" name="scope">
        <option value="org">My organisation</option>
        <option value="national">National (every organisation)</option>
      </select>
    </div>
    <div class="actions">
      <button type="submit">Show</button>
      <a id="csv" class="button secondary" href="/advisor/insight/report.csv" download>Download CSV</a>
    </div>
  </form>
  <div id="tables"></div>
</main>
</body>
</html>`;
}
