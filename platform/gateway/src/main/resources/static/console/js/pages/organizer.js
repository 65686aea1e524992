// Forum organizers: my forums (drafts and published), a short form for a draft, publish, and the
// registrations of a forum.

import { get, post } from '../api.js';
import { language, pick, t } from '../i18n.js';
import { button, date, el, field, guarded, loading, section, table } from '../ui.js';

export function organizerPage(me) {
  const { section: node, body, errors } = section('forums', 'myForums');
  const list = el('div', { id: 'forums-list' });
  const registrations = el('div', { id: 'registrations' });
  body.append(list, registrations);

  async function load() {
    loading(list);
    const [drafts, published] = await Promise.all([
      guarded(errors, () => get('/api/forums?status=DRAFT&size=50')),
      guarded(errors, () => get('/api/forums?size=50'))
    ]);
    const mine = [...((drafts && drafts.items) || []), ...((published && published.items) || [])]
      .filter(forum => forum.organizerOrganizationId === me.organizationId);
    list.replaceChildren(table(mine, [
      ['forumTitle', forum => pick(forum.title)],
      ['city', forum => forum.city + ', ' + forum.country],
      ['startsOn', forum => date(forum.startsOn)],
      ['status', forum => forum.status],
      ['', forum => el('div', { class: 'row-actions' },
        forum.status === 'DRAFT' ? button('publish', async () => {
          if (await guarded(errors, () => post('/api/forums/' + forum.id + '/publish'))) {
            load();
          }
        }, { class: 'publish' }) : null,
        button('registrations', () => showRegistrations(forum), { class: 'show-registrations' }))]
    ], { id: 'forums-table' }));
  }

  async function showRegistrations(forum) {
    loading(registrations);
    const page = await guarded(errors, () => get('/api/forums/' + forum.id + '/registrations?size=100'));
    registrations.replaceChildren(el('h3', { text: t('registrations') + ': ' + pick(forum.title) }),
      page ? table(page.items, [
        ['organization', r => r.organizationId],
        ['contactName', r => r.lead ? r.lead.name : ''],
        ['seats', r => r.seats],
        ['status', r => r.status]
      ], { id: 'registrations-table' }) : '');
  }

  const formErrors = el('div', { class: 'problem', role: 'alert', id: 'forum-form-errors', hidden: true });
  const form = el('form', { id: 'forum-form', novalidate: true, 'aria-labelledby': 'forum-form-heading' },
    el('h3', { id: 'forum-form-heading', text: t('createForum') }), formErrors,
    field('title', 'forumTitle'), field('city', 'city'), field('country', 'country', { value: 'CN' }),
    field('startsOn', 'startsOn', { type: 'date' }), field('endsOn', 'endsOn', { type: 'date' }),
    field('capacity', 'capacity', { type: 'number', value: '100' }),
    el('button', { type: 'submit', id: 'create-forum' }, t('create')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = name => form.elements[name].value.trim();
    const title = value('title');
    const startsOn = value('startsOn') || null;
    const forum = {
      title: title ? { [language()]: title } : null,
      city: value('city') || null,
      country: value('country') || null,
      languages: ['zh', 'en'],
      startsOn,
      endsOn: value('endsOn') || null,
      // registration opens now and closes when the forum starts
      registrationOpensAt: new Date().toISOString(),
      registrationClosesAt: startsOn ? startsOn + 'T00:00:00Z' : null,
      capacity: Number(value('capacity') || 0),
      sessions: []
    };
    if (await guarded(formErrors, () => post('/api/forums', forum), form)) {
      form.reset();
      load();
    }
  });
  body.append(form);
  load();
  return [node];
}
