// The "Alerts" view: surveillance alerts (GET /api/v1/alerts), newest window first,
// filterable by status, diagnosis group and city, each with a small chart of the observed
// count against the expected count and the threshold. Refreshed every 30 s while shown.

import { getJson, withQuery } from './api.js';
import { alertBox, badge, clear, describeError, h } from './dom.js';
import { formatNumber, language, t } from './i18n.js';

const GROUPS = ['influenza_ari', 'pneumonia', 'covid', 'gastroenteritis'];
const LIMIT = 200;
const REFRESH_MS = 30_000;
const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 24 * 3600 * 1000;

export function createAlertsView({ onUnauthorized }) {
  const root = document.getElementById('alerts-list');
  const summary = document.getElementById('alerts-summary');
  const statusFilter = document.getElementById('alerts-status');
  const groupFilter = document.getElementById('alerts-group');
  const cityFilter = document.getElementById('alerts-city');
  let page = null;
  let error = null;
  let loading = false;
  let generation = 0;
  let timer = null;
  let cityNames = new Map(); // value -> {en, ru}, from the warehouse's catalog
  const seenCities = new Set();

  async function load({ quiet = false } = {}) {
    const mine = ++generation;
    loading = !quiet;
    if (!quiet) render();
    try {
      const result = await getJson(withQuery('/api/v1/alerts', {
        status: statusFilter.value, group: groupFilter.value, city: cityFilter.value, limit: LIMIT,
      }));
      if (mine !== generation) return;
      page = result;
      error = null;
      for (const item of result.items) seenCities.add(item.city);
    } catch (caught) {
      if (mine !== generation) return;
      if (caught.status === 401) onUnauthorized();
      error = caught;
    }
    loading = false;
    fillCities();
    render();
  }

  async function loadCityNames() {
    try {
      const catalog = await getJson('/api/v1/catalog');
      cityNames = new Map(catalog.cities.map((city) => [city.value, { en: city.name_en, ru: city.name_ru }]));
      fillCities();
      render();
    } catch {
      // No catalog yet (503) or none at all: cities are shown as the alerts name them.
    }
  }

  function cityLabel(value) {
    return cityNames.get(value)?.[language()] || value;
  }

  function fillFilters() {
    fill(statusFilter, [['', t('alerts.statusAll')], ['open', t('alerts.status.open')],
      ['closed', t('alerts.status.closed')]]);
    fill(groupFilter, [['', t('alerts.groupAll')], ...GROUPS.map((group) => [group, t(`group.${group}`)])]);
    fillCities();
  }

  function fillCities() {
    const values = [...new Set([...cityNames.keys(), ...seenCities])]
      .sort((a, b) => cityLabel(a).localeCompare(cityLabel(b), language()));
    fill(cityFilter, [['', t('alerts.cityAll')], ...values.map((value) => [value, cityLabel(value)])]);
  }

  function render() {
    clear(summary, page?.as_of
      ? t('alerts.asOf', { day: formatDay(addDays(page.as_of, -1)), days: page.open_days })
      : null);
    const items = page?.items ?? [];
    clear(root,
      error ? alertBox(describeError(error)) : null,
      loading && !items.length ? h('p', { class: 'muted' }, t('history.loading')) : null,
      !loading && !error && page && !items.length ? h('p', { class: 'muted' }, t('alerts.empty')) : null,
      items.length ? alertTable(items) : null);
  }

  function alertTable(items) {
    return [
      legend(),
      h('div', {
        class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'alerts-title',
      },
        h('table', { class: 'data alerts-table', id: 'alerts-table' },
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, t('alerts.col.city')),
            h('th', { scope: 'col' }, t('alerts.col.group')),
            h('th', { scope: 'col' }, t('alerts.col.window')),
            h('th', { scope: 'col', class: 'num' }, t('alerts.observed')),
            h('th', { scope: 'col', class: 'num' }, t('alerts.expected')),
            h('th', { scope: 'col', class: 'num' }, t('alerts.threshold')),
            h('th', { scope: 'col' }, t('alerts.col.chart')),
            h('th', { scope: 'col' }, t('alerts.col.method')),
            h('th', { scope: 'col' }, t('alerts.col.status')))),
          h('tbody', {}, items.map((item) => h('tr', { 'data-alert-id': item.alert_id },
            h('td', {}, cityLabel(item.city)),
            h('td', {}, t(`group.${item.group}`)),
            h('td', {}, windowText(item)),
            h('td', { class: 'num strong' }, formatNumber(item.observed)),
            h('td', { class: 'num' }, formatNumber(item.expected)),
            h('td', { class: 'num' }, formatNumber(item.threshold)),
            h('td', {}, miniChart(item)),
            h('td', {}, h('code', { class: 'nowrap' }, item.method)),
            h('td', {}, badge(t(`alerts.status.${item.status}`), `alert-${item.status}`))))))),
    ];
  }

  function stopRefresh() {
    clearInterval(timer);
    timer = null;
  }

  for (const select of [statusFilter, groupFilter, cityFilter]) {
    select.addEventListener('change', () => load());
  }
  fillFilters();

  return {
    show() {
      stopRefresh();
      if (!cityNames.size) loadCityNames();
      load();
      timer = setInterval(() => {
        if (!document.hidden) load({ quiet: true });
      }, REFRESH_MS);
    },
    stop() {
      stopRefresh();
      generation += 1;
      page = null;
      seenCities.clear();
    },
    hide: stopRefresh,
    relabel() {
      fillFilters();
      render();
    },
  };
}

function fill(select, options) {
  const selected = select.value;
  clear(select, options.map(([value, label]) => h('option', { value }, label)));
  select.value = options.some(([value]) => value === selected) ? selected : '';
}

function legend() {
  return h('p', { class: 'chart-legend', 'aria-hidden': 'true' },
    h('span', { class: 'key key-expected' }), t('alerts.expected'), ' ',
    h('span', { class: 'key key-observed' }), t('alerts.observed'), ' ',
    h('span', { class: 'key key-above' }), t('alerts.aboveThreshold'), ' ',
    h('span', { class: 'key key-threshold' }), t('alerts.threshold'));
}

/** Observed and expected as two bars on one scale, the threshold as a dashed line. */
export function miniChart({ observed, expected, threshold }) {
  const width = 160;
  const left = 2;
  const span = width - 2 * left;
  const top = Math.max(observed, expected, threshold, 1) * 1.08;
  const x = (value) => left + (span * value) / top;
  const node = (tag, attrs, ...children) => {
    const el = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
    el.append(...children);
    return el;
  };
  const label = t('alerts.chartLabel', {
    observed: formatNumber(observed), expected: formatNumber(expected), threshold: formatNumber(threshold),
  });
  return node('svg', {
    class: 'alert-chart', viewBox: `0 0 ${width} 36`, width, height: 36, role: 'img', 'aria-label': label,
  },
    node('title', {}, label),
    node('rect', { class: 'bar-expected', x: left, y: 4, width: Math.max(x(expected) - left, 1), height: 11, rx: 2 }),
    node('rect', {
      class: observed > threshold ? 'bar-observed bar-above' : 'bar-observed',
      x: left, y: 20, width: Math.max(x(observed) - left, 1), height: 11, rx: 2,
    }),
    node('line', { class: 'threshold', x1: x(threshold), x2: x(threshold), y1: 1, y2: 35 }));
}

function windowText(item) {
  const last = addDays(item.window_end, -1);
  const days = Math.round((Date.parse(item.window_end) - Date.parse(item.window_start)) / DAY_MS);
  const range = last === item.window_start ? formatDay(last) : formatDays(item.window_start, last);
  return h('span', {}, h('time', { datetime: item.window_start, class: 'nowrap' }, range),
    h('span', { class: 'muted nowrap' }, ` · ${t('alerts.days', { n: days })}`));
}

function addDays(isoDay, days) {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function dayFormat() {
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeZone: 'UTC' });
}

function formatDay(isoDay) {
  return dayFormat().format(new Date(`${isoDay}T00:00:00Z`));
}

/** "Mar 2 – 8, 2026", "2–8 мар. 2026 г.": the locale's own way to write a range. */
function formatDays(first, last) {
  return dayFormat().formatRange(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
}
