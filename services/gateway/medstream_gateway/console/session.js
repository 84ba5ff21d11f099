// The "Ask" view: submit a question, follow its session live, answer clarifications and
// show the answer, the table, the SQL and the charts.

import { FINAL_STATUSES, blobUrl, getJson, postJson, watchSession } from './api.js';
import { alertBox, badge, clear, describeError, h } from './dom.js';
import { formatDate, formatNumber, language, t } from './i18n.js';

/**
 * Example questions about the served warehouse, built from its catalog (GET /api/v1/catalog):
 * its busiest places and its newest year. Russian examples name the place first, so no case
 * ending is needed for a name the console has never seen.
 */
export function examplesFrom(catalog, lang) {
  const cities = catalog?.cities ?? [];
  if (!cities.length) return [];
  const year = String(catalog.last_date).slice(0, 4);
  const [first, second = first, third = second] = cities.map((city) =>
    lang === 'ru' ? city.name_ru : city.name_en,
  );
  return lang === 'ru'
    ? [
        `${first}, ${year}: топ-5 диагнозов`,
        `${second}, ${year}: сколько визитов с гриппом?`,
        `${third}, ${year}: динамика визитов по месяцам`,
      ]
    : [
        `Top-5 diagnoses in ${first} in ${year}`,
        `How many influenza visits were there in ${second} in ${year}?`,
        `Monthly trend of visits in ${third} in ${year}`,
      ];
}

const STEPS = [
  { key: 'steps.received', statuses: ['created'] },
  { key: 'steps.understanding', statuses: ['router_processing'] },
  { key: 'steps.clarifying', statuses: ['waiting_feedback'] },
  { key: 'steps.querying', statuses: ['query_processing'] },
  { key: 'steps.done', statuses: ['completed', 'error'] },
];

export function createAskView({ onUnauthorized }) {
  const form = document.getElementById('ask-form');
  const input = document.getElementById('question');
  const formError = document.getElementById('ask-error');
  const examples = document.getElementById('examples');
  const panel = document.getElementById('session-panel');

  let watcher = null;
  let followingId = null;
  let session = null;
  let mode = null;
  let chartUrls = [];
  let rendered = { clarification: null, result: null };
  let focusedRound = null;
  const parts = {
    header: h('div', { class: 'session-header' }),
    live: document.getElementById('status-live'), // in the page from the start, so it is announced
    clarification: h('div'),
    result: h('div', { class: 'session-result' }),
  };

  const handleError = (error) => {
    if (error.status === 401) onUnauthorized();
    return describeError(error);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = input.value.trim();
    formError.textContent = '';
    if (!question) {
      input.focus();
      return;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const accepted = await postJson('/api/v1/queries', { question });
      input.value = '';
      location.hash = `#/session/${encodeURIComponent(accepted.session_id)}`;
    } catch (error) {
      formError.textContent = handleError(error);
    } finally {
      button.disabled = false;
    }
  });

  let catalog = null;
  let loadingCatalog = null;
  function ensureCatalog() {
    if (catalog || loadingCatalog) return;
    loadingCatalog = getJson('/api/v1/catalog')
      .then((found) => {
        catalog = found;
        renderExamples();
      })
      .catch(() => {}) // signed out, or no catalog yet: tried again at the next render
      .finally(() => {
        loadingCatalog = null;
      });
  }

  function renderExamples() {
    ensureCatalog();
    const shown = examplesFrom(catalog, language());
    if (shown.length) input.placeholder = shown[0];
    clear(
      examples,
      shown.map((text) =>
        h('li', {}, h('button', {
          type: 'button',
          class: 'chip',
          onclick: () => {
            input.value = text;
            input.focus();
          },
        }, text)),
      ),
    );
  }

  function follow(sessionId) {
    watcher?.stop();
    followingId = sessionId;
    session = null;
    mode = null;
    rendered = { clarification: null, result: null };
    revokeCharts();
    clear(panel, h('div', { class: 'card session', 'aria-labelledby': 'session-question' },
      parts.header, parts.clarification, parts.result));
    for (const part of [parts.header, parts.clarification, parts.result]) clear(part);
    parts.live.textContent = '';
    watcher = watchSession(sessionId, {
      onUpdate: (next) => {
        session = next;
        render();
      },
      onMode: (next) => {
        mode = next;
        renderHeader();
      },
      onError: (error, fatal) => {
        if (!fatal) return; // polling keeps trying through transient errors
        const message = error.status === 404 ? t('session.notFound') : handleError(error);
        clear(panel, alertBox(message));
      },
    });
  }

  function render() {
    renderHeader();
    parts.live.textContent = t('session.statusLine', { status: t(`status.${session.status}`) });
    renderClarification();
    renderResult();
  }

  function renderHeader() {
    if (!session) return;
    const { status } = session;
    const modeText = FINAL_STATUSES.has(status) || !mode ? null : t(`session.${mode}`);
    clear(
      parts.header,
      h('div', { class: 'session-head' },
        h('div', {},
          h('p', { class: 'eyebrow' }, t('session.title')),
          h('h2', { id: 'session-question', class: 'session-question' }, session.question)),
        h('div', { class: 'session-meta' },
          badge(t(`status.${status}`), status),
          h('span', { class: 'muted' }, formatDate(session.updated_at)),
          session.iteration > 0
            ? h('span', { class: 'muted' }, t('session.round', { n: session.iteration }))
            : null,
          modeText ? h('span', { class: `mode mode-${mode}`, 'data-mode': mode }, modeText) : null)),
      steps(session),
      status === 'error'
        ? h('div', { class: 'alert alert-error', role: 'alert' },
          h('strong', {}, t('session.error')), ': ', session.error || '')
        : null,
    );
  }

  function renderClarification() {
    const waiting = session.status === 'waiting_feedback' && session.clarification;
    const round = waiting ? `${session.session_id}:${session.iteration}` : null;
    const signature = round && `${round}:${language()}`;
    if (signature === rendered.clarification) return;
    rendered.clarification = signature;
    if (!waiting) {
      clear(parts.clarification);
      return;
    }
    clear(parts.clarification, clarificationForm(session));
    if (round !== focusedRound) {
      // A new question for the person: take keyboard and screen-reader focus to it.
      focusedRound = round;
      parts.clarification.querySelector('h3').focus();
    }
  }

  function clarificationForm(current) {
    const { question, options, kind } = current.clarification;
    const status = h('p', { class: 'field-error', role: 'alert' });
    const answer = h('input', {
      id: 'clarify-answer',
      type: 'text',
      maxlength: 2000,
      autocomplete: 'off',
      'aria-describedby': 'clarify-question',
    });
    const send = async (text) => {
      const value = text.trim();
      if (!value) {
        answer.focus();
        return;
      }
      for (const button of formEl.querySelectorAll('button')) button.disabled = true;
      status.className = 'muted';
      status.textContent = t('clarify.sending');
      try {
        const path = `/api/v1/sessions/${encodeURIComponent(current.session_id)}/feedback`;
        session = await postJson(path, { answer: value });
        render();
      } catch (error) {
        status.className = 'field-error';
        status.textContent = error.status === 409 ? t('clarify.conflict') : handleError(error);
        for (const button of formEl.querySelectorAll('button')) button.disabled = false;
      }
    };
    const choices = kind === 'approval' && options.length === 0 ? [t('clarify.approve')] : options;
    const formEl = h('form', {
      class: 'clarify stack',
      'aria-labelledby': 'clarify-title',
      onsubmit: (event) => {
        event.preventDefault();
        send(answer.value);
      },
    },
    h('h3', { id: 'clarify-title', tabindex: '-1' }, t('clarify.title')),
    h('p', { id: 'clarify-question', class: 'clarify-question' }, question),
    choices.length
      ? h('div', { role: 'group', 'aria-label': t('clarify.options'), class: 'options' },
        choices.map((option) => h('button', {
          type: 'button', class: 'btn btn-option', onclick: () => send(option),
        }, option)))
      : null,
    h('div', { class: 'field' },
      h('label', { for: 'clarify-answer' }, t('clarify.own')),
      h('div', { class: 'ask-row' },
        answer, h('button', { type: 'submit', class: 'btn btn-primary' }, t('clarify.send')))),
    status);
    return formEl;
  }

  function renderResult() {
    const { result } = session;
    const signature = result ? `${session.session_id}:${session.updated_at}:${language()}` : null;
    if (signature === rendered.result) return;
    rendered.result = signature;
    revokeCharts();
    if (!result) {
      clear(parts.result);
      return;
    }
    clear(parts.result,
      h('section', { class: 'result-block', 'aria-labelledby': 'answer-title' },
        h('h3', { id: 'answer-title' }, t('result.answer')),
        h('p', { class: 'answer', id: 'answer-text' }, result.answer)),
      result.charts.length ? charts(result.charts) : null,
      table(result),
      result.sql
        ? h('details', { class: 'sql' },
          h('summary', {}, t('result.sql')),
          h('pre', { tabindex: '0' }, h('code', { id: 'result-sql' }, result.sql)))
        : null);
  }

  function charts(links) {
    return h('section', { class: 'result-block', 'aria-labelledby': 'chart-title' },
      h('h3', { id: 'chart-title' }, t('result.chart')),
      links.map((link) => {
        const figure = h('figure', { class: 'chart', 'aria-busy': 'true' });
        blobUrl(link.url)
          .then((url) => {
            chartUrls.push(url);
            const alt = t('result.chartAlt', { question: session.question });
            clear(figure, h('img', { src: url, alt, 'data-chart-id': link.id }));
          })
          .catch(() => clear(figure, h('p', { class: 'muted' }, t('result.chartFailed'))))
          .finally(() => figure.removeAttribute('aria-busy'));
        return figure;
      }));
  }

  function revokeCharts() {
    for (const url of chartUrls) URL.revokeObjectURL(url);
    chartUrls = [];
  }

  return {
    show(sessionId) {
      renderExamples();
      if (!sessionId) this.stop();
      else if (sessionId !== followingId) follow(sessionId);
    },
    stop() {
      watcher?.stop();
      watcher = null;
      followingId = null;
      session = null;
      revokeCharts();
      clear(panel);
      parts.live.textContent = '';
    },
    relabel() {
      renderExamples();
      if (!session) return;
      rendered = { clarification: null, result: null };
      render();
    },
  };
}

const CLARIFY_STEP = STEPS.findIndex((step) => step.statuses.includes('waiting_feedback'));

function steps({ status, iteration }) {
  const index = STEPS.findIndex((step) => step.statuses.includes(status));
  return h('ol', { class: 'steps', 'aria-label': t('steps.label') },
    STEPS.map((step, i) => h('li', {
      class: `step step-${stepState(i, index, status, iteration)}`,
      'aria-current': i === index ? 'step' : null,
    }, t(step.key))));
}

function stepState(i, index, status, iteration) {
  if (i === index && status === 'error') return 'failed';
  // No clarification was needed: that step was passed over, not done.
  if (i === CLARIFY_STEP && iteration === 0 && index > i) return 'skipped';
  if (i < index || (i === index && FINAL_STATUSES.has(status))) return 'done';
  return i === index ? 'current' : 'todo';
}

function table(result) {
  const { columns, rows } = result;
  if (!rows.length) return h('p', { class: 'muted' }, t('result.noRows'));
  const numeric = columns.map((_, i) => rows.every((row) => typeof row[i] === 'number' || row[i] === null));
  return h('section', { class: 'result-block', 'aria-labelledby': 'table-title' },
    h('h3', { id: 'table-title' }, t('result.table'), ' ',
      h('span', { class: 'muted count' }, t('result.rows', { n: rows.length }))),
    h('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'table-title' },
      h('table', { class: 'data', id: 'result-table' },
        h('thead', {}, h('tr', {}, columns.map((column, i) => (
          h('th', { scope: 'col', class: numeric[i] ? 'num' : null }, column))))),
        h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell) => cellFor(cell))))))));
}

function cellFor(value) {
  if (typeof value === 'number') return h('td', { class: 'num' }, formatNumber(value));
  return h('td', {}, value === null ? '—' : String(value));
}
