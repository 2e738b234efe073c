/**
 * The launcher an organisation puts on its pages:
 *   <script src="https://bot.example/embed.js" data-org="demo" data-lang="en" async></script>
 * Optional: data-position="left", data-label="Sgwrsio â ni" (the button's words, in the page's language).
 *
 * It draws one button in a shadow root (host CSS cannot reach it) and, only when opened,
 * an iframe on the bot's own origin, so the host page stays fast and its scripts cannot read
 * the chat. Served as one classic script: web/embedAssets.ts inlines messages.js and wraps this
 * file in a function, so the import below and the top-level code stay private.
 */
import { chatUrl, protocolMessage, readFromChat, textDirection } from './messages.js';

const script = document.currentScript;
const GLOBAL_FLAG = '__carersSupportBotEmbed';
// The launcher's words in every language, from locales/<lang>/embed.json (filled in by web/embedAssets.ts).
const WORDS = /*WORDS*/ {};

function start(tag) {
  const botOrigin = new URL(tag.src).origin;
  const org = tag.getAttribute('data-org') || 'demo';
  // The tag's language, else the page's; the chat falls back to the organisation's default.
  let lang = tag.getAttribute('data-lang') || pageLanguage();
  let side = tag.getAttribute('data-position') === 'left' ? 'left' : 'right';
  // The organisation's own words for the button, if it gave them; else ours, in the chat's language.
  const ownLabel = tag.getAttribute('data-label');
  let label = ownLabel || wordsFor(lang).chatWithUs;

  const host = document.createElement('div');
  host.id = 'chb-embed-root';
  // Open, so accessibility checkers (axe) and assistive technology tooling can audit it; the
  // shadow root keeps host CSS out, and the chat itself is protected by being cross-origin.
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, STYLES);
  // Built with DOM calls, not innerHTML, so host pages that enforce Trusted Types still work.
  const wrap = element('div', { class: 'chb-wrap chb-' + side });
  const panel = element('div', { class: 'chb-panel', id: 'chb-panel', hidden: '' });
  const button = element('button', { class: 'chb-launcher', id: 'chb-launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'chb-panel' });
  const badge = element('span', { class: 'chb-badge', hidden: '' });
  const text = element('span', { class: 'chb-label' });
  text.textContent = label;
  button.append(icon(), text, badge);
  wrap.append(panel, button);
  root.appendChild(wrap);

  let frame = null;
  // Until the chat says it is ready its window is still about:blank, another origin.
  let chatReady = false;
  let open = false;
  let opened = false;
  let unread = 0;
  setLanguage(lang);

  button.addEventListener('click', function () {
    if (open) close();
    else show();
  });
  // A pointer resting on the button, or focus on it, is a sign the person may open the chat:
  // load it now (hidden), so its script, its token and the bot's welcome are ready by the click.
  button.addEventListener('pointerenter', preload);
  button.addEventListener('focus', preload);

  // Escape while focus is on the launcher (inside the chat, the chat page sends "close").
  root.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  window.addEventListener('message', function (event) {
    const message = frame && readFromChat(event, botOrigin, frame.contentWindow);
    if (!message) return;
    if (message.type === 'ready') {
      chatReady = true;
      tellChat();
    } else if (message.type === 'close') close();
    // Replies that arrive while the chat is preloaded but never opened (the welcome) are not news.
    else if (message.type === 'unread') setUnread(open || !opened ? 0 : message.count);
    else if (message.type === 'language') setLanguage(message.lang);
  });

  // WCAG 2.4.11: a fixed button must never hide the element that has focus. If a focused
  // element of the page sits under the button, the button moves to the other side.
  document.addEventListener('focusin', function (event) {
    const target = event.target;
    if (target === host || !target || typeof target.getBoundingClientRect !== 'function') return;
    const focused = target.getBoundingClientRect();
    const here = button.getBoundingClientRect();
    // The same button mirrored to the other side: move only if that spot is free (a full-width bar covers both).
    const width = document.documentElement.clientWidth;
    const there = { left: width - here.right, right: width - here.left, top: here.top, bottom: here.bottom };
    if (overlaps(focused, here) && !overlaps(focused, there)) {
      side = side === 'right' ? 'left' : 'right';
      wrap.className = 'chb-wrap chb-' + side;
    }
  });

  (document.body || document.documentElement).appendChild(host);

  // Phones: mid-scroll the button never covers the page. Away from the top and the end of the page it
  // shrinks to its icon, in a corner where it covers no text; with no such corner it steps down out of
  // sight (focus brings it back). At the end it sits in the space reserved below the page.
  const phone = window.matchMedia ? window.matchMedia('(max-width: 599.98px)') : { matches: false };
  let placing = 0;
  window.addEventListener('scroll', schedulePlace, { passive: true });
  window.addEventListener('resize', schedulePlace);
  schedulePlace();

  function schedulePlace() {
    if (!placing) placing = window.requestAnimationFrame(place);
  }

  function place() {
    placing = 0;
    const scroller = document.scrollingElement || document.documentElement;
    const top = window.scrollY <= 0;
    const end = window.scrollY + window.innerHeight >= scroller.scrollHeight - 2;
    wrap.classList.remove('chb-compact', 'chb-tucked');
    if (!phone.matches || open || top || end) return;
    wrap.classList.add('chb-compact');
    if (!coversPage(button.getBoundingClientRect())) return;
    // The other corner, if it is free.
    const other = side === 'right' ? 'left' : 'right';
    wrap.className = 'chb-wrap chb-compact chb-' + other;
    if (!coversPage(button.getBoundingClientRect())) {
      side = other;
      return;
    }
    wrap.className = 'chb-wrap chb-tucked chb-' + side;
  }

  /** Whether a box on screen lies over the page's text, pictures or controls (sampled on a 3 x 3 grid). */
  function coversPage(box) {
    const seen = new Set();
    for (const fx of [0.1, 0.5, 0.9]) {
      for (const fy of [0.1, 0.5, 0.9]) {
        const under = document.elementsFromPoint(box.left + box.width * fx, box.top + box.height * fy);
        for (const node of under) {
          if (node === host || seen.has(node)) continue;
          seen.add(node);
          if (isContent(node, box)) return true;
        }
      }
    }
    return false;
  }

  function isContent(node, box) {
    if (/^(IMG|VIDEO|CANVAS|SVG|INPUT|SELECT|TEXTAREA|BUTTON|IFRAME)$/i.test(node.tagName)) return overlaps(node.getBoundingClientRect(), box);
    for (const child of node.childNodes) {
      if (child.nodeType !== 3 || !child.nodeValue.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      for (const line of range.getClientRects()) if (overlaps(line, box)) return true;
    }
    return false;
  }

  function preload() {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.className = 'chb-frame';
    frame.title = wordsFor(lang).frameTitle;
    frame.src = chatUrl(botOrigin, { org: org, lang: lang, host: window.location.origin });
    // The chat needs nothing from the host page: no camera, no microphone, no payments.
    frame.setAttribute('allow', '');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    panel.appendChild(frame);
  }

  function show() {
    preload();
    open = true;
    wrap.classList.remove('chb-compact', 'chb-tucked');
    opened = true;
    panel.hidden = false;
    wrap.classList.add('chb-open');
    button.setAttribute('aria-expanded', 'true');
    setUnread(0);
    tellChat();
    frame.focus();
  }

  function close() {
    open = false;
    panel.hidden = true;
    wrap.classList.remove('chb-open');
    button.setAttribute('aria-expanded', 'false');
    tellChat();
    button.focus();
    schedulePlace();
  }

  function tellChat() {
    if (chatReady && frame.contentWindow) frame.contentWindow.postMessage(protocolMessage('visibility', { open: open }), botOrigin);
  }

  function setUnread(count) {
    unread = count;
    badge.hidden = unread === 0;
    badge.textContent = String(unread);
    // The count is part of the button's name; the chat's own live region announces the message itself.
    const words = wordsFor(lang);
    button.setAttribute('aria-label', unread ? words.newMessages.replace('{{label}}', label).replace('{{count}}', String(unread)) : label);
  }

  function setLanguage(code) {
    if (!code) return;
    lang = code;
    panel.setAttribute('lang', code);
    panel.setAttribute('dir', textDirection(code));
    if (frame) frame.title = wordsFor(code).frameTitle;
    // The organisation's own words for the button stay; ours follow the chat's language.
    if (ownLabel) return;
    label = wordsFor(code).chatWithUs;
    text.textContent = label;
    button.setAttribute('lang', WORDS[code] ? code : 'en');
    button.setAttribute('dir', textDirection(code));
    setUnread(unread);
  }
}

/** The primary subtag of the page's language ("cy" for "cy-GB"), or "" when it has none. */
function pageLanguage() {
  const tag = (document.documentElement.getAttribute('lang') || '').toLowerCase();
  return /^[a-z]{2,3}/.test(tag) ? tag.split('-')[0] : '';
}

function wordsFor(code) {
  return WORDS[code] || WORDS.en || { chatWithUs: 'Chat with us', newMessages: '{{label}} (new messages: {{count}})', frameTitle: 'Support chat' };
}

function element(name, attributes) {
  const node = document.createElement(name);
  for (const key in attributes) node.setAttribute(key, attributes[key]);
  return node;
}

function icon() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const attributes = { class: 'chb-icon', viewBox: '0 0 24 24', width: '24', height: '24', 'aria-hidden': 'true', focusable: 'false' };
  for (const key in attributes) svg.setAttribute(key, attributes[key]);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
  svg.appendChild(path);
  return svg;
}

/** A constructed style sheet is not inline style, so a host page's strict CSP (no 'unsafe-inline') allows it. */
function adoptStyles(root, css) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

function overlaps(a, b) {
  return a.right > a.left && a.bottom > a.top && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

// Colours are fixed here (navy on white focus ring, white on navy button: 8.1:1); the chat
// itself uses the organisation's colours. Margins keep the button off the page's edges.
const STYLES = [
  // The host element sits at the end of the page with the button's height and margins, so the end
  // of the page can always scroll clear of the fixed button: it never covers the page's last lines.
  ':host{all:initial;display:block;height:88px}',
  '.chb-wrap{position:fixed;bottom:16px;z-index:2147483000;display:flex;flex-direction:column;gap:8px;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}',
  '.chb-right{right:16px;align-items:flex-end}',
  '.chb-left{left:16px;align-items:flex-start}',
  '.chb-launcher{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:8px;min-width:56px;min-height:56px;padding:0 20px;border-radius:28px;background:#1d4f91;color:#fff;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3);font-weight:600}',
  '.chb-launcher:hover{background:#163d70}',
  '.chb-launcher:focus-visible{outline:3px solid #1d4f91;outline-offset:3px;box-shadow:0 0 0 2px #fff}',
  '.chb-badge{min-width:24px;height:24px;padding:0 6px;box-sizing:border-box;border-radius:12px;background:#fff;color:#1d4f91;font-size:14px;line-height:24px;text-align:center}',
  '.chb-badge[hidden],.chb-panel[hidden]{display:none}',
  '.chb-panel{width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 104px));border-radius:12px;overflow:hidden;box-shadow:0 4px 24px rgba(0,0,0,.35);background:#fff}',
  '.chb-frame{border:0;width:100%;height:100%;display:block}',
  // Phones (under 600 px wide): the chat takes the whole screen, its own header closes it, so the
  // button steps aside while it is open (it would cover the send box).
  '@media (max-width:599.98px){.chb-open{inset:0}.chb-open .chb-panel{position:fixed;inset:0;width:100vw;height:100vh;height:100dvh;border-radius:0;box-shadow:none}.chb-open .chb-launcher{display:none}.chb-right{right:12px}.chb-left{left:12px}.chb-wrap{bottom:12px}}',
  // Phones mid-scroll (see place()): the icon alone, its words kept as its name; or stepped down out of sight until focused.
  '.chb-compact .chb-launcher{position:relative;padding:0;width:48px;min-width:48px;min-height:48px;height:48px;justify-content:center}',
  '.chb-compact .chb-label{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
  '.chb-compact .chb-badge{position:absolute;top:-6px;right:-6px}',
  '.chb-tucked .chb-launcher{transform:translateY(calc(100% + 32px))}',
  '.chb-tucked .chb-launcher:focus-visible{transform:none}',
  '@media (prefers-reduced-motion:no-preference){.chb-launcher{transition:background .15s,transform .2s}}',
  '@media (forced-colors:active){.chb-launcher{border:2px solid ButtonText}}',
].join('');

// Last, so the constants above are initialised before start() reads them.
if (script && script.src && !window[GLOBAL_FLAG]) {
  window[GLOBAL_FLAG] = true;
  start(script);
}
