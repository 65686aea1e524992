// Government officers: approval tasks waiting for me, trips with overdue reports, and a dashboard
// of the counts the services offer (approval statistics, matches brokered by officers).

import { get } from '../api.js';
import { t } from '../i18n.js';
import { date, el, guarded, loading, section, table } from '../ui.js';
import { tasksSection } from './shared.js';

function overdueSection() {
  const { section: node, body, errors } = section('overdue', 'overdueReports');
  (async () => {
    loading(body);
    const page = await guarded(errors, () => get('/api/approvals/reports/overdue?size=50'));
    body.replaceChildren(page ? table(page.items, [
      ['requester', trip => trip.requesterName],
      ['destinations', trip => (trip.destinations || []).join(', ')],
      ['departure', trip => date(trip.departureDate)],
      ['due', trip => date(trip.reportDueOn)]
    ], { id: 'overdue-table' }) : '');
  })();
  return node;
}

function figure(labelKey, value, id) {
  return el('div', { class: 'figure', id },
    el('span', { class: 'figure-value', text: value === undefined || value === null ? '–' : String(value) }),
    el('span', { class: 'figure-label', text: t(labelKey) }));
}

function dashboardSection() {
  const { section: node, body, errors } = section('dashboard', 'dashboard');
  (async () => {
    loading(body);
    const [stats, brokers] = await Promise.all([
      guarded(errors, () => get('/api/approvals/statistics')),
      guarded(errors, () => get('/api/matchmaking/matches/brokers'))
    ]);
    const overall = (stats && stats.overall) || {};
    const share = overall.shareDecidedWithinSla;
    body.replaceChildren(
      el('h3', { text: t('approvalStats') + (stats && stats.province ? ' (' + stats.province + ')' : '') }),
      el('div', { class: 'figures' },
        figure('trips', overall.trips, 'figure-trips'),
        figure('inReview', overall.inReview, 'figure-in-review'),
        figure('approvedCount', overall.approved, 'figure-approved'),
        figure('rejected', overall.rejected, 'figure-rejected'),
        figure('decisionsWithinSla', share === undefined || share === null ? null : Math.round(share * 100) + ' %', 'figure-sla'),
        figure('overdueReports', overall.overdueReports, 'figure-overdue')),
      el('h3', { text: t('brokerCounts') }),
      table(Array.isArray(brokers) ? brokers : [], [
        ['broker', b => b.brokerName || b.brokerUserId],
        ['count', b => b.matches]
      ], { id: 'brokers-table' }),
      el('p', { class: 'muted', text: t('dashboardNote') }));
  })();
  return node;
}

export function officerPage() {
  return [tasksSection(), overdueSection(), dashboardSection()];
}
