// College staff: my needs and a short form to post one, my matches, my proposals, my trips; the
// approval tasks too for the international office and the college leader.

import { get, post } from '../api.js';
import { language, pick, t } from '../i18n.js';
import { date, el, field, guarded, loading, section, table } from '../ui.js';
import { matchesSection, proposalsSection, tasksSection } from './shared.js';

let vocabulary = null;

async function loadVocabulary() {
  if (!vocabulary) {
    vocabulary = await get('/api/matchmaking/vocabulary');
  }
  return vocabulary;
}

function choices(terms) {
  return (terms || []).map(term => [term.code, pick(term.labels) || term.code]);
}

function needsSection(me) {
  const { section: node, body, errors } = section('needs', 'myNeeds');
  const list = el('div', { id: 'needs-list' });
  const formHolder = el('div');
  body.append(list, formHolder);

  async function load() {
    loading(list);
    const page = await guarded(errors, () => get('/api/matchmaking/needs?size=50'));
    list.replaceChildren(page ? table(page.items, [
      ['needTitle', need => pick(need.title)],
      ['sector', need => (need.sectors || []).join(', ')],
      ['country', need => (need.countries || []).join(', ')],
      ['status', need => need.status]
    ], { id: 'needs-table' }) : '');
  }

  async function buildForm() {
    const vocab = await guarded(errors, loadVocabulary);
    const formErrors = el('div', { class: 'problem', role: 'alert', id: 'need-form-errors', hidden: true });
    const done = el('p', { class: 'ok', 'aria-live': 'polite' });
    const form = el('form', { id: 'need-form', novalidate: true, 'aria-labelledby': 'need-form-heading' },
      el('h3', { id: 'need-form-heading', text: t('postNeed') }),
      formErrors,
      field('title', 'needTitle'),
      field('modes', 'mode', { choices: choices(vocab && vocab.modes) }),
      field('sectors', 'sector', { choices: choices(vocab && vocab.sectors) }),
      field('countries', 'country', { choices: choices(vocab && vocab.countries) }),
      field('languages', 'needLanguage', { choices: choices(vocab && vocab.languages), value: 'zh' }),
      field('partnerKinds', 'partnerKind', { choices: [['ENTERPRISE', t('enterprise')], ['INSTITUTION', t('institution')]] }),
      field('students', 'students', { type: 'number' }),
      field('contact.name', 'contactName', { value: me.displayName || '' }),
      field('contact.email', 'contactEmail', { type: 'email' }),
      el('button', { type: 'submit', id: 'post-need' }, t('post')),
      done);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      done.textContent = '';
      const value = name => form.elements[name].value.trim();
      const title = value('title');
      const students = value('students');
      const need = {
        title: title ? { [language()]: title } : {},
        modes: [value('modes')],
        sectors: [value('sectors')],
        countries: [value('countries')],
        languages: [value('languages')],
        partnerKinds: [value('partnerKinds')],
        students: students ? Number(students) : null,
        contact: { name: value('contact.name'), email: value('contact.email') }
      };
      const created = await guarded(formErrors, () => post('/api/matchmaking/needs', need), form);
      if (created) {
        form.elements.title.value = '';
        done.textContent = t('posted');
        load();
      }
    });
    formHolder.replaceChildren(form);
  }

  load();
  buildForm();
  return node;
}

function tripsSection() {
  const { section: node, body, errors } = section('trips', 'myTrips');
  (async () => {
    loading(body);
    const page = await guarded(errors, () => get('/api/approvals/trips?size=50'));
    body.replaceChildren(page ? table(page.items, [
      ['destinations', trip => (trip.destinations || []).join(', ')],
      ['departure', trip => date(trip.departureDate)],
      ['status', trip => trip.status],
      ['step', trip => {
        const step = (trip.steps || []).find(s => s.index === trip.currentStep);
        return trip.status === 'IN_REVIEW' && step ? step.name : '';
      }]
    ], { id: 'trips-table' }) : '');
  })();
  return node;
}

export function collegePage(me) {
  const approver = (me.positions || []).some(p => p === 'INTERNATIONAL_OFFICE' || p === 'COLLEGE_LEADER');
  return [
    approver ? tasksSection() : null,
    needsSection(me),
    matchesSection(),
    proposalsSection(me),
    tripsSection()
  ].filter(Boolean);
}
