// A tiny element builder. Text always goes in as text nodes, never as HTML, so nothing the
// API returns can inject markup.

import { t } from './i18n.js';

/**
 * h('p', {class: 'x', onclick: fn}, 'text', child) → <p class="x">text…</p>.
 * Attributes: `on*` functions become listeners, `true` sets a boolean attribute, `false`,
 * null and undefined are skipped. Children: nodes, strings, numbers, arrays; null is skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A user-facing sentence for an ApiError (or any error). */
export function describeError(error) {
  if (error?.status === 0) return t('error.network');
  if (error?.status === 429) return t('error.rateLimited', { seconds: error.retryAfter || '?' });
  return t('error.generic', { detail: error?.detail || error?.message || String(error) });
}

export function alertBox(message) {
  return h('div', { class: 'alert alert-error', role: 'alert' }, message);
}

/** A status pill; `kind` picks the colour (a session status, a report status, a severity). */
export function badge(text, kind) {
  return h('span', { class: `badge badge-${kind}` }, text);
}
