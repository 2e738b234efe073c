import { consolePageHead } from './advisorHttp';

/**
 * The organisation admin space's page: every section in the HTML, filled and driven by
 * admin.js (no inline script or style). English only, like the console.
 */
export function adminPageHtml(): string {
  return `${consolePageHead('Organisation admin', { css: ['/advisor/admin/static/admin.css'], js: ['/advisor/admin/static/admin.js'] })}
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="bar">
  <p class="brand">Organisation admin</p>
  <nav aria-label="Console"><a href="/advisor">Back to the console</a></nav>
</header>
<main id="main" tabindex="-1">
  <h1 id="admin-title">Organisation admin</h1>
  <div id="notice" class="notice" role="alert" hidden></div>
  <div id="status" class="status" role="status" aria-live="polite"></div>
  <p id="signed-out" hidden>Please <a href="/advisor">sign in to the console</a> as an admin first.</p>

  <div id="admin-view" hidden>
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <form id="settings-form" novalidate>
        <div class="field"><label for="s-name">Organisation name</label><input id="s-name" required maxlength="80"></div>
        <div class="field"><label for="s-phone">Advice line number</label><input id="s-phone" required inputmode="tel"></div>
        <fieldset class="field"><legend>Languages offered (the first is the default)</legend><div id="s-languages" class="checks"></div></fieldset>
        <div id="s-greetings"></div>
        <div class="field"><label for="s-primary">Main colour (white text sits on it)</label><p id="s-primary-hint" class="hint">#rrggbb; needs a contrast of 4.5:1 with white.</p><input id="s-primary" aria-describedby="s-primary-hint" maxlength="7"></div>
        <div class="field"><label for="s-accent">Accent colour (focus rings on the main colour)</label><p id="s-accent-hint" class="hint">#rrggbb; needs a contrast of 3:1 with the main colour.</p><input id="s-accent" aria-describedby="s-accent-hint" maxlength="7"></div>
        <div class="field"><label for="s-origins">Websites that may show the chat</label><p id="s-origins-hint" class="hint">One origin a line, like https://www.example.org: no path, no wildcard.</p><textarea id="s-origins" rows="3" aria-describedby="s-origins-hint"></textarea></div>
        <fieldset class="field"><legend>Opening hours (London time)</legend>
          <p class="hint">Days as MO,TU,WE,TH,FR,SA,SU; times as 09:00. Closing must be after opening; one day's times may not overlap.</p>
          <ol id="s-hours" class="hours"></ol>
          <button type="button" id="add-hours" class="secondary">Add opening times</button>
        </fieldset>
        <div class="field"><label for="s-closed">Closed days</label><p id="s-closed-hint" class="hint">One date a line, as 2026-12-25.</p><textarea id="s-closed" rows="3" aria-describedby="s-closed-hint"></textarea></div>
        <div class="field"><label for="s-webhook">Notification webhook (optional)</label><p id="s-webhook-hint" class="hint">An https address told at once when someone at urgent risk waits.</p><input id="s-webhook" type="url" aria-describedby="s-webhook-hint"></div>
        <button type="submit">Save settings</button>
      </form>
    </section>

    <section aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <div id="preview-header" class="preview-header"><p id="preview-name" class="preview-name"></p></div>
      <p id="preview-greeting" class="preview-greeting"></p>
      <p class="hint">As you type. Below, the chat as people see it now (reloaded after each save).</p>
      <iframe id="preview-frame" title="The chat as people see it" class="preview-frame"></iframe>
    </section>

    <section aria-labelledby="logo-title">
      <h2 id="logo-title">Logo</h2>
      <p><img id="logo-now" alt="Your logo now" hidden width="64" height="64"></p>
      <form id="logo-form" novalidate>
        <div class="field"><label for="logo-file">A PNG or SVG image, at most 100 KB</label><input id="logo-file" type="file" accept="image/png,image/svg+xml"></div>
        <button type="submit">Upload logo</button>
      </form>
    </section>

    <section aria-labelledby="services-title">
      <h2 id="services-title">Your local services</h2>
      <p id="services-empty">No local services yet.</p>
      <ul id="services-list" class="rows"></ul>
      <h3 id="service-form-title">Add a local service</h3>
      <form id="service-form" novalidate aria-labelledby="service-form-title">
        <input type="hidden" id="v-id">
        <div class="field"><label for="v-name">Name</label><input id="v-name" required></div>
        <div class="field"><label for="v-description">What happens when someone gets in touch</label><p id="v-description-hint" class="hint">Plain words, 20 to 400 characters.</p><textarea id="v-description" rows="3" aria-describedby="v-description-hint"></textarea></div>
        <div class="field"><label for="v-phone">Phone number</label><input id="v-phone" inputmode="tel"></div>
        <div class="field"><label for="v-url">Website</label><input id="v-url" type="url"></div>
        <div class="field"><label for="v-source">Where these details can be checked (a web page)</label><input id="v-source" type="url"></div>
        <div class="field"><label for="v-areas">Areas served</label><p id="v-areas-hint" class="hint">Council ids (like southwark) or postcode districts (like SE15), separated by commas.</p><input id="v-areas" aria-describedby="v-areas-hint"></div>
        <fieldset class="field"><legend>Topics</legend><div id="v-topics" class="checks"></div></fieldset>
        <div class="field"><label for="v-kind">Kind of service</label><select id="v-kind"></select></div>
        <button type="submit" id="service-submit">Add service</button>
      </form>
    </section>

    <section aria-labelledby="feeds-title">
      <h2 id="feeds-title">Open Referral feeds</h2>
      <ul id="feeds-list" class="rows"></ul>
      <form id="feed-form" novalidate>
        <div class="field"><label for="feed-url">Feed address (https)</label><input id="feed-url" type="url"></div>
        <button type="submit">Subscribe</button>
      </form>
    </section>

    <section aria-labelledby="advisors-title">
      <h2 id="advisors-title">Advisors</h2>
      <ul id="advisors-list" class="rows"></ul>
      <div id="secret" class="secret" hidden tabindex="-1"></div>
      <h3 id="advisor-form-title">Add an advisor</h3>
      <form id="advisor-form" novalidate aria-labelledby="advisor-form-title">
        <div class="field"><label for="a-username">Username</label><input id="a-username" autocomplete="off" required></div>
        <div class="field"><label for="a-name">Name</label><input id="a-name" required></div>
        <div class="field"><label for="a-role">Role</label><select id="a-role"><option value="advisor">Advisor</option><option value="admin">Admin</option></select></div>
        <fieldset class="field"><legend>Languages they advise in</legend><div id="a-languages" class="checks"></div></fieldset>
        <div class="field"><label for="a-password">Password (optional)</label><p id="a-password-hint" class="hint">Leave empty to get a one-time password, shown once.</p><input id="a-password" type="password" autocomplete="new-password" aria-describedby="a-password-hint"></div>
        <div class="field check"><input id="a-totp" type="checkbox"><label for="a-totp">Require an authenticator code (always on for admins)</label></div>
        <button type="submit">Add advisor</button>
      </form>
    </section>

    <section aria-labelledby="snippet-title">
      <h2 id="snippet-title">Put the chat on your website</h2>
      <div class="field"><label for="snippet">Paste this into your pages, before &lt;/body&gt;</label><textarea id="snippet" rows="3" readonly></textarea></div>
      <button type="button" id="copy-snippet">Copy</button>
    </section>
  </div>
</main>
</body>
</html>`;
}
