// Sections more than one page shows: matches with accept/decline, proposals with signing in turn,
// approval tasks with approve/reject.

import { get, post } from '../api.js';
import { pick, t } from '../i18n.js';
import { button, date, el, field, guarded, loading, section, showProblem, table } from '../ui.js';

const DECLINE_REASONS = ['NOT_RELEVANT', 'CAPACITY_MISMATCH', 'TIMING', 'LANGUAGE', 'FUNDING', 'ALREADY_PARTNERED', 'OTHER'];

/** My matches: the other side's title, score, status; accept or decline (with a reason) while SUGGESTED. */
export function matchesSection() {
  const { section: node, body, errors } = section('matches', 'myMatches');
  async function load() {
    loading(body);
    const page = await guarded(errors, () => get('/api/matchmaking/matches?size=50'));
    if (!page) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(table(page.items, [
      ['matchNeed', m => pick(m.needTitle)],
      ['matchPartner', m => pick(m.offerTitle) || m.partnerOrganizationId],
      ['score', m => Number(m.score).toFixed(2)],
      ['status', m => m.status],
      ['', m => actions(m)]
    ], { id: 'matches-table' }));
  }
  function actions(match) {
    const mine = match.yourSide === 'COLLEGE' ? match.college : match.yourSide === 'PARTNER' ? match.partner : null;
    if (match.status !== 'SUGGESTED' || (mine && mine.decision)) {
      return mine && mine.decision ? mine.decision : '';
    }
    const reason = field('reason', 'declineReason', { choices: DECLINE_REASONS.map(r => [r, r]) });
    return el('div', { class: 'row-actions' },
      button('accept', async () => {
        if (await guarded(errors, () => post('/api/matchmaking/matches/' + match.id + '/accept'))) {
          load();
        }
      }, { class: 'accept' }),
      reason,
      button('decline', async () => {
        const code = reason.querySelector('select').value;
        if (await guarded(errors, () => post('/api/matchmaking/matches/' + match.id + '/decline', { reason: code }))) {
          load();
        }
      }, { class: 'decline' }));
  }
  load();
  return node;
}

/** My organization's proposals; Sign when my organization is the next signer. */
export function proposalsSection(me, titleKey) {
  const { section: node, body, errors } = section('proposals', titleKey || 'myProposals');
  async function load() {
    loading(body);
    const page = await guarded(errors, () => get('/api/proposals?size=50'));
    if (!page) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(table(page.items, [
      ['needTitle', p => pick(p.title)],
      ['status', p => p.status],
      ['nextSigner', p => p.nextSigner === me.organizationId ? t('yourTurn') : (p.nextSigner || '')],
      ['', p => p.nextSigner === me.organizationId && p.status !== 'CONCLUDED'
        ? button('sign', async () => {
          if (await guarded(errors, () => post('/api/proposals/' + p.id + '/sign'))) {
            load();
          }
        }, { class: 'sign' })
        : '']
    ], { id: 'proposals-table' }));
  }
  load();
  return node;
}

/** Approval tasks waiting for me: approve, or reject with a reason (required). */
export function tasksSection() {
  const { section: node, body, errors } = section('tasks', 'approvalTasks');
  async function load() {
    loading(body);
    const page = await guarded(errors, () => get('/api/approvals/tasks?size=50'));
    if (!page) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(table(page.items, [
      ['requester', task => task.requesterName],
      ['destinations', task => (task.destinations || []).join(', ')],
      ['departure', task => date(task.departureDate)],
      ['step', task => task.stepName],
      ['due', task => date(task.dueAt) + (task.overdue ? ' (' + t('overdue') + ')' : '')],
      ['', task => decision(task)]
    ], { id: 'tasks-table' }));
  }
  function decision(task) {
    const form = el('form', { class: 'row-actions', 'data-trip': task.tripId });
    const reason = field('reason', 'rejectReason');
    const decide = (action) => async () => {
      const text = reason.querySelector('input').value.trim();
      if (action === 'REJECT' && !text) {
        showProblem(errors, { problem: { title: t('rejectReason'), errors: [{ field: 'reason', message: t('rejectReason') + ' ✱' }] } }, form);
        return;
      }
      const bodyOf = action === 'APPROVE' ? { action } : { action, reason: text };
      if (await guarded(errors, () => post('/api/approvals/trips/' + task.tripId + '/decisions', bodyOf), form)) {
        load();
      }
    };
    form.addEventListener('submit', event => event.preventDefault());
    form.append(button('approve', decide('APPROVE'), { class: 'approve' }), reason,
      button('reject', decide('REJECT'), { class: 'reject' }));
    return form;
  }
  load();
  return node;
}
