// The insight dashboard: fetches the suppressed report and shows each table with a chart beside it.
// Every chart's numbers are in its table (the accessible form); hidden numbers show as "hidden".
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const charts = [];
  const HIDDEN = 'hidden';

  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) node.append(child);
    return node;
  }

  function notice(text, link) {
    const box = $('notice');
    box.replaceChildren(text);
    if (link) box.append(' ', el('a', { href: link.href, textContent: link.text }));
    box.hidden = false;
  }

  function query() {
    const params = new URLSearchParams(location.search);
    const out = new URLSearchParams();
    for (const key of ['from', 'to', 'scope']) if (params.get(key)) out.set(key, params.get(key));
    return out;
  }

  function cell(value, header) {
    const td = el(header ? 'th' : 'td', { textContent: value === null ? HIDDEN : String(value) });
    if (value === null) td.className = 'hidden-cell';
    return td;
  }

  function tableFor(t) {
    const head = el('tr', {}, [el('th', { scope: 'col', textContent: t.columnKind === 'week' ? 'Row' : 'Topic' })]);
    for (const c of t.columns) head.append(el('th', { scope: 'col', textContent: c.label }));
    head.append(el('th', { scope: 'col', textContent: 'Total' }));
    const body = t.rows.map((r, i) => {
      const tr = el('tr', {}, [el('th', { scope: 'row', textContent: r.label })]);
      t.cells[i].forEach((v) => tr.append(cell(v)));
      tr.append(cell(t.rowTotals[i]));
      return tr;
    });
    const foot = el('tr', {}, [el('th', { scope: 'row', textContent: 'Total' })]);
    t.columnTotals.forEach((v) => foot.append(cell(v)));
    foot.append(cell(t.total));
    const table = el('table', {}, [
      el('caption', { textContent: `${t.title}: the numbers` }),
      el('thead', {}, [head]),
      el('tbody', {}, body),
      el('tfoot', {}, [foot]),
    ]);
    // Wide tables scroll sideways; the region takes the keyboard focus to scroll.
    const region = el('div', { className: 'table-scroll', tabIndex: 0 }, [table]);
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', `${t.title}, table`);
    return region;
  }

  function chartFor(t) {
    const canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${t.title}: a chart of the table beside it`);
    const figure = el('div', { className: 'chart' }, [canvas]);
    const line = t.id === 'conversations';
    const labels = line ? t.columns.map((c) => c.label) : t.rows.map((r) => r.label);
    const data = line ? t.cells[0] || [] : t.rowTotals;
    if (!window.Chart) return figure;
    charts.push(
      new window.Chart(canvas, {
        type: line ? 'line' : 'bar',
        data: { labels, datasets: [{ label: line ? 'Conversations' : 'Total for the period', data, backgroundColor: '#1d4f91', borderColor: '#1d4f91' }] },
        options: {
          animation: false,
          maintainAspectRatio: false,
          indexAxis: line ? 'x' : 'y',
          plugins: { legend: { display: false } },
          scales: { [line ? 'y' : 'x']: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      }),
    );
    return figure;
  }

  function render(report) {
    for (const chart of charts.splice(0)) chart.destroy();
    const scope = report.scope === 'national' ? 'every organisation' : report.org.name;
    $('title').textContent = `Insight: ${scope}, ${report.from} to ${report.to}`;
    document.title = `Insight: ${scope} – Advice line console`;
    const sections = report.tables.map((t) => {
      const id = `table-${t.id}`;
      const empty = t.rows.length === 0;
      return el('section', { className: 'insight-table', id }, [
        el('h2', { textContent: t.title }),
        empty ? el('p', { textContent: 'Nothing counted in this period.' }) : el('div', { className: 'pair' }, [chartFor(t), tableFor(t)]),
      ]);
    });
    $('tables').replaceChildren(...sections);
  }

  async function load() {
    const params = query();
    const response = await fetch(`/advisor/insight/api/report?${params}`, { credentials: 'same-origin' });
    const body = await response.json().catch(() => ({}));
    if (response.status === 401) return notice('Please sign in to the console first.', { href: '/advisor', text: 'Go to the console' });
    if (!response.ok) return notice(body.error || 'The dashboard cannot be shown right now.');
    $('notice').hidden = true;
    $('period').hidden = false;
    $('from').value = body.from;
    $('to').value = body.to;
    $('scope-field').hidden = !body.nationalAllowed;
    $('scope').value = body.scope;
    const csv = new URLSearchParams({ from: body.from, to: body.to, scope: body.scope });
    $('csv').href = `/advisor/insight/report.csv?${csv}`;
    render(body);
  }

  $('period').addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ from: $('from').value, to: $('to').value, scope: $('scope').value });
    history.replaceState(null, '', `?${params}`);
    void load();
  });

  void load();
})();
