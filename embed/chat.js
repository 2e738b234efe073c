/**
 * The chat page's client (inside the iframe, on the bot's origin): gets a Direct Line token,
 * renders Web Chat (self-hosted bundle, window.WebChat) with the organisation's colours and
 * language, tags every outgoing activity with the organisation, and talks to the launcher.
 * Its settings come from the page's <script type="application/json" id="chat-config">
 * (written by web/chatPage.ts), so no inline script is needed under the page's CSP.
 */
import { protocolMessage, readFromHost, textDirection } from './messages.js';

const config = JSON.parse(document.getElementById('chat-config').textContent);
const WebChat = window.WebChat;
const container = document.getElementById('webchat');
const languageSelect = document.getElementById('chat-language');
const greeting = document.getElementById('chat-greeting');
const closeButton = document.getElementById('chat-close');
// The launcher's window; null when the page is opened on its own.
const launcher = config.hostOrigin && window.parent !== window ? window.parent : null;

let lang = config.lang;
let visible = !launcher;
let unread = 0;
let directLine = null;
let userID = null;

const store = WebChat.createStore({}, function () {
  return function (next) {
    return function (action) {
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY') return next(withOrganisation(action));
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') countUnread(action.payload.activity);
      return next(action);
    };
  };
});

/** The bot reads channelData.org to know which organisation's advice line and area to use. */
function withOrganisation(action) {
  const activity = action.payload.activity;
  const channelData = Object.assign({}, activity.channelData, { org: config.org });
  return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) });
}

function countUnread(activity) {
  if (visible || !activity || activity.type !== 'message' || !activity.from || activity.from.role === 'user') return;
  if (userID && activity.from.id === userID) return;
  unread += 1;
  tellLauncher('unread', { count: unread });
}

function tellLauncher(type, fields) {
  if (launcher) launcher.postMessage(protocolMessage(type, fields), config.hostOrigin);
}

function render() {
  const dir = textDirection(lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  const greetingLang = config.greeting[lang] ? lang : 'en';
  greeting.lang = greetingLang;
  // English text in an Arabic page keeps its own direction (its full stop stays at the end).
  greeting.dir = textDirection(greetingLang);
  greeting.textContent = config.greeting[greetingLang] || '';
  WebChat.renderWebChat(
    {
      directLine: directLine,
      store: store,
      // No userID here: the token carries it (a "dl_" id passed to Web Chat could be forged).
      locale: config.webChatLocales[lang] || lang,
      dir: dir,
      styleOptions: config.styleOptions,
    },
    container,
  );
}

function setLanguage(code) {
  if (code === lang || config.languages.indexOf(code) < 0) return;
  lang = code;
  if (directLine) {
    render();
    // Tells the bot too, as an event it may act on; the locale of later messages says the same.
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/language', value: code } });
  }
  tellLauncher('language', { lang: code });
}

function showProblem() {
  container.innerHTML = '';
  const p = document.createElement('p');
  p.className = 'chat-problem';
  p.setAttribute('role', 'alert');
  p.textContent = config.problemText;
  container.appendChild(p);
}

async function connect() {
  const response = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ org: config.org, locale: config.webChatLocales[lang] || lang }),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error('token ' + response.status);
  const grant = await response.json();
  userID = grant.userId || null;
  directLine = WebChat.createDirectLine({ token: grant.token, domain: grant.domain, conversationId: grant.conversationId });
  render();
}

languageSelect.value = lang;
languageSelect.addEventListener('change', function () {
  setLanguage(languageSelect.value);
});

if (launcher) {
  closeButton.hidden = false;
  closeButton.addEventListener('click', function () {
    tellLauncher('close');
  });
  window.addEventListener('message', function (event) {
    const message = readFromHost(event, config.allowedOrigins, launcher);
    if (!message || message.type !== 'visibility') return;
    visible = message.open;
    if (!visible) return;
    unread = 0;
    focusSendBox();
  });
}

// Escape anywhere in the chat closes it (unless Web Chat used the key itself, e.g. to leave the transcript).
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape' && !event.defaultPrevented && launcher) tellLauncher('close');
});

function focusSendBox() {
  const input = container.querySelector('input[type="text"], textarea');
  if (input) input.focus();
}

function ready() {
  tellLauncher('ready');
  // The page may have fallen back from the asked language to one the organisation offers.
  tellLauncher('language', { lang: lang });
}

connect().then(ready, function () {
  showProblem();
  ready();
});
