// The "History" view: the person's past questions (filterable by status) and reports,
// newest first, a page at a time.

import { getJson, withQuery } from './api.js';
import { alertBox, badge, clear, describeError, h } from './dom.js';
import { formatDate, t } from './i18n.js';

const PAGE = 20;
const STATUSES = [
  'created', 'router_processing', 'waiting_feedback', 'query_processing', 'completed', 'error',
];

export function createHistoryView({ onUnauthorized }) {
  const filter = document.getElementById('history-status');
  const sessions = pagedList({
    root: document.getElementById('history-sessions'),
    path: () => withQuery('/api/v1/sessions', { limit: PAGE, status: filter.value }),
    empty: 'history.emptySessions',
    item: (session) => h('a', {
      href: `#/session/${encodeURIComponent(session.session_id)}`, class: 'list-link',
    },
      h('span', { class: 'list-title' }, session.question),
      h('span', { class: 'list-meta' },
        badge(t(`status.${session.status}`), session.status),
        h('time', { datetime: session.updated_at }, formatDate(session.updated_at)))),
    onUnauthorized,
  });
  const reports = pagedList({
    root: document.getElementById('history-reports'),
    path: () => withQuery('/api/v1/reports', { limit: PAGE }),
    empty: 'history.emptyReports',
    item: (report) => h('a', {
      href: `#/report/${encodeURIComponent(report.report_id)}`, class: 'list-link',
    },
      h('span', { class: 'list-title' },
        report.summary || t('history.reportItem', { id: report.report_id.slice(0, 8) })),
      h('span', { class: 'list-meta' },
        badge(t(`report.status.${report.status}`), report.status),
        report.red_flags?.length
          ? badge(`${t('report.redFlags')}: ${report.red_flags.length}`, 'severity-critical')
          : null,
        report.created_at
          ? h('time', { datetime: report.created_at }, formatDate(report.created_at))
          : null)),
    onUnauthorized,
  });

  function fillFilter() {
    const selected = filter.value;
    clear(filter,
      h('option', { value: '' }, t('history.all')),
      STATUSES.map((status) => h('option', { value: status }, t(`status.${status}`))));
    filter.value = selected;
  }

  filter.addEventListener('change', () => sessions.reload());
  fillFilter();

  return {
    show() {
      sessions.reload();
      reports.reload();
    },
    stop() {},
    relabel() {
      fillFilter();
      sessions.render();
      reports.render();
    },
  };
}

/** A list that loads a page, then more pages by the API's next_cursor. */
function pagedList({ root, path, empty, item, onUnauthorized }) {
  let items = [];
  let cursor = null;
  let error = null;
  let loading = false;
  let generation = 0;

  async function load(reset) {
    const mine = reset ? ++generation : generation;
    const before = items.length;
    loading = true;
    if (reset) {
      items = [];
      cursor = null;
    }
    error = null;
    render();
    try {
      const page = await getJson(reset ? path() : withQuery(path(), { cursor }));
      if (mine !== generation) return;
      items = items.concat(page.items);
      cursor = page.next_cursor;
    } catch (caught) {
      if (mine !== generation) return;
      if (caught.status === 401) onUnauthorized();
      error = caught;
    }
    loading = false;
    render();
    // "Load more" is gone now: keep keyboard focus on the first of the new entries.
    if (!reset) root.querySelectorAll('.list-link')[before]?.focus();
  }

  function render() {
    clear(root,
      items.length ? h('ul', { class: 'list' }, items.map((entry) => h('li', {}, item(entry)))) : null,
      !items.length && !loading && !error ? h('p', { class: 'muted' }, t(empty)) : null,
      loading ? h('p', { class: 'muted' }, t('history.loading')) : null,
      error ? alertBox(describeError(error)) : null,
      cursor && !loading
        ? h('button', {
          type: 'button', class: 'btn btn-secondary', onclick: () => load(false),
        }, t('history.more'))
        : null);
  }

  return { reload: () => load(true), render };
}
