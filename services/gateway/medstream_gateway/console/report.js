// The "Report" view: a form for the report request, then the report itself once the
// reports service has written it (polled every second while it is pending).

import { getJson, postJson } from './api.js';
import { alertBox, badge, clear, describeError, h } from './dom.js';
import { formatDate, formatNumber, language, t } from './i18n.js';

const POLL_MS = 1000;
const LISTS = ['complaints', 'history', 'medications', 'allergies'];
const NUMBERS = [
  'patient.age', 'patient.height_cm', 'patient.weight_kg', 'vitals.systolic_bp', 'vitals.diastolic_bp',
  'vitals.heart_rate', 'vitals.temperature_c', 'vitals.respiratory_rate', 'vitals.spo2',
];
const EXAMPLE = {
  'patient.age': 67, 'patient.sex': 'M', 'patient.height_cm': 178, 'patient.weight_kg': 92,
  complaints: 'shortness of breath\nchest tightness', history: 'hypertension', medications: 'lisinopril',
  allergies: '', 'vitals.systolic_bp': 190, 'vitals.diastolic_bp': 120, 'vitals.heart_rate': 118,
  'vitals.temperature_c': 39.8, 'vitals.respiratory_rate': 28, 'vitals.spo2': 88,
  labs: 'glucose 14.2 mmol/L\ncreatinine 140 µmol/L',
};

class FormProblem extends Error {
  constructor(errors) {
    super('invalid form');
    this.errors = errors;
  }
}

export function createReportView({ onUnauthorized }) {
  const formCard = document.getElementById('report-form-card');
  const form = document.getElementById('report-form');
  const formError = document.getElementById('report-form-error');
  const panel = document.getElementById('report-panel');
  let timer = null;
  let report = null;
  let shownId = null;
  let focusPending = false;

  const handleError = (error) => {
    if (error.status === 401) onUnauthorized();
    return describeError(error);
  };

  document.getElementById('report-example').addEventListener('click', () => {
    for (const [name, value] of Object.entries(EXAMPLE)) form.elements[name].value = value;
    form.elements.language.value = language();
    clearFieldErrors();
  });

  // A corrected field stops being marked as wrong as soon as it changes.
  form.addEventListener('input', (event) => {
    if (event.target.getAttribute('aria-invalid') === 'true') clearFieldError(event.target);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const accepted = await postJson('/api/v1/reports', readForm());
      location.hash = `#/report/${encodeURIComponent(accepted.report_id)}`;
    } catch (error) {
      if (error instanceof FormProblem || error.status === 422) showFieldErrors(error.errors);
      else clear(formError, alertBox(handleError(error)));
    } finally {
      button.disabled = false;
    }
  });

  function readForm() {
    const value = (name) => form.elements[name].value.trim();
    const body = { language: value('language'), patient: {}, vitals: {}, labs: [] };
    for (const name of NUMBERS) {
      if (value(name) !== '') setPath(body, name, Number(value(name)));
    }
    if (value('patient.sex')) body.patient.sex = value('patient.sex');
    for (const name of LISTS) body[name] = lines(value(name));
    const problems = [];
    lines(value('labs')).forEach((line, i) => {
      const match = /^(.+?)\s+(-?\d+(?:[.,]\d+)?)\s+(\S+)$/.exec(line);
      if (match) {
        body.labs.push({ name: match[1], value: Number(match[2].replace(',', '.')), unit: match[3] });
      }
      else problems.push({ field: 'labs', message: t('report.labsLine', { n: i + 1 }) });
    });
    if (problems.length) throw new FormProblem(problems);
    return body;
  }

  function showFieldErrors(errors) {
    const items = [];
    for (const { field, message } of errors) {
      const input = fieldFor(field);
      const label = input ? labelText(input) : field;
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        const id = `${input.id}-error`;
        if (!document.getElementById(id)) {
          input.closest('.field').append(h('p', { class: 'field-error', id }, message));
          const described = input.getAttribute('aria-describedby') || '';
          input.setAttribute('aria-describedby', `${described} ${id}`.trim());
        }
      }
      const text = `${label}: ${message}`;
      items.push(h('li', {},
        input ? h('a', { href: `#${input.id}`, onclick: focusField(input) }, text) : text));
    }
    const summary = h('div', { class: 'alert alert-error', role: 'alert', tabindex: '-1' },
      h('strong', {}, t('report.invalid')), h('ul', {}, items));
    clear(formError, summary);
    summary.focus();
  }

  function fieldFor(field) {
    // "labs.0.value" → the labs textarea; "patient.age" → that input.
    const parts = field.split('.');
    for (let n = parts.length; n > 0; n -= 1) {
      const element = form.elements[parts.slice(0, n).join('.')];
      if (element instanceof HTMLElement) return element;
    }
    return null;
  }

  function clearFieldErrors() {
    clear(formError);
    for (const input of form.querySelectorAll('[aria-invalid="true"]')) clearFieldError(input);
  }

  async function load(reportId) {
    clearTimeout(timer);
    try {
      report = await getJson(`/api/v1/reports/${encodeURIComponent(reportId)}`);
    } catch (error) {
      if (shownId !== reportId) return;
      clear(panel, alertBox(error.status === 404 ? t('report.notFound') : handleError(error)));
      if (error.status === 0 || error.status >= 500) timer = setTimeout(() => load(reportId), POLL_MS);
      return;
    }
    if (shownId !== reportId) return;
    renderReport();
    if (focusPending) {
      // The form is gone and the report is the page now: start reading at its heading.
      focusPending = false;
      document.getElementById('report-heading').focus();
    }
    if (report.status === 'pending') timer = setTimeout(() => load(reportId), POLL_MS);
  }

  function renderReport() {
    clear(panel, reportCard(report));
  }

  return {
    show(reportId) {
      clearTimeout(timer);
      shownId = reportId || null;
      formCard.hidden = Boolean(reportId);
      if (!reportId) {
        report = null;
        clear(panel);
        return;
      }
      if (report?.report_id !== reportId) {
        focusPending = true;
        clear(panel, h('p', { class: 'muted' }, t('history.loading')));
      }
      load(reportId);
    },
    stop() {
      clearTimeout(timer);
      shownId = null;
      report = null;
      clear(panel);
    },
    relabel() {
      if (report && shownId) renderReport();
    },
  };
}

function reportCard(report) {
  const head = h('div', { class: 'card-head' },
    h('div', {},
      h('p', { class: 'report-id' }, report.report_id),
      h('h1', { id: 'report-heading', tabindex: '-1' }, t('report.heading'))),
    h('div', { class: 'session-meta' },
      badge(t(`report.status.${report.status}`), report.status),
      report.created_at ? h('span', { class: 'muted' }, formatDate(report.created_at)) : null,
      h('a', { href: '#/report', class: 'btn btn-secondary' }, t('report.new'))));
  const status = h('p', { class: 'sr-only', role: 'status' }, t(`report.status.${report.status}`));
  if (report.status === 'pending') {
    return h('article', { class: 'card report', 'aria-busy': 'true', 'aria-labelledby': 'report-heading' },
      head, status,
      h('p', { class: 'pending' },
        h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('report.pending')));
  }
  if (report.status === 'failed') {
    return h('article', { class: 'card report', 'aria-labelledby': 'report-heading' },
      head, status, alertBox(`${t('report.failed')}: ${report.reason || ''}`));
  }
  return h('article', { class: 'card report', 'aria-labelledby': 'report-heading' },
    head, status,
    report.red_flags.length
      ? h('section', { class: 'red-flags', 'aria-labelledby': 'red-flags-title' },
        h('h3', { id: 'red-flags-title' },
          h('span', { 'aria-hidden': 'true', class: 'flag-icon' }, '!'), t('report.redFlags')),
        h('ul', {}, report.red_flags.map((flag) => h('li', {}, flag))))
      : null,
    section('summary', t('report.summary'), h('p', {}, report.summary)),
    section('findings', t('report.findings'), findingsTable(report.findings)),
    section('assessment', t('report.assessment'), h('p', {}, report.assessment)),
    report.recommendations.length
      ? section('recommendations', t('report.recommendations'),
        h('ul', {}, report.recommendations.map((item) => h('li', {}, item))))
      : null,
    h('footer', { class: 'report-footer' },
      report.disclaimer ? h('p', { class: 'disclaimer' }, report.disclaimer) : null,
      report.engine ? h('p', { class: 'muted' }, t('report.engine', { engine: report.engine })) : null));
}

function section(id, title, body) {
  return h('section', { class: 'result-block', 'aria-labelledby': `report-${id}` },
    h('h3', { id: `report-${id}` }, title), body);
}

function findingsTable(findings) {
  if (!findings.length) return h('p', { class: 'muted' }, t('report.noFindings'));
  const headers = ['finding.name', 'finding.value', 'finding.severity', 'finding.evidence'];
  const region = { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'report-findings' };
  return h('div', region,
    h('table', { class: 'data findings' },
      h('thead', {}, h('tr', {}, headers.map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, findings.map((finding) => h('tr', { class: finding.out_of_range ? 'out-of-range' : null },
        h('th', { scope: 'row' }, finding.name),
        h('td', { class: 'num' }, measurement(finding)),
        h('td', {},
          badge(t(`severity.${finding.severity}`), `severity-${finding.severity}`),
          finding.out_of_range ? h('span', { class: 'oor' }, t('finding.outOfRange')) : null),
        h('td', {}, finding.evidence))))));
}

function clearFieldError(input) {
  input.removeAttribute('aria-invalid');
  const message = document.getElementById(`${input.id}-error`);
  if (!message) return;
  message.remove();
  const rest = input.getAttribute('aria-describedby').replace(message.id, '').trim();
  if (rest) input.setAttribute('aria-describedby', rest);
  else input.removeAttribute('aria-describedby');
}

function measurement({ value, unit }) {
  const parts = [typeof value === 'number' ? formatNumber(value) : value, unit];
  return parts.filter((part) => part !== null && part !== undefined && part !== '').join(' ') || '—';
}

function lines(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

function setPath(target, path, value) {
  const [head, tail] = path.split('.');
  target[head][tail] = value;
}

function labelText(input) {
  const label = input.labels?.[0] ?? document.getElementById(input.getAttribute('aria-labelledby'));
  return label ? label.textContent.trim() : input.name;
}

function focusField(input) {
  return (event) => {
    event.preventDefault();
    input.focus();
  };
}
