// The advisor console: sign in, the live queue, one conversation at a time.
// Plain browser JavaScript, no framework; served as a file (the page's CSP allows no inline script).
'use strict';

(() => {
  const HEARTBEAT_MS = 10_000;
  const RISK_ORDER = { emergency: 3, urgent: 2, concern: 1, none: 0 };
  const RISK_WORDS = { emergency: 'Emergency', urgent: 'Urgent', concern: 'Concern', none: 'No risk flagged' };
  const CATEGORY_WORDS = {
    suicide_self_harm: 'suicide or self-harm',
    harm_to_others: 'harm to others',
    abuse: 'abuse',
    medical_emergency: 'medical emergency',
    carer_breakdown: 'carer breakdown',
    hardship: 'hardship',
  };
  const FROM_WORDS = { person: 'Person', advisor: 'You', bot: 'Bot' };
  const languageName = (code) => {
    try {
      return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) || code;
    } catch {
      return code;
    }
  };

  const $ = (id) => document.getElementById(id);
  const state = { csrf: '', advisor: null, queue: [], serverOffset: 0, open: null, events: null, heartbeat: 0, active: false, refreshing: false };

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  }

  function notice(message, kind) {
    const box = $('notice');
    box.textContent = message || '';
    box.className = kind === 'info' ? 'notice info' : 'notice';
    box.hidden = !message;
  }

  function announce(message) {
    // Cleared first so the same words are announced again when they recur; each message is announced once.
    const region = $('announcer');
    region.textContent = '';
    window.setTimeout(() => (region.textContent = message), 50);
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRF-Token'] = state.csrf;
    }
    const response = await fetch(`/advisor/api/${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' });
    let data;
    try {
      data = await response.json();
    } catch {
      data = {};
    }
    if (response.status === 401 && path !== 'sign-in') signedOut('You have been signed out. Please sign in again.');
    return { status: response.status, data };
  }

  // ---- sign in / out

  function showSignIn() {
    $('console-view').hidden = true;
    $('who').hidden = true;
    $('sign-in-view').hidden = false;
  }

  async function loadMe() {
    const { data } = await api('GET', 'me');
    state.csrf = data.csrfToken || '';
    if (data.signedIn) startConsole(data.advisor);
    else showSignIn();
  }

  async function signIn(event) {
    event.preventDefault();
    const form = event.target;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    const { status, data } = await api('POST', 'sign-in', {
      username: $('username').value,
      password: $('password').value,
      code: $('code').value.replace(/\s+/g, '') || undefined,
    }).finally(() => (button.disabled = false));
    $('password').value = '';
    $('code').value = '';
    if (status === 200) {
      state.csrf = data.csrfToken;
      notice('');
      startConsole(data.advisor);
      return;
    }
    if (status === 403) await loadMe();
    notice(data.error || 'Sign-in failed. Please try again.');
    $('username').focus();
  }

  function signedOut(message) {
    stopConsole();
    state.advisor = null;
    notice(message, 'info');
    void loadMe();
  }

  async function signOut() {
    await api('POST', 'sign-out');
    signedOut('You have signed out.');
  }

  // ---- the console

  function startConsole(advisor) {
    state.advisor = advisor;
    $('sign-in-view').hidden = true;
    $('console-view').hidden = false;
    $('who').hidden = false;
    $('who-name').textContent = `${advisor.name}, ${advisor.orgName || advisor.org}`;
    // Admins reach their organisation's admin space (web/adminRoutes.ts).
    $('admin-link').hidden = advisor.role !== 'admin';
    $('insight-link').hidden = advisor.role !== 'admin';
    $('main').focus();
    void refreshQueue();
    openEvents();
    state.heartbeat = window.setInterval(beat, HEARTBEAT_MS);
    void beat();
  }

  function stopConsole() {
    if (state.events) state.events.close();
    state.events = null;
    window.clearInterval(state.heartbeat);
    closeConversation();
    $('queue-list').replaceChildren();
  }

  async function beat() {
    const active = state.active;
    state.active = false;
    await api('POST', 'heartbeat', { active });
  }

  function openEvents() {
    const source = new EventSource('/advisor/api/events');
    state.events = source;
    source.onmessage = (message) => {
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      onDeskEvent(event);
    };
  }

  function onDeskEvent(event) {
    // The advisor's own replies are shown when sent, not again when the desk echoes them.
    if (
      event.type === 'message' &&
      state.open &&
      event.conversationKey === state.open.key &&
      event.line &&
      typeof event.line.text === 'string' &&
      event.line.from !== 'advisor'
    ) {
      addMessage(event.line);
      if (event.line.from === 'person') announce(`New message from the person: ${event.line.text}`);
    }
    if (event.type === 'ended' && state.open && event.conversationKey === state.open.key) {
      closeConversation();
      notice(event.reason === 'person' ? 'The person ended the conversation.' : 'This conversation has ended.', 'info');
    }
    if (event.type === 'risk' && state.open && event.conversationKey === state.open.key) {
      notice(`New risk flagged in this conversation: ${RISK_WORDS[event.level] || event.level}.`);
    }
    void refreshQueue();
  }

  // ---- the queue

  async function refreshQueue() {
    if (state.refreshing) {
      state.refreshAgain = true;
      return;
    }
    state.refreshing = true;
    try {
      const { status, data } = await api('GET', 'queue');
      if (status !== 200) return;
      state.serverOffset = data.now - Date.now();
      state.queue = data.conversations.slice().sort(byRisk);
      renderQueue();
    } finally {
      state.refreshing = false;
      if (state.refreshAgain) {
        state.refreshAgain = false;
        void refreshQueue();
      }
    }
  }

  function byRisk(a, b) {
    const risk = (c) => Math.max(RISK_ORDER[c.risk] || 0, RISK_ORDER[c.newRisk] || 0);
    return risk(b) - risk(a) || a.joinedAt - b.joinedAt;
  }

  function waited(joinedAt) {
    const minutes = Math.max(0, Math.floor((Date.now() + state.serverOffset - joinedAt) / 60_000));
    if (minutes < 1) return 'less than a minute';
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }

  function renderQueue() {
    const list = $('queue-list');
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : undefined;
    list.replaceChildren(...state.queue.map(card));
    $('queue-empty').hidden = state.queue.length > 0;
    $('queue-count').textContent = `(${state.queue.length})`;
    if (focused) {
      const again = list.querySelector(`button[data-key="${CSS.escape(focused)}"]`);
      if (again) again.focus();
    }
  }

  function card(c, index) {
    const titleId = `conv-${index}`;
    // Messages of the conversation open here arrive live: not unread.
    const unread = c.unread > 0 && !(state.open && state.open.key === c.conversationKey);
    const facts = el(
      'dl',
      {},
      el('dt', { text: 'Risk' }),
      el('dd', {}, el('span', { class: `risk risk-${c.risk}`, text: RISK_WORDS[c.risk] || c.risk })),
      c.categories.length ? el('dt', { text: 'Concerns' }) : null,
      c.categories.length ? el('dd', { text: c.categories.map((x) => CATEGORY_WORDS[x] || x).join(', ') }) : null,
      el('dt', { text: 'Topics' }),
      el('dd', { text: c.topics.length ? c.topics.join(', ') : 'none recognised' }),
      el('dt', { text: 'Language' }),
      el('dd', { text: languageName(c.language) }),
      el('dt', { text: 'Area' }),
      el('dd', { text: c.district || 'not given' }),
      el('dt', { text: 'Channel' }),
      el('dd', { text: c.channel }),
      el('dt', { text: 'Waiting' }),
      el('dd', { text: waited(c.joinedAt) }),
      el('dt', { text: 'Earlier chat' }),
      el('dd', { text: c.transcriptShared ? 'shared by the person' : 'not shared' }),
      unread ? el('dt', { text: 'Unread' }) : null,
      unread ? el('dd', { text: String(c.unread) }) : null,
    );
    const status = c.phase === 'queued' ? 'Waiting' : c.mine ? 'With you' : `With ${c.advisorName || 'another advisor'}`;
    const item = el(
      'li',
      { class: c.mine ? 'card mine' : 'card', 'aria-labelledby': titleId },
      el('h3', { id: titleId, text: `${RISK_WORDS[c.risk] || c.risk} · ${languageName(c.language)} · ${status}` }),
      c.newRisk ? el('p', { class: 'new-risk', text: `New risk during the hand-off: ${RISK_WORDS[c.newRisk] || c.newRisk}` }) : null,
      facts,
    );
    if (c.phase === 'queued') {
      const button = el('button', { type: 'button', 'data-key': c.conversationKey, 'aria-describedby': titleId, text: 'Claim' });
      button.addEventListener('click', () => claim(c));
      item.append(button);
    } else if (c.mine) {
      const button = el('button', { type: 'button', class: 'secondary', 'data-key': c.conversationKey, 'aria-describedby': titleId, text: 'Open' });
      button.addEventListener('click', () => openConversation(c));
      item.append(button);
    }
    return item;
  }

  async function claim(c) {
    const { status, data } = await api('POST', 'claim', { conversationKey: c.conversationKey });
    if (status === 200) {
      notice('');
      await openConversation(c);
    } else if (status === 409) {
      notice(data.error || 'Another advisor claimed this conversation first.');
    } else if (status !== 401) {
      notice(data.error || 'This conversation could not be claimed.');
    }
    void refreshQueue();
  }

  // ---- one conversation

  async function openConversation(c) {
    const { status, data } = await api('GET', `transcript?conversation=${encodeURIComponent(c.conversationKey)}`);
    if (status !== 200) {
      if (status !== 401) notice(data.error || 'This conversation cannot be opened.');
      return;
    }
    state.open = { key: c.conversationKey };
    $('conversation-empty').hidden = true;
    $('conversation-open').hidden = false;
    $('conversation-title').textContent = `Conversation (${languageName(c.language)})`;
    $('conversation-facts').textContent = c.transcriptShared
      ? 'The person agreed to share what they told the bot.'
      : 'The person did not share their earlier chat: you see messages from the hand-off on.';
    $('messages').replaceChildren();
    for (const line of data.lines) addMessage(line);
    $('conversation-title').focus();
  }

  function closeConversation() {
    state.open = null;
    $('conversation-open').hidden = true;
    $('conversation-empty').hidden = false;
    $('conversation-title').textContent = 'Conversation';
    $('messages').replaceChildren();
  }

  function addMessage(line) {
    const time = new Date(line.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    const item = el('li', { class: `from-${line.from}` }, el('span', { class: 'who-said', text: `${FROM_WORDS[line.from] || line.from}, ${time}` }), line.text);
    const list = $('messages');
    list.append(item);
    list.scrollTop = list.scrollHeight;
  }

  async function sendReply(event) {
    event.preventDefault();
    if (!state.open) return;
    const box = $('reply');
    const text = box.value.trim();
    if (!text) {
      notice('Type a reply first.');
      box.focus();
      return;
    }
    const { status, data } = await api('POST', 'send', { conversationKey: state.open.key, text });
    if (status === 200) {
      addMessage({ from: 'advisor', text, at: Date.now() + state.serverOffset });
      box.value = '';
      notice('');
      box.focus();
    } else if (status !== 401) notice(data.error || 'The reply could not be sent.');
  }

  async function endConversation() {
    if (!state.open) return;
    const { status, data } = await api('POST', 'end', { conversationKey: state.open.key });
    if (status === 200) {
      closeConversation();
      notice('The conversation has ended. The bot will let the person know.', 'info');
      $('main').focus();
    } else if (status !== 401) notice(data.error || 'The conversation could not be ended.');
    void refreshQueue();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('reply-form').addEventListener('submit', sendReply);
    $('end').addEventListener('click', endConversation);
    for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, () => (state.active = true), { passive: true });
    window.setInterval(() => state.queue.length && renderQueue(), 60_000);
    void loadMe();
  });
})();
