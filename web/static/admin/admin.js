/* The organisation admin space: vanilla script, no inline code (the CSP forbids it). */
'use strict';
(function () {
  var csrf = '';
  var state = null;
  var LANGUAGE_NAMES = {
    en: 'English',
    cy: 'Welsh',
    pl: 'Polish',
    ro: 'Romanian',
    pa: 'Punjabi',
    ur: 'Urdu',
    bn: 'Bengali',
    ar: 'Arabic',
    gu: 'Gujarati',
    pt: 'Portuguese',
    es: 'Spanish',
    zh: 'Chinese',
  };
  var $ = function (id) {
    return document.getElementById(id);
  };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function notice(message) {
    var box = $('notice');
    box.textContent = '';
    if (!message) {
      box.hidden = true;
      return;
    }
    box.appendChild(el('p', message.error || message));
    (message.problems || []).forEach(function (p) {
      box.appendChild(el('p', p));
    });
    box.hidden = false;
  }

  function status(text) {
    $('status').textContent = text;
  }

  function call(method, path, body) {
    var init = { method: method, headers: {}, credentials: 'same-origin' };
    if (method !== 'GET') {
      init.headers['content-type'] = 'application/json';
      init.headers['x-csrf-token'] = csrf;
      init.body = JSON.stringify(body || {});
    }
    return fetch(path, init).then(function (response) {
      return response.json().then(function (data) {
        return { ok: response.ok, status: response.status, data: data };
      });
    });
  }

  /** A change: the answer's view replaces the page's, or the refusal's reasons are shown. */
  function change(path, body, done) {
    notice('');
    status('');
    return call('POST', path, body).then(
      function (r) {
        if (!r.ok) {
          notice(r.data);
          return r;
        }
        if (r.data.settings) render(r.data);
        if (done) done(r.data);
        return r;
      },
      // No answer, or one that is not ours (a proxy's error page): say so rather than show nothing.
      function () {
        notice('The change could not be sent: the server did not answer. Check your connection and try again.');
        return { ok: false, status: 0, data: null };
      },
    );
  }

  function checkboxes(container, name, values, chosen, labels) {
    container.textContent = '';
    values.forEach(function (value) {
      var label = el('label');
      var input = el('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = value;
      input.checked = chosen.indexOf(value) >= 0;
      label.appendChild(input);
      label.appendChild(document.createTextNode((labels && labels[value]) || value.replace(/_/g, ' ')));
      container.appendChild(label);
    });
  }

  function checked(container) {
    return Array.prototype.filter
      .call(container.querySelectorAll('input[type=checkbox]'), function (i) {
        return i.checked;
      })
      .map(function (i) {
        return i.value;
      });
  }

  function greetings(settings) {
    var box = $('s-greetings');
    var current = {};
    box.querySelectorAll('textarea').forEach(function (t) {
      current[t.dataset.lang] = t.value;
    });
    box.textContent = '';
    var offered = settings ? settings.languages : checked($('s-languages'));
    if (offered.indexOf('en') < 0) offered = ['en'].concat(offered);
    offered.forEach(function (code) {
      var field = el('div', undefined, 'field');
      var label = el('label', 'Greeting in ' + (LANGUAGE_NAMES[code] || code));
      label.htmlFor = 'greeting-' + code;
      var area = el('textarea');
      area.id = 'greeting-' + code;
      area.rows = 2;
      area.maxLength = 400;
      area.dataset.lang = code;
      area.value = settings ? settings.greeting[code] || '' : current[code] || '';
      area.addEventListener('input', preview);
      field.appendChild(label);
      field.appendChild(area);
      box.appendChild(field);
    });
  }

  function hoursRow(rule, index) {
    var li = el('li');
    [
      ['Days', 'byday', rule.byday],
      ['Opens', 'opens_at', rule.opens_at],
      ['Closes', 'closes_at', rule.closes_at],
    ].forEach(function (part) {
      var field = el('div', undefined, 'field');
      var label = el('label', part[0] + ' (row ' + (index + 1) + ')');
      var input = el('input');
      input.id = 'hours-' + index + '-' + part[1];
      input.dataset.part = part[1];
      input.value = part[2] || '';
      label.htmlFor = input.id;
      field.appendChild(label);
      field.appendChild(input);
      li.appendChild(field);
    });
    var remove = el('button', 'Remove row ' + (index + 1), 'secondary');
    remove.type = 'button';
    remove.addEventListener('click', function () {
      var rules = readHours();
      rules.splice(index, 1);
      drawHours(rules);
    });
    li.appendChild(remove);
    return li;
  }

  function drawHours(rules) {
    var list = $('s-hours');
    list.textContent = '';
    rules.forEach(function (rule, i) {
      list.appendChild(hoursRow(rule, i));
    });
  }

  function readHours() {
    return Array.prototype.map.call($('s-hours').children, function (li) {
      var rule = {};
      li.querySelectorAll('input').forEach(function (input) {
        rule[input.dataset.part] = input.value.trim().toUpperCase();
      });
      return rule;
    });
  }

  function lines(text) {
    return text
      .split('\n')
      .map(function (l) {
        return l.trim();
      })
      .filter(Boolean);
  }

  function readSettings() {
    var greeting = {};
    $('s-greetings')
      .querySelectorAll('textarea')
      .forEach(function (t) {
        greeting[t.dataset.lang] = t.value;
      });
    return {
      name: $('s-name').value,
      phone: $('s-phone').value,
      languages: checked($('s-languages')),
      greeting: greeting,
      colours: { primary: $('s-primary').value.trim(), accent: $('s-accent').value.trim() },
      allowedOrigins: lines($('s-origins').value),
      hours: readHours(),
      closedDates: lines($('s-closed').value),
      notifyWebhook: $('s-webhook').value.trim(),
    };
  }

  function preview() {
    var s = readSettings();
    $('preview-name').textContent = s.name;
    $('preview-greeting').textContent = s.greeting.en || '';
    var header = $('preview-header');
    if (/^#[0-9a-fA-F]{6}$/.test(s.colours.primary)) header.style.backgroundColor = s.colours.primary;
    if (/^#[0-9a-fA-F]{6}$/.test(s.colours.accent)) header.style.borderBottomColor = s.colours.accent;
  }

  function button(text, onClick, secondary) {
    var b = el('button', text, secondary ? 'secondary' : undefined);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function drawServices(view) {
    var list = $('services-list');
    list.textContent = '';
    $('services-empty').hidden = view.services.length > 0;
    view.services.forEach(function (s) {
      var li = el('li');
      var what = el('div', undefined, 'what');
      what.appendChild(el('strong', s.name));
      what.appendChild(
        el(
          'p',
          (s.status === 'active' ? 'Active' : 'Retired') +
            '. Last checked ' +
            s.checkedAt +
            (s.checkedBy ? ' by ' + s.checkedBy : '') +
            '. Areas: ' +
            s.service_areas
              .map(function (a) {
                return a.extent;
              })
              .join(', '),
        ),
      );
      li.appendChild(what);
      li.appendChild(
        button(
          'Edit ' + s.name,
          function () {
            editService(s);
          },
          true,
        ),
      );
      li.appendChild(
        button(
          'Mark ' + s.name + ' checked',
          function () {
            change('/advisor/api/admin/services/check', { id: s.id }, function () {
              status(s.name + ' marked as checked today.');
            });
          },
          true,
        ),
      );
      if (s.status === 'active')
        li.appendChild(
          button(
            'Retire ' + s.name,
            function () {
              change('/advisor/api/admin/services/retire', { id: s.id }, function () {
                status(s.name + ' retired.');
              });
            },
            true,
          ),
        );
      list.appendChild(li);
    });
  }

  function editService(s) {
    $('v-id').value = s.id;
    $('v-name').value = s.name;
    $('v-description').value = s.description;
    $('v-phone').value = s.phones.length ? s.phones[0].number : '';
    $('v-url').value = s.url || '';
    $('v-source').value = s.source_url || '';
    $('v-areas').value = s.service_areas
      .map(function (a) {
        return a.extent;
      })
      .join(', ');
    var topics = s.attributes
      .filter(function (a) {
        return a.taxonomy === 'carers-bot-topics';
      })
      .map(function (a) {
        return a.term;
      });
    checkboxes($('v-topics'), 'topic', state.topics, topics);
    var kind = s.attributes.filter(function (a) {
      return a.taxonomy === 'carers-bot-kinds';
    })[0];
    if (kind) $('v-kind').value = kind.term;
    $('service-form-title').textContent = 'Edit ' + s.name;
    $('service-submit').textContent = 'Save service';
    $('v-name').focus();
  }

  function resetServiceForm() {
    $('service-form').reset();
    $('v-id').value = '';
    checkboxes($('v-topics'), 'topic', state.topics, []);
    $('service-form-title').textContent = 'Add a local service';
    $('service-submit').textContent = 'Add service';
  }

  function drawFeeds(view) {
    var list = $('feeds-list');
    list.textContent = '';
    view.feeds.forEach(function (url) {
      var li = el('li');
      li.appendChild(el('span', url, 'what'));
      li.appendChild(
        button(
          'Unsubscribe',
          function () {
            change('/advisor/api/admin/feeds/unsubscribe', { url: url });
          },
          true,
        ),
      );
      list.appendChild(li);
    });
  }

  function showSecret(lines) {
    var box = $('secret');
    box.textContent = '';
    box.appendChild(el('p', 'Shown once: give these to the person now. They are not kept in a form anyone can read again.'));
    lines.forEach(function (l) {
      box.appendChild(el('p', l));
    });
    box.hidden = false;
    box.focus();
  }

  function secretLines(data) {
    var out = [];
    if (data.password) out.push('Password for ' + data.advisor.username + ': ' + data.password);
    if (data.totpSecret) out.push('Authenticator secret: ' + data.totpSecret);
    if (data.totpUri) out.push('Authenticator link: ' + data.totpUri);
    return out;
  }

  function loadAdvisors() {
    return call('GET', '/advisor/api/admin/advisors').then(function (r) {
      if (!r.ok) return notice(r.data);
      var list = $('advisors-list');
      list.textContent = '';
      r.data.advisors.forEach(function (a) {
        var li = el('li');
        li.appendChild(
          el('span', a.name + ' (' + a.username + '), ' + a.role + ', ' + (a.disabled ? 'disabled' : a.online ? 'online now' : 'offline'), 'what'),
        );
        li.appendChild(
          button(
            (a.disabled ? 'Enable ' : 'Disable ') + a.name,
            function () {
              change('/advisor/api/admin/advisors/disable', { id: a.id, disabled: !a.disabled }, function () {
                status(a.name + (a.disabled ? ' enabled.' : ' disabled: signed out at once.'));
                loadAdvisors();
              });
            },
            true,
          ),
        );
        li.appendChild(
          button(
            'Reset password of ' + a.name,
            function () {
              change('/advisor/api/admin/advisors/reset-password', { id: a.id }, function (d) {
                showSecret(secretLines(d));
              });
            },
            true,
          ),
        );
        li.appendChild(
          button(
            'Reset authenticator of ' + a.name,
            function () {
              change('/advisor/api/admin/advisors/reset-totp', { id: a.id }, function (d) {
                showSecret(secretLines(d));
                loadAdvisors();
              });
            },
            true,
          ),
        );
        li.appendChild(
          button(
            'Remove ' + a.name,
            function () {
              if (!window.confirm('Remove ' + a.name + '? They are signed out at once.')) return;
              change('/advisor/api/admin/advisors/remove', { id: a.id }, function () {
                status(a.name + ' removed.');
                loadAdvisors();
              });
            },
            true,
          ),
        );
        list.appendChild(li);
      });
    });
  }

  function render(view) {
    state = view;
    var s = view.settings;
    $('admin-title').textContent = 'Organisation admin: ' + s.name;
    $('s-name').value = s.name;
    $('s-phone').value = s.phone;
    checkboxes($('s-languages'), 'language', view.languages, s.languages, LANGUAGE_NAMES);
    greetings(s);
    $('s-primary').value = s.colours.primary;
    $('s-accent').value = s.colours.accent;
    $('s-origins').value = s.allowedOrigins.join('\n');
    drawHours(s.hours);
    $('s-closed').value = s.closedDates.join('\n');
    $('s-webhook').value = s.notifyWebhook || '';
    $('snippet').value = view.snippet;
    var logo = $('logo-now');
    logo.hidden = !view.logo;
    if (view.logo) logo.src = view.logo;
    $('preview-frame').src = view.previewUrl + '&t=' + Date.now();
    drawServices(view);
    drawFeeds(view);
    preview();
  }

  function start() {
    call('GET', '/advisor/api/me')
      .then(function (me) {
        csrf = me.data.csrfToken;
        if (!me.data.signedIn) {
          $('signed-out').hidden = false;
          return null;
        }
        return call('GET', '/advisor/api/admin/org');
      })
      .then(function (r) {
        if (!r) return;
        if (!r.ok) return notice(r.data);
        $('admin-view').hidden = false;
        render(r.data);
        checkboxes($('v-topics'), 'topic', r.data.topics, []);
        var kind = $('v-kind');
        r.data.kinds.forEach(function (k) {
          var option = el('option', k.replace(/_/g, ' '));
          option.value = k;
          kind.appendChild(option);
        });
        kind.value = 'in_person';
        checkboxes($('a-languages'), 'advisor-language', r.data.languages, ['en'], LANGUAGE_NAMES);
        return loadAdvisors();
      })
      .catch(function () {
        notice('The admin space could not be loaded: the server did not answer. Reload the page to try again.');
      });

    $('s-languages').addEventListener('change', function () {
      greetings();
    });
    ['s-name', 's-primary', 's-accent'].forEach(function (id) {
      $(id).addEventListener('input', preview);
    });
    $('add-hours').addEventListener('click', function () {
      var rules = readHours();
      rules.push({ byday: '', opens_at: '', closes_at: '' });
      drawHours(rules);
      $('hours-' + (rules.length - 1) + '-byday').focus();
    });
    $('settings-form').addEventListener('submit', function (event) {
      event.preventDefault();
      change('/advisor/api/admin/settings', { settings: readSettings() }, function () {
        status('Settings saved. The chat shows them now.');
      });
    });
    $('logo-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var file = $('logo-file').files[0];
      if (!file) return notice('Choose a PNG or SVG file first.');
      var reader = new FileReader();
      reader.onload = function () {
        var data = String(reader.result).replace(/^data:[^,]*,/, '');
        change('/advisor/api/admin/logo', { type: file.type, data: data }, function () {
          status('Logo saved.');
        });
      };
      reader.readAsDataURL(file);
    });
    $('service-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var service = {
        id: $('v-id').value || undefined,
        name: $('v-name').value,
        description: $('v-description').value,
        phone: $('v-phone').value,
        url: $('v-url').value,
        sourceUrl: $('v-source').value,
        areas: $('v-areas').value,
        topics: checked($('v-topics')),
        kind: $('v-kind').value,
      };
      change('/advisor/api/admin/services/save', { service: service }, function () {
        status('Service "' + service.name + '" saved. The bot offers it now.');
        resetServiceForm();
      });
    });
    $('feed-form').addEventListener('submit', function (event) {
      event.preventDefault();
      change('/advisor/api/admin/feeds/subscribe', { url: $('feed-url').value }, function () {
        status('Feed added. Its services appear once it has been read.');
        $('feed-url').value = '';
      });
    });
    $('advisor-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {
        username: $('a-username').value,
        name: $('a-name').value,
        role: $('a-role').value,
        languages: checked($('a-languages')),
        password: $('a-password').value,
        totp: $('a-totp').checked,
      };
      change('/advisor/api/admin/advisors/add', body, function (d) {
        status(d.advisor.name + ' added.');
        $('advisor-form').reset();
        showSecret(secretLines(d));
        loadAdvisors();
      });
    });
    $('copy-snippet').addEventListener('click', function () {
      var area = $('snippet');
      area.select();
      var done = function () {
        status('Snippet copied.');
      };
      if (navigator.clipboard) navigator.clipboard.writeText(area.value).then(done, done);
      else done();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
