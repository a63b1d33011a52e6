/* The regulator dashboard: every figure comes from the statistics API (/api/v1/statistics/...) with the page's
   session; the tables are the charts' text alternatives. No inline script: the staff pages' CSP forbids it. */
(function () {
  'use strict';
  var main = document.getElementById('main');
  var cfg = main.dataset;
  var config = JSON.parse(document.getElementById('dash-config').textContent);
  var T = config.texts;
  var lang = cfg.lang || 'zh-CN';
  var en = lang.indexOf('en') === 0;
  var nf = new Intl.NumberFormat(lang);
  var pf = new Intl.NumberFormat(lang, {style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2});
  var API = '/api/v1/statistics/';
  var charts = [];

  function text(key, arg) {
    var t = T[key] || key;
    return arg === undefined ? t : t.replace('{0}', arg);
  }

  function query(extra) {
    var p = new URLSearchParams();
    p.set('region', cfg.region);
    p.set('from', cfg.from);
    p.set('to', cfg.to);
    Object.keys(extra || {}).forEach(function (k) {
      if (extra[k] !== undefined && extra[k] !== null && extra[k] !== '') p.set(k, extra[k]);
    });
    return p;
  }

  function url(path, extra) {
    return API + path + '?' + query(extra).toString();
  }

  function csv(id, path, extra) {
    var a = document.getElementById(id);
    if (!a) return;
    var e = Object.assign({}, extra || {}, {format: 'csv'});
    a.href = url(path, e);
    a.setAttribute('download', '');
  }

  function get(path, extra) {
    return fetch(url(path, extra), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        return r.json().catch(function () { return null; }).then(function (body) {
          if (!r.ok) throw new Error((body && body.detail) ? body.detail + ' (' + (body.code || r.status) + ')' : String(r.status));
          return body;
        });
      });
  }

  function num(v) { return v === null || v === undefined ? '–' : nf.format(v); }
  function pct(v) { return v === null || v === undefined ? '–' : pf.format(v); }

  function cell(tr, value, cls, header) {
    var c = document.createElement(header ? 'th' : 'td');
    if (header) c.scope = 'row';
    if (cls) c.className = cls;
    c.textContent = value;
    tr.appendChild(c);
    return c;
  }

  function fill(tableId, rows) {
    var table = document.getElementById(tableId);
    if (!table) return;
    var body = table.tBodies[0];
    body.textContent = '';
    if (!rows.length) {
      var tr = document.createElement('tr');
      var td = cell(tr, text('dash.none'), 'muted');
      td.colSpan = table.tHead.rows[0].cells.length;
      body.appendChild(tr);
      return;
    }
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function kpi(name, value, formatted) {
    var el = document.getElementById('kpi-' + name);
    el.textContent = formatted;
    el.dataset.value = value === null || value === undefined ? '' : String(value);
  }

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) return;
    var c = window.echarts.init(el, null, {renderer: 'canvas', locale: en ? 'EN' : 'ZH'});
    c.setOption(option);
    charts.push(c);
  }

  var palette = ['#0b6b5d', '#1f4fa8', '#b45309'];
  var baseText = {color: '#1d2330', fontFamily: getComputedStyle(document.body).fontFamily};

  function summary(s) {
    var r = s.rows[0] || {};
    kpi('cardsIssuedToDate', r.cardsIssuedToDate, num(r.cardsIssuedToDate));
    kpi('activeCards', r.activeCards, num(r.activeCards));
    kpi('coverage', r.coverage, pct(r.coverage));
    kpi('uses', r.uses, num(r.uses));
    kpi('codeDisplays', r.codeDisplays, num(r.codeDisplays));
    kpi('crossRegionUses', r.crossRegionUses, num(r.crossRegionUses));
    document.getElementById('kpi-sub-cardsIssuedToDate').textContent = text('dash.kpi.of', s.to);
  }

  function trend(uses, displays) {
    var periods = {};
    uses.rows.forEach(function (r) { periods[r.period] = periods[r.period] || {u: 0, d: 0}; periods[r.period].u += r.uses; });
    displays.rows.forEach(function (r) { periods[r.period] = periods[r.period] || {u: 0, d: 0}; periods[r.period].d += r.displays; });
    allPeriods().forEach(function (k) { periods[k] = periods[k] || {u: 0, d: 0}; });
    var keys = Object.keys(periods).sort();
    fill('table-trend', keys.map(function (k) {
      var tr = document.createElement('tr');
      cell(tr, k, null, true);
      cell(tr, num(periods[k].u), 'num');
      cell(tr, num(periods[k].d), 'num');
      return tr;
    }));
    chart('chart-trend', {
      color: palette,
      textStyle: baseText,
      grid: {left: 56, right: 56, top: 36, bottom: 28},
      tooltip: {trigger: 'axis'},
      legend: {top: 0, data: [text('dash.chart.uses'), text('dash.chart.displays')]},
      xAxis: {type: 'category', data: keys, axisLabel: {color: '#4f5a6b'}},
      yAxis: [
        {type: 'value', name: text('dash.chart.uses'), minInterval: 1, axisLabel: {color: '#4f5a6b'}, nameTextStyle: {color: '#4f5a6b'}},
        {type: 'value', name: text('dash.chart.displays'), minInterval: 1, splitLine: {show: false}, axisLabel: {color: '#4f5a6b'}, nameTextStyle: {color: '#4f5a6b'}}
      ],
      series: [
        {name: text('dash.chart.uses'), type: 'line', smooth: false, showSymbol: keys.length < 40, areaStyle: {opacity: 0.08}, data: keys.map(function (k) { return periods[k].u; })},
        {name: text('dash.chart.displays'), type: 'line', smooth: false, yAxisIndex: 1, showSymbol: keys.length < 40, data: keys.map(function (k) { return periods[k].d; })}
      ]
    });
  }

  /** Every day or month of the period, so that days without uses show as zero rather than as gaps. */
  function allPeriods() {
    var out = [];
    if (cfg.granularity !== 'day' && cfg.granularity !== 'month') return out;
    var d = new Date(cfg.from + 'T00:00:00Z');
    var end = new Date(cfg.to + 'T00:00:00Z');
    if (isNaN(d) || isNaN(end)) return out;
    for (var i = 0; d <= end && i < 400; i++) {
      var iso = d.toISOString().slice(0, 10);
      if (cfg.granularity === 'day') {
        out.push(iso);
        d.setUTCDate(d.getUTCDate() + 1);
      } else {
        out.push(iso.slice(0, 7));
        d.setUTCMonth(d.getUTCMonth() + 1, 1);
      }
    }
    return out;
  }

  function byKey(table, field) {
    var m = {};
    table.rows.forEach(function (r) { m[r.key] = (m[r.key] || 0) + (r[field] || 0); });
    return m;
  }

  function parts(uses, displays, cards) {
    var u = byKey(uses, 'uses'), d = byKey(displays, 'displays'), issued = byKey(cards, 'issued'), active = byKey(cards, 'active');
    var list = config.parts.map(function (p) {
      return {code: p.code, name: p.name, u: u[p.code] || 0, d: d[p.code] || 0, i: issued[p.code] || 0, a: active[p.code] || 0};
    });
    fill('table-parts', list.map(function (p) {
      var tr = document.createElement('tr');
      tr.dataset.region = p.code;
      cell(tr, p.name, null, true);
      cell(tr, num(p.i), 'num');
      cell(tr, num(p.a), 'num');
      cell(tr, num(p.u), 'num');
      cell(tr, num(p.d), 'num');
      return tr;
    }));
    var shown = list.filter(function (p) { return p.u || p.d || p.i; });
    if (!shown.length) shown = list.slice(0, 6);
    chart('chart-parts', {
      color: palette,
      textStyle: baseText,
      grid: {left: 56, right: 16, top: 36, bottom: 48},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0},
      xAxis: {type: 'category', data: shown.map(function (p) { return p.name; }), axisLabel: {color: '#4f5a6b', interval: 0, rotate: shown.length > 6 ? 30 : 0}},
      yAxis: {type: 'value', minInterval: 1, axisLabel: {color: '#4f5a6b'}},
      series: [
        {name: text('dash.chart.uses'), type: 'bar', data: shown.map(function (p) { return p.u; })},
        {name: text('dash.chart.displays'), type: 'bar', data: shown.map(function (p) { return p.d; })},
        {name: text('dash.chart.cardsIssued'), type: 'bar', data: shown.map(function (p) { return p.i; })}
      ]
    });
  }

  function institutions(t) {
    fill('table-institutions', t.rows.map(function (r) {
      var tr = document.createElement('tr');
      tr.dataset.grade = String(r.grade);
      cell(tr, text('grade.' + r.grade), null, true);
      cell(tr, num(r.institutions), 'num');
      cell(tr, num(r.adopting), 'num');
      cell(tr, pct(r.share), 'num');
      return tr;
    }));
  }

  function services(t) {
    var table = document.getElementById('table-services');
    if (!table) return;
    var cities = cfg.breakdown === 'city' ? config.parts : [{code: cfg.region, name: document.querySelector('.scope').textContent}];
    var head = table.tHead.rows[0];
    while (head.cells.length > 1) head.deleteCell(1);
    cities.forEach(function (c) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.className = 'center';
      th.textContent = c.name;
      head.appendChild(th);
    });
    var share = document.createElement('th');
    share.scope = 'col';
    share.className = 'num';
    share.textContent = T['dash.col.share'] || '%';
    head.appendChild(share);
    fill('table-services', t.rows.map(function (r) {
      var inUse = (r.inUse || '').split(';');
      var tr = document.createElement('tr');
      tr.dataset.service = r.service;
      cell(tr, en ? (r.nameEn || r.name) : r.name, null, true);
      cities.forEach(function (c) {
        var yes = inUse.indexOf(c.code) >= 0;
        var td = cell(tr, yes ? '✓' : '·', yes ? 'center yes' : 'center no');
        td.title = c.name + ': ' + (yes ? text('dash.inUse') : text('dash.notInUse'));
        var sr = document.createElement('span');
        sr.className = 'visually-hidden';
        sr.textContent = yes ? text('dash.inUse') : text('dash.notInUse');
        td.textContent = '';
        var mark = document.createElement('span');
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = yes ? '✓' : '·';
        td.appendChild(mark);
        td.appendChild(sr);
      });
      cell(tr, num(r.citiesInUse) + '/' + num(r.cities) + ' ' + pct(r.share), 'num');
      return tr;
    }));
  }

  function fail(e) {
    var box = document.getElementById('dash-error');
    box.textContent = text('dash.error') + ' ' + e.message;
    box.hidden = false;
    document.getElementById('dash-status').textContent = '';
  }

  var grade = cfg.grade;
  var g = cfg.granularity;
  var part = cfg.breakdown;
  T['dash.col.share'] = T['dash.col.share'] || (en ? 'Share' : '应用率');
  csv('csv-uses-trend', 'uses', {groupBy: 'total', granularity: g, grade: grade});
  csv('csv-displays-trend', 'code-displays', {groupBy: 'total', granularity: g});
  csv('csv-institutions', 'adoption/institutions', {grade: grade});
  csv('csv-services', 'adoption/services', {});
  if (part) {
    csv('csv-parts', 'uses', {groupBy: part, grade: grade});
    csv('csv-cards', 'cards', {groupBy: part, grade: grade});
  }
  var jobs = [
    get('summary').then(summary),
    Promise.all([get('uses', {groupBy: 'total', granularity: g, grade: grade}), get('code-displays', {groupBy: 'total', granularity: g})])
      .then(function (x) { trend(x[0], x[1]); }),
    get('adoption/institutions', {grade: grade}).then(institutions)
  ];
  if (part) {
    jobs.push(Promise.all([
      get('uses', {groupBy: part, grade: grade}),
      get('code-displays', {groupBy: part}),
      get('cards', {groupBy: part, grade: grade})
    ]).then(function (x) { parts(x[0], x[1], x[2]); }));
  }
  if (cfg.services === 'true') jobs.push(get('adoption/services').then(services));
  Promise.all(jobs).then(function () {
    var status = document.getElementById('dash-status');
    status.textContent = text('dash.updated', new Date().toLocaleTimeString(lang, {hour: '2-digit', minute: '2-digit'}));
    main.dataset.loaded = 'true';
  }).catch(fail);
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
