/**
 * The chat page's client (inside the iframe, on the bot's origin): gets a Direct Line token,
 * renders Web Chat (self-hosted bundle, window.WebChat) with the organisation's colours and
 * language, tags every outgoing activity with the organisation, and talks to the launcher.
 * Its settings come from the page's <script type="application/json" id="chat-config">
 * (written by web/chatPage.ts), so no inline script is needed under the page's CSP.
 *
 * Speed: the token is asked for and the conversation opened (the bot's welcome written) while
 * Web Chat's bundle is still loading and parsing; Web Chat is rendered the moment both are there.
 *
 * Language: an explicit choice (the header's select) > the language the bot answered in (each
 * reply carries its locale) > the page's lang= > the organisation's default. The chat's own words
 * follow it; each message keeps its own direction (dir="auto"), so a switch never flips earlier ones.
 */
import { protocolMessage, readFromHost, textDirection } from './messages.js';
import { withPhoneLinks } from './phoneLinks.js';

const config = JSON.parse(document.getElementById('chat-config').textContent);
const container = document.getElementById('webchat');
// Web Chat's own element inside the conversation area (React owns it; the welcome preview sits beside it).
const root = document.getElementById('webchat-root');
const languageSelect = document.getElementById('chat-language');
const languageLabel = document.getElementById('chat-language-label');
const greeting = document.getElementById('chat-greeting');
const privacy = document.getElementById('chat-privacy');
const closeButton = document.getElementById('chat-close');
// The launcher's window; null when the page is opened on its own.
const launcher = config.hostOrigin && window.parent !== window ? window.parent : null;

let lang = config.lang;
// Web Chat's layout keeps the direction it started with: only the words inside each message change direction.
const layoutDir = textDirection(config.lang);
let visible = !launcher;
let unread = 0;
let directLine = null;
let userID = null;
let store = null;
let preview = null;
let webChatShown = false;
let pendingChoice = null;
/** Web Chat has connected to the conversation: a message sent before that can be lost. */
let connected = false;
// Resolves the first time the chat is on screen (at once when opened on its own).
let shownOnce = null;
const shown = new Promise(function (resolve) {
  shownOnce = resolve;
});
if (visible) shownOnce();

/**
 * Web Chat's bundle: preloaded by the page (<link rel="preload">), run from here, after the token
 * request has gone out, so its seconds of parsing on a slow phone do not hold the request back.
 */
function loadWebChat() {
  if (window.WebChat) return Promise.resolve(window.WebChat);
  return new Promise(function (resolve, reject) {
    const tag = document.createElement('script');
    tag.src = config.webChatUrl;
    tag.async = true;
    tag.addEventListener('load', function () {
      if (window.WebChat) resolve(window.WebChat);
      else reject(new Error('Web Chat did not load'));
    });
    tag.addEventListener('error', function () {
      reject(new Error('Web Chat could not be fetched'));
    });
    document.head.appendChild(tag);
  });
}

function createStore(WebChat) {
  return WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY') return next(withOrganisation(action));
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          const result = next(action);
          connected = true;
          // A language chosen in the header while Web Chat was connecting goes now.
          setTimeout(sendChoice);
          return result;
        }
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          const activity = action.payload.activity;
          countUnread(activity);
          if (isFromBot(activity)) {
            followBotLanguage(activity.locale);
            return next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: withPhoneLinks(activity) }) }));
          }
        }
        return next(action);
      };
    };
  });
}

/** The bot reads channelData.org to know which organisation's advice line and area to use. */
function withOrganisation(action) {
  const activity = action.payload.activity;
  const channelData = Object.assign({}, activity.channelData, { org: config.org });
  return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) });
}

function isFromBot(activity) {
  return Boolean(activity && activity.type === 'message' && activity.from && activity.from.role !== 'user' && !(userID && activity.from.id === userID));
}

function countUnread(activity) {
  if (visible || !isFromBot(activity)) return;
  unread += 1;
  tellLauncher('unread', { count: unread });
}

function tellLauncher(type, fields) {
  if (launcher) launcher.postMessage(protocolMessage(type, fields), config.hostOrigin);
}

/** The bot answered in another language it detected (e.g. the person wrote in Polish): the chat's words follow. */
function followBotLanguage(locale) {
  const code = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
  if (code && code !== lang && config.languages.indexOf(code) >= 0) applyLanguage(code);
}

/** The chat's own words (header, notice, greeting, Web Chat's strings) in the language. */
function showWords() {
  const words = config.words[lang] || config.words.en;
  const dir = textDirection(lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = words.pageTitle;
  languageLabel.textContent = words.language;
  languageSelect.value = lang;
  closeButton.setAttribute('aria-label', words.close);
  container.setAttribute('aria-label', words.conversation);
  const ownGreeting = config.greeting[lang];
  greeting.textContent = ownGreeting || words.greeting;
  privacy.querySelector('summary').textContent = words.privacySummary;
  privacy.querySelector('.chat-privacy-text').textContent = words.privacy;
  const links = privacy.querySelectorAll('a');
  links[0].textContent = words.privacyLink;
  links[0].href = config.privacyUrl + '?lang=' + lang;
  links[1].textContent = words.termsLink;
  links[1].href = config.termsUrl + '?lang=' + lang;
}

function render() {
  const words = config.words[lang] || config.words.en;
  window.WebChat.renderWebChat(
    {
      directLine: directLine,
      store: store,
      // No userID here: the token carries it (a "dl_" id passed to Web Chat could be forged).
      locale: config.webChatLocales[lang] || lang,
      overrideLocalizedStrings: words.webChat,
      dir: layoutDir,
      styleOptions: config.styleOptions,
    },
    root,
  );
}

function applyLanguage(code) {
  lang = code;
  showWords();
  if (directLine) render();
  tellLauncher('language', { lang: code });
}

/** The header's choice: the chat changes at once and the bot is told as if the person had picked the language. */
function chooseLanguage(code) {
  if (code === lang || config.languages.indexOf(code) < 0) return;
  applyLanguage(code);
  // Chosen before Web Chat is ready (the welcome preview is on screen): sent as soon as it is.
  pendingChoice = code;
  sendChoice();
}

/** The language menu's own answer ({choice: "lang:xx"}), which the bot treats as an explicit choice and answers in. */
function sendChoice() {
  if (!store || !connected || !pendingChoice) return;
  const code = pendingChoice;
  const name = config.languageNames[code];
  pendingChoice = null;
  store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE_BACK', payload: { value: { choice: 'lang:' + code }, text: name, displayText: name } });
}

/** Each message, and the send box, take the direction of their own words (an English line stays left to right in Arabic). */
function keepOwnDirections() {
  const mark = function () {
    const nodes = root.querySelectorAll('.webchat__bubble__content:not([dir]), .webchat__send-box-text-box__input:not([dir]), .ac-textBlock:not([dir])');
    for (let i = 0; i < nodes.length; i++) nodes[i].setAttribute('dir', 'auto');
  };
  new MutationObserver(mark).observe(root, { childList: true, subtree: true });
  mark();
}

function showProblem() {
  container.innerHTML = '';
  const p = document.createElement('p');
  p.className = 'chat-problem';
  p.setAttribute('role', 'alert');
  p.textContent = (config.words[lang] || config.words.en).problem;
  container.appendChild(p);
}

async function token() {
  const response = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ org: config.org, locale: config.webChatLocales[lang] || lang }),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error('token ' + response.status);
  return response.json();
}

/**
 * Opens the conversation at once (Direct Line's "reconnect" to the token's conversation), so the
 * bot writes its welcome while Web Chat is still loading; Web Chat then connects to the same
 * conversation and shows what is already there. Best effort: Web Chat opens it anyway.
 */
function openConversation(grant) {
  if (!grant.domain || !grant.conversationId) return Promise.resolve();
  return fetch(grant.domain + '/conversations/' + encodeURIComponent(grant.conversationId) + '?watermark=', {
    headers: { authorization: 'Bearer ' + grant.token },
  }).catch(function () {
    return undefined;
  });
}

/**
 * The bot's first messages, shown as plain text the moment they exist, while Web Chat's bundle is
 * still running (a second or more on a slow phone): read from Direct Line's history with the same
 * token. Web Chat shows the same messages once it has rendered them, and the preview goes.
 */
async function showWelcome(grant) {
  if (!grant.domain) return;
  const response = await fetch(grant.domain + '/conversations/' + encodeURIComponent(grant.conversationId) + '/activities', {
    headers: { authorization: 'Bearer ' + grant.token },
  });
  if (!response.ok || webChatShown) return;
  const set = await response.json();
  const texts = (set.activities || []).filter(isFromBot).map(function (activity) {
    return activity.text;
  });
  if (!texts.length || webChatShown) return;
  preview = document.createElement('div');
  preview.className = 'chat-preview';
  for (let i = 0; i < texts.length; i++) {
    if (!texts[i]) continue;
    const p = document.createElement('p');
    p.className = 'chat-preview-message';
    p.dir = 'auto';
    // Element Timing: when the welcome was painted (bench/chat.bench.ts reads it).
    p.setAttribute('elementtiming', 'chat-welcome');
    // Plain text: the markdown's own marks are few in a welcome, and nothing here is ever HTML.
    p.textContent = texts[i].replace(/\\([\\`*_[\]<>#|~.+-])/g, '$1');
    preview.appendChild(p);
  }
  container.appendChild(preview);
}

/** Resolves after the next frame has been painted. */
function nextPaint() {
  return new Promise(function (resolve) {
    requestAnimationFrame(function () {
      setTimeout(resolve, 0);
    });
  });
}

/** Web Chat has drawn the bot's messages: the plain preview is no longer needed. */
function whenWebChatShows() {
  const observer = new MutationObserver(function () {
    if (!root.querySelector('.webchat__bubble__content')) return;
    webChatShown = true;
    observer.disconnect();
    // Focus was in the preview's page: the send box takes it, as when Web Chat was there from the start.
    const focusWasIdle = !document.activeElement || document.activeElement === document.body;
    if (preview) preview.remove();
    if (mayTakeFocus() && focusWasIdle) focusSendBox();
  });
  observer.observe(root, { childList: true, subtree: true });
}

async function connect() {
  // The bundle is already downloading (preloaded). Running it holds the page's only thread for a
  // second or more on a slow phone, and a request cannot even go out meanwhile: so the token comes
  // first and the conversation is opened (the bot writes its welcome, a few milliseconds) before it
  // runs. Web Chat then connects to a conversation whose welcome is already there.
  const grant = await token();
  await openConversation(grant);
  // The welcome is written: shown at once, while Web Chat loads (a failure here costs nothing).
  await showWelcome(grant).catch(function () {
    return undefined;
  });
  // Preloaded (hover or focus on the launcher) but not shown: Web Chat's bundle waits for the click,
  // so that the panel and the welcome can appear at once rather than after seconds of parsing.
  await shown;
  // Let the page paint the welcome before Web Chat's bundle runs: nothing is drawn while it does.
  await nextPaint();
  const WebChat = await loadWebChat();
  userID = grant.userId || null;
  store = createStore(WebChat);
  directLine = WebChat.createDirectLine({ token: grant.token, domain: grant.domain, conversationId: grant.conversationId });
  keepOwnDirections();
  whenWebChatShows();
  render();
  sendChoice();
}

languageSelect.value = lang;
languageSelect.addEventListener('change', function () {
  chooseLanguage(languageSelect.value);
});

// A phone's screen is small: the privacy notice starts folded (its summary stays, one tap away).
if (window.matchMedia('(max-width: 599.98px), (max-height: 600px)').matches) privacy.open = false;

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
    shownOnce();
    focusSendBox();
  });
  // Ready for messages at once: the launcher says whether the chat is shown or only preloaded.
  tellLauncher('ready');
}

// Escape anywhere in the chat closes it (unless Web Chat used the key itself, e.g. to leave the transcript).
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape' && !event.defaultPrevented && launcher) tellLauncher('close');
});

/**
 * The send box may take focus only when the person is here: the launcher said the chat is shown,
 * or, with no launcher, this page has focus. A chat framed without a launcher (the admin space's
 * preview) must never pull focus, and what someone is typing in the page around it, into itself.
 */
function mayTakeFocus() {
  return launcher ? visible : document.hasFocus();
}

function focusSendBox() {
  const input = container.querySelector('input[type="text"], textarea');
  if (input) input.focus();
}

function started() {
  // The page may have fallen back from the asked language to one the organisation offers.
  tellLauncher('language', { lang: lang });
}

connect().then(started, function (error) {
  // For whoever runs the site (the browser console); nothing the person wrote is in it.
  console.warn('The chat could not start:', error && error.message);
  showProblem();
  started();
});
