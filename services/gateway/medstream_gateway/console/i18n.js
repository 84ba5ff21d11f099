// English and Russian strings of the console, and the helpers that apply them.
//
// Static markup names its strings with data-i18n (text), data-i18n-placeholder and
// data-i18n-label (aria-label); code calls t(key, values).

const STRINGS = {
  en: {
    'page.title': 'medstream console',
    'skip': 'Skip to content',
    'brand.sub': 'Medical analytics',
    'nav.label': 'Sections',
    'nav.ask': 'Ask',
    'nav.report': 'Report',
    'nav.history': 'History',
    'lang.switch': 'Русский',
    'lang.switchLabel': 'Переключить интерфейс на русский',
    'signout': 'Sign out',

    'signin.title': 'Sign in',
    'signin.lead': 'Use the API key your administrator gave you. It stays in this browser tab only.',
    'signin.key': 'API key',
    'signin.submit': 'Sign in',
    'signin.checking': 'Checking the key…',
    'signin.refused': 'The API key was refused. Check it and try again.',
    'signin.expired': 'Your key is no longer accepted. Sign in again.',

    'ask.title': 'Ask a question',
    'ask.lead': 'Ask about visits, diagnoses, costs and trends in plain English or Russian.',
    'ask.question': 'Your question',
    'ask.placeholder': 'Ask about visits, diagnoses, departments or costs',
    'ask.submit': 'Ask',
    'ask.examples': 'Examples',
    'ask.sending': 'Sending…',

    'session.title': 'Question',
    'session.round': 'Clarification round {n}',
    'session.live': 'Live updates',
    'session.polling': 'Checking every second',
    'session.statusLine': 'Status: {status}',
    'session.error': 'The question could not be answered',
    'session.notFound': 'This session does not exist or is not yours.',
    'status.created': 'Received',
    'status.router_processing': 'Understanding the question',
    'status.waiting_feedback': 'Waiting for your answer',
    'status.query_processing': 'Running the query',
    'status.completed': 'Completed',
    'status.error': 'Failed',
    'steps.label': 'Progress',
    'steps.received': 'Received',
    'steps.understanding': 'Understanding',
    'steps.clarifying': 'Your answer',
    'steps.querying': 'Querying',
    'steps.done': 'Done',

    'clarify.title': 'A question for you',
    'clarify.options': 'Pick an answer',
    'clarify.own': 'Or write your own answer',
    'clarify.send': 'Send answer',
    'clarify.sending': 'Sending your answer…',
    'clarify.approve': 'Approve',
    'clarify.conflict': 'This question was already answered; showing the latest state.',

    'result.answer': 'Answer',
    'result.table': 'Result table',
    'result.rows': '{n} rows',
    'result.noRows': 'The query returned no rows.',
    'result.sql': 'SQL that was run',
    'result.chart': 'Chart',
    'result.chartAlt': 'Chart for: {question}',
    'result.chartFailed': 'The chart could not be loaded.',

    'report.title': 'Request a medical report',
    'report.lead': 'Structured findings, red flags and recommendations for a clinician to review.',
    'report.example': 'Fill in an example',
    'report.language': 'Report language',
    'report.patient': 'Patient',
    'report.age': 'Age, years',
    'report.sex': 'Sex',
    'report.sexChoose': 'Choose…',
    'report.male': 'Male',
    'report.female': 'Female',
    'report.height': 'Height, cm',
    'report.weight': 'Weight, kg',
    'report.anamnesis': 'Complaints and history',
    'report.listHint': 'One item per line.',
    'report.complaints': 'Complaints',
    'report.history': 'History',
    'report.medications': 'Medications',
    'report.allergies': 'Allergies',
    'report.vitals': 'Vital signs',
    'report.systolic': 'Systolic BP, mmHg',
    'report.diastolic': 'Diastolic BP, mmHg',
    'report.heartRate': 'Heart rate, /min',
    'report.temperature': 'Temperature, °C',
    'report.respiratory': 'Respiratory rate, /min',
    'report.spo2': 'SpO₂, %',
    'report.labs': 'Laboratory results',
    'report.labsHint': 'One per line: name, value, unit — for example “glucose 14.2 mmol/L”.',
    'report.labsLine': 'Laboratory results, line {n}: write a name, a number and a unit.',
    'report.submit': 'Request report',
    'report.sending': 'Sending…',
    'report.invalid': 'Please correct the highlighted fields.',
    'report.new': 'New report',
    'report.heading': 'Medical report',
    'report.pending': 'The report is being written…',
    'report.failed': 'The report could not be written',
    'report.notFound': 'This report does not exist or is not yours.',
    'report.redFlags': 'Red flags',
    'report.summary': 'Summary',
    'report.findings': 'Findings',
    'report.noFindings': 'No findings.',
    'report.assessment': 'Assessment',
    'report.recommendations': 'Recommendations',
    'report.engine': 'Engine: {engine}',
    'report.status.pending': 'Being written',
    'report.status.ready': 'Ready',
    'report.status.failed': 'Failed',
    'finding.name': 'Finding',
    'finding.value': 'Value',
    'finding.severity': 'Severity',
    'finding.evidence': 'Evidence',
    'finding.outOfRange': 'out of range',
    'severity.info': 'info',
    'severity.low': 'low',
    'severity.moderate': 'moderate',
    'severity.high': 'high',
    'severity.critical': 'critical',

    'history.title': 'History',
    'history.sessions': 'Past questions',
    'history.reports': 'Past reports',
    'history.filter': 'Status',
    'history.all': 'All',
    'history.more': 'Load more',
    'history.emptySessions': 'No questions yet.',
    'history.emptyReports': 'No reports yet.',
    'history.reportItem': 'Report {id}',
    'history.loading': 'Loading…',

    'error.network': 'Cannot reach the gateway. Check your connection and try again.',
    'error.rateLimited': 'Too many requests. Try again in {seconds} s.',
    'error.generic': 'Something went wrong: {detail}',
  },
  ru: {
    'page.title': 'Консоль medstream',
    'skip': 'Перейти к содержимому',
    'brand.sub': 'Медицинская аналитика',
    'nav.label': 'Разделы',
    'nav.ask': 'Вопрос',
    'nav.report': 'Заключение',
    'nav.history': 'История',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch the interface to English',
    'signout': 'Выйти',

    'signin.title': 'Вход',
    'signin.lead': 'Введите API-ключ, выданный администратором. Он хранится только в этой вкладке.',
    'signin.key': 'API-ключ',
    'signin.submit': 'Войти',
    'signin.checking': 'Проверяем ключ…',
    'signin.refused': 'API-ключ не принят. Проверьте его и попробуйте снова.',
    'signin.expired': 'Ключ больше не принимается. Войдите снова.',

    'ask.title': 'Задайте вопрос',
    'ask.lead': 'Спрашивайте о визитах, диагнозах, затратах и динамике на русском или английском.',
    'ask.question': 'Ваш вопрос',
    'ask.placeholder': 'Спросите о визитах, диагнозах, отделениях или стоимости',
    'ask.submit': 'Спросить',
    'ask.examples': 'Примеры',
    'ask.sending': 'Отправляем…',

    'session.title': 'Вопрос',
    'session.round': 'Уточнение {n}',
    'session.live': 'Обновления в реальном времени',
    'session.polling': 'Проверка каждую секунду',
    'session.statusLine': 'Статус: {status}',
    'session.error': 'Не удалось ответить на вопрос',
    'session.notFound': 'Такой сессии нет или она не ваша.',
    'status.created': 'Получен',
    'status.router_processing': 'Разбираем вопрос',
    'status.waiting_feedback': 'Ждём вашего ответа',
    'status.query_processing': 'Выполняем запрос',
    'status.completed': 'Готово',
    'status.error': 'Ошибка',
    'steps.label': 'Ход выполнения',
    'steps.received': 'Получен',
    'steps.understanding': 'Разбор',
    'steps.clarifying': 'Ваш ответ',
    'steps.querying': 'Запрос',
    'steps.done': 'Готово',

    'clarify.title': 'Уточняющий вопрос',
    'clarify.options': 'Выберите ответ',
    'clarify.own': 'Или напишите свой ответ',
    'clarify.send': 'Отправить ответ',
    'clarify.sending': 'Отправляем ответ…',
    'clarify.approve': 'Подтвердить',
    'clarify.conflict': 'На этот вопрос уже ответили; показано текущее состояние.',

    'result.answer': 'Ответ',
    'result.table': 'Таблица результата',
    'result.rows': 'Строк: {n}',
    'result.noRows': 'Запрос не вернул строк.',
    'result.sql': 'Выполненный SQL',
    'result.chart': 'График',
    'result.chartAlt': 'График по вопросу: {question}',
    'result.chartFailed': 'Не удалось загрузить график.',

    'report.title': 'Запросить медицинское заключение',
    'report.lead': 'Структурированные находки, тревожные признаки и рекомендации для врача.',
    'report.example': 'Заполнить примером',
    'report.language': 'Язык заключения',
    'report.patient': 'Пациент',
    'report.age': 'Возраст, лет',
    'report.sex': 'Пол',
    'report.sexChoose': 'Выберите…',
    'report.male': 'Мужской',
    'report.female': 'Женский',
    'report.height': 'Рост, см',
    'report.weight': 'Вес, кг',
    'report.anamnesis': 'Жалобы и анамнез',
    'report.listHint': 'По одному пункту в строке.',
    'report.complaints': 'Жалобы',
    'report.history': 'Анамнез',
    'report.medications': 'Препараты',
    'report.allergies': 'Аллергии',
    'report.vitals': 'Показатели',
    'report.systolic': 'Систолическое АД, мм рт. ст.',
    'report.diastolic': 'Диастолическое АД, мм рт. ст.',
    'report.heartRate': 'ЧСС, уд/мин',
    'report.temperature': 'Температура, °C',
    'report.respiratory': 'ЧДД, в мин',
    'report.spo2': 'SpO₂, %',
    'report.labs': 'Анализы',
    'report.labsHint': 'По одному в строке: название, значение, единица — например «glucose 14.2 mmol/L».',
    'report.labsLine': 'Анализы, строка {n}: укажите название, число и единицу.',
    'report.submit': 'Запросить заключение',
    'report.sending': 'Отправляем…',
    'report.invalid': 'Исправьте отмеченные поля.',
    'report.new': 'Новое заключение',
    'report.heading': 'Медицинское заключение',
    'report.pending': 'Заключение готовится…',
    'report.failed': 'Не удалось подготовить заключение',
    'report.notFound': 'Такого заключения нет или оно не ваше.',
    'report.redFlags': 'Тревожные признаки',
    'report.summary': 'Кратко',
    'report.findings': 'Находки',
    'report.noFindings': 'Находок нет.',
    'report.assessment': 'Оценка',
    'report.recommendations': 'Рекомендации',
    'report.engine': 'Движок: {engine}',
    'report.status.pending': 'Готовится',
    'report.status.ready': 'Готово',
    'report.status.failed': 'Ошибка',
    'finding.name': 'Показатель',
    'finding.value': 'Значение',
    'finding.severity': 'Важность',
    'finding.evidence': 'Обоснование',
    'finding.outOfRange': 'вне нормы',
    'severity.info': 'справка',
    'severity.low': 'низкая',
    'severity.moderate': 'умеренная',
    'severity.high': 'высокая',
    'severity.critical': 'критическая',

    'history.title': 'История',
    'history.sessions': 'Прошлые вопросы',
    'history.reports': 'Прошлые заключения',
    'history.filter': 'Статус',
    'history.all': 'Все',
    'history.more': 'Показать ещё',
    'history.emptySessions': 'Вопросов пока нет.',
    'history.emptyReports': 'Заключений пока нет.',
    'history.reportItem': 'Заключение {id}',
    'history.loading': 'Загрузка…',

    'error.network': 'Шлюз недоступен. Проверьте подключение и попробуйте снова.',
    'error.rateLimited': 'Слишком много запросов. Повторите через {seconds} с.',
    'error.generic': 'Что-то пошло не так: {detail}',
  },
};

const STORAGE_KEY = 'medstream.lang';
let current = initialLanguage();

function initialLanguage() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && saved in STRINGS) return saved;
  return navigator.language?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function language() {
  return current;
}

/** The string `key` in the current language, with `{name}` placeholders filled in. */
export function t(key, values = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** Switches the language, remembers it and re-labels the static markup under `root`. */
export function setLanguage(lang, root = document) {
  if (!(lang in STRINGS)) return;
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  applyTranslations(root);
}

export function applyTranslations(root = document) {
  document.documentElement.lang = current;
  document.title = t('page.title');
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  }
}

export function formatDate(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value) {
  return new Intl.NumberFormat(current, { maximumFractionDigits: 2 }).format(value);
}
