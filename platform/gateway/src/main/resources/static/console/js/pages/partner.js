// Enterprises and institutions: my subscriptions, my matches, new matches live from the stream,
// proposals to sign.

import { get, stream } from '../api.js';
import { pick, t } from '../i18n.js';
import { el, guarded, loading, section, showProblem, table } from '../ui.js';
import { matchesSection, proposalsSection } from './shared.js';

function subscriptionsSection() {
  const { section: node, body, errors } = section('subscriptions', 'mySubscriptions');
  (async () => {
    loading(body);
    const page = await guarded(errors, () => get('/api/matchmaking/subscriptions?size=50'));
    body.replaceChildren(page ? table(page.items, [
      ['needTitle', s => s.name],
      ['sector', s => (s.sectors || []).join(', ')],
      ['country', s => (s.countries || []).join(', ')],
      ['status', s => s.status]
    ], { id: 'subscriptions-table' }) : '');
  })();
  return node;
}

/** Reads /api/matchmaking/stream with fetch; every "match" event is listed, newest first. */
function liveSection(signal) {
  const { section: node, body, errors } = section('live', 'liveMatches');
  const state = el('p', { class: 'muted', id: 'live-state', 'aria-live': 'polite', text: t('loading') });
  const list = el('ul', { id: 'live-list' });
  body.append(state, list);
  stream('/api/matchmaking/stream', (type, data) => {
    if (type === 'connected') {
      state.textContent = t('streamConnected');
      return;
    }
    let text = type;
    try {
      const event = JSON.parse(data);
      const title = pick(event.needTitle) || pick(event.offerTitle) || event.matchId || event.id || '';
      text = type + ': ' + title + (event.score !== undefined ? ' (' + t('score') + ' ' + Number(event.score).toFixed(2) + ')' : '');
    } catch (ignored) {
      text = type + ': ' + data;
    }
    list.prepend(el('li', { text }));
  }, signal).then(() => {
    state.textContent = t('streamClosed');
  }, error => {
    if (!signal.aborted) {
      state.textContent = t('streamClosed');
      showProblem(errors, error);
    }
  });
  return node;
}

export function partnerPage(me, signal) {
  return [subscriptionsSection(), matchesSection(), liveSection(signal), proposalsSection(me, 'proposalsToSign')];
}
