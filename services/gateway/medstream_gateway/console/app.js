// The console's entry point: sign-in, hash routes (#/ask, #/session/<id>, #/report,
// #/report/<id>, #/history, #/alerts) and the language toggle.

import { createAlertsView } from './alerts.js';
import { auth, getJson } from './api.js';
import { describeError } from './dom.js';
import { createHistoryView } from './history.js';
import { applyTranslations, language, setLanguage, t } from './i18n.js';
import { createReportView } from './report.js';
import { createAskView } from './session.js';

const nav = document.getElementById('nav');
const signOutButton = document.getElementById('sign-out');
const langToggle = document.getElementById('lang-toggle');
const signinForm = document.getElementById('signin-form');
const signinError = document.getElementById('signin-error');
const keyInput = document.getElementById('api-key');
const main = document.getElementById('main');

const onUnauthorized = () => signOut('signin.expired');
const views = {
  ask: createAskView({ onUnauthorized }),
  report: createReportView({ onUnauthorized }),
  history: createHistoryView({ onUnauthorized }),
  alerts: createAlertsView({ onUnauthorized }),
};
const sections = {
  signin: document.getElementById('view-signin'),
  ask: document.getElementById('view-ask'),
  report: document.getElementById('view-report'),
  history: document.getElementById('view-history'),
  alerts: document.getElementById('view-alerts'),
};
let currentView = null;

function parseRoute() {
  const [name, id] = location.hash.replace(/^#\/?/, '').split('/');
  const param = id ? decodeURIComponent(id) : null;
  if (name === 'session') return { view: 'ask', param };
  if (name === 'report' || name === 'history' || name === 'alerts') return { view: name, param };
  return { view: 'ask', param: null };
}

function route() {
  if (location.hash && !location.hash.startsWith('#/')) return; // in-page anchors
  const signedIn = Boolean(auth.key);
  const { view, param } = signedIn ? parseRoute() : { view: 'signin', param: null };
  const changed = view !== currentView;
  if (changed) views[currentView]?.hide?.(); // a view leaving the screen stops refreshing
  currentView = view;
  for (const [name, section] of Object.entries(sections)) section.hidden = name !== view;
  nav.hidden = !signedIn;
  signOutButton.hidden = !signedIn;
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.route === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (view === 'signin') {
    keyInput.focus();
    return;
  }
  views[view].show(param);
  // Moving between sections: start the keyboard and screen reader at the section heading.
  if (changed) visibleHeading(sections[view])?.focus({ preventScroll: true });
}

function visibleHeading(section) {
  return [...section.querySelectorAll('h1')].find((heading) => heading.offsetParent !== null);
}

signinForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const key = keyInput.value.trim();
  signinError.textContent = '';
  keyInput.removeAttribute('aria-invalid');
  if (!key) {
    keyInput.focus();
    return;
  }
  const button = signinForm.querySelector('button[type="submit"]');
  button.disabled = true;
  signinError.textContent = t('signin.checking');
  try {
    // Any authenticated read tells whether the key is accepted.
    await getJson('/api/v1/sessions?limit=1', { key });
    auth.set(key);
    keyInput.value = '';
    signinError.textContent = '';
    currentView = null;
    route();
  } catch (error) {
    signinError.textContent = error.status === 401 ? t('signin.refused') : describeError(error);
    keyInput.setAttribute('aria-invalid', 'true');
    keyInput.focus();
  } finally {
    button.disabled = false;
  }
});

function signOut(reason) {
  auth.clear();
  for (const view of Object.values(views)) view.stop();
  currentView = null;
  if (location.hash !== '#/ask' && location.hash) history.replaceState(null, '', '#/ask');
  route();
  if (reason) signinError.textContent = t(reason);
}

signOutButton.addEventListener('click', () => signOut(null));

function relabel() {
  applyTranslations();
  langToggle.lang = language() === 'en' ? 'ru' : 'en';
  for (const view of Object.values(views)) view.relabel();
}

langToggle.addEventListener('click', () => {
  setLanguage(language() === 'en' ? 'ru' : 'en');
  relabel();
});

document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

for (const section of Object.values(sections)) section.querySelector('h1')?.setAttribute('tabindex', '-1');
window.addEventListener('hashchange', route);
relabel();
route();
