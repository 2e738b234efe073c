import { consolePageHead } from './advisorHttp';

/**
 * The console page: the sign-in form and the console, both in the HTML,
 * shown one at a time by console.js. No inline script or style (the CSP forbids them).
 */
export function advisorPageHtml(): string {
  return `${consolePageHead('Advice line console', { js: ['/advisor/static/console.js'] })}
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="bar">
  <p class="brand">Advice line console</p>
  <div id="who" class="who" hidden>
    <span id="who-name"></span>
    <a id="admin-link" class="admin-link" href="/advisor/admin" hidden>Organisation admin</a>
    <a id="insight-link" class="admin-link" href="/advisor/insight" hidden>Insight</a>
    <button type="button" id="sign-out" class="secondary">Sign out</button>
  </div>
</header>
<main id="main" tabindex="-1">
  <div id="notice" class="notice" role="alert" hidden></div>

  <section id="sign-in-view" aria-labelledby="sign-in-title" hidden>
    <h1 id="sign-in-title">Sign in</h1>
    <form id="sign-in-form" novalidate>
      <div class="field">
        <label for="username">Username</label>
        <input id="username" name="username" autocomplete="username" required>
      </div>
      <div class="field">
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
      </div>
      <div class="field">
        <label for="code">Code from your authenticator app</label>
        <p id="code-hint" class="hint">Six digits. Leave empty if you do not use an authenticator app.</p>
        <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="8" aria-describedby="code-hint">
      </div>
      <button type="submit">Sign in</button>
    </form>
  </section>

  <div id="console-view" class="console" hidden>
    <h1 class="visually-hidden">Advice line console</h1>
    <section id="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">People waiting <span id="queue-count"></span></h2>
      <p class="hint">Most at risk first, then who has waited longest.</p>
      <p id="queue-empty" hidden>Nobody is waiting.</p>
      <ul id="queue-list" class="queue-list"></ul>
    </section>
    <section id="conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title" tabindex="-1">Conversation</h2>
      <p id="conversation-empty">Claim a conversation from the list to talk with the person.</p>
      <div id="conversation-open" hidden>
        <p id="conversation-facts" class="facts"></p>
        <ol id="messages" class="messages" aria-label="Messages" tabindex="0"></ol>
        <form id="reply-form" novalidate>
          <div class="field">
            <label for="reply">Your reply</label>
            <textarea id="reply" name="reply" rows="3" maxlength="2000" required></textarea>
          </div>
          <div class="actions">
            <button type="submit">Send</button>
            <button type="button" id="end" class="secondary">End conversation</button>
          </div>
        </form>
      </div>
    </section>
  </div>
  <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
</main>
</body>
</html>`;
}
