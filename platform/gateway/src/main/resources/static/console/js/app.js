// The console: sign-in, then the page for the user's role, in the chosen language.

import { get, signIn, signOut, signedIn, whenSignedOut } from './api.js';
import { LANGUAGES, language, setLanguage, t } from './i18n.js';
import { el, field, guarded } from './ui.js';
import { collegePage } from './pages/college.js';
import { officerPage } from './pages/officer.js';
import { organizerPage } from './pages/organizer.js';
import { partnerPage } from './pages/partner.js';

const header = document.getElementById('header');
const main = document.getElementById('main');
let me = null;
let streams = new AbortController();

function languageSwitch() {
  const select = el('select', { id: 'language', name: 'language' },
    LANGUAGES.map(([code, name]) => el('option', { value: code, lang: code, selected: code === language(), text: name })));
  select.addEventListener('change', () => {
    setLanguage(select.value);
    render();
  });
  return el('div', { class: 'language' }, el('label', { for: 'language', text: t('language') }), select);
}

function renderHeader() {
  document.title = t('appTitle');
  header.replaceChildren(
    el('h1', { text: t('appTitle') }),
    languageSwitch(),
    me ? el('div', { class: 'who' },
      el('span', { id: 'who' }, t('signedInAs') + ': ' + (me.displayName || me.username) + ' · ' + (me.organizationName || '')),
      el('button', { type: 'button', id: 'sign-out', onclick: async () => {
        me = null;
        await signOut();
        render();
      } }, t('signOut'))) : null);
}

function renderSignIn() {
  main.dataset.page = 'sign-in';
  const errors = el('div', { class: 'problem', role: 'alert', id: 'signin-errors', hidden: true });
  const form = el('form', { id: 'signin-form', 'aria-labelledby': 'signin-heading' },
    el('h2', { id: 'signin-heading', text: t('signIn') }), errors,
    field('username', 'username', { required: true }),
    field('password', 'password', { type: 'password', required: true }),
    el('button', { type: 'submit', id: 'sign-in' }, t('signIn')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const user = await guarded(errors,
      () => signIn(form.elements.username.value.trim(), form.elements.password.value), form);
    if (user) {
      me = user;
      render();
    }
  });
  main.replaceChildren(form);
  form.elements.username.focus();
}

function pageFor(profile) {
  const roles = profile.roles || [];
  if (roles.includes('COLLEGE')) {
    return ['college', collegePage(profile)];
  }
  if (roles.includes('ENTERPRISE') || roles.includes('INSTITUTION')) {
    return ['partner', partnerPage(profile, streams.signal)];
  }
  if (roles.includes('GOV_OFFICER')) {
    return ['officer', officerPage(profile)];
  }
  if (roles.includes('FORUM_ORGANIZER')) {
    return ['organizer', organizerPage(profile)];
  }
  return ['none', [el('p', { text: t('noPage') })]];
}

async function render() {
  streams.abort();
  streams = new AbortController();
  if (signedIn() && !me) {
    const errors = el('div', { class: 'problem', role: 'alert', hidden: true });
    main.replaceChildren(errors);
    me = await guarded(errors, () => get('/api/auth/me')) || null;
  }
  renderHeader();
  if (!me || !signedIn()) {
    me = null;
    renderHeader();
    renderSignIn();
    return;
  }
  const [name, sections] = pageFor(me);
  main.dataset.page = name;
  main.replaceChildren(...sections);
}

whenSignedOut(() => {
  me = null;
  render();
});
setLanguage(language());
render();
