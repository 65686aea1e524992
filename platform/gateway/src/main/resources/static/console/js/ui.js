// Small DOM helpers: elements, sections with a heading, tables, forms with fields, and Problem
// Details shown next to the form or list that caused them.

import { t } from './i18n.js';

let unique = 0;

/** el('button', {type: 'button', onclick: f}, 'text', child, ...) */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** A section with an h2 heading, an area for errors and a body; answers {section, body, errors}. */
export function section(id, titleKey) {
  const headingId = id + '-heading';
  const errors = el('div', { class: 'problem', role: 'alert', id: id + '-errors', hidden: true });
  const body = el('div', { class: 'section-body', id: id + '-body' });
  const node = el('section', { id, 'aria-labelledby': headingId },
    el('h2', { id: headingId, text: t(titleKey) }), errors, body);
  return { section: node, body, errors };
}

export function loading(body) {
  body.replaceChildren(el('p', { class: 'muted', text: t('loading') }));
}

/** A table of rows; columns are [labelKey, row => text or node]. */
export function table(rows, columns, attrs) {
  if (!rows || rows.length === 0) {
    return el('p', { class: 'muted empty', text: t('empty') });
  }
  return el('table', attrs || {},
    el('thead', {}, el('tr', {}, columns.map(([key]) => el('th', { scope: 'col', text: key ? t(key) : '' })))),
    el('tbody', {}, rows.map(row => el('tr', {}, columns.map(([, cell]) => el('td', {}, cell(row)))))));
}

/** A labelled input or select; options are [value, label] pairs. */
export function field(name, labelKey, options) {
  const id = 'f' + (++unique) + '-' + name;
  const { type = 'text', required = false, choices = null, value = '' } = options || {};
  let control;
  if (choices) {
    control = el('select', { id, name, required },
      choices.map(([v, label]) => el('option', { value: v, selected: v === value, text: label })));
  } else {
    control = el('input', { id, name, type, required, value, autocomplete: type === 'password' ? 'current-password' : 'off' });
  }
  return el('div', { class: 'field', 'data-field': name },
    el('label', { for: id, text: t(labelKey) }), control,
    el('span', { class: 'field-error', id: id + '-error', 'aria-live': 'polite' }));
}

export function button(labelKey, onclick, attrs) {
  return el('button', Object.assign({ type: 'button', onclick }, attrs || {}), t(labelKey));
}

/** Clears what showProblem put in the area and the form. */
export function clearProblem(area, form) {
  area.hidden = true;
  area.replaceChildren();
  if (form) {
    for (const span of form.querySelectorAll('.field-error')) {
      span.textContent = '';
    }
    for (const control of form.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid');
    }
  }
}

/**
 * Shows an ApiError's Problem Details in the area: title, detail, and each field error (also next
 * to the form's field of that name, matched on the part before any '[' or '.').
 */
export function showProblem(area, error, form) {
  clearProblem(area, form);
  const problem = (error && error.problem) || { title: t('error'), detail: String(error) };
  const items = [];
  const fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
  for (const fe of fieldErrors) {
    items.push(el('li', { class: 'field-problem', 'data-field': fe.field || '' }, (fe.field ? fe.field + ': ' : '') + (fe.message || '')));
    if (form && fe.field) {
      const base = fe.field.split(/[.[]/)[0];
      const holder = form.querySelector('.field[data-field="' + base + '"]') || form.querySelector('.field[data-field="' + fe.field + '"]');
      if (holder) {
        holder.querySelector('.field-error').textContent = fe.message || '';
        const control = holder.querySelector('input, select, textarea');
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', holder.querySelector('.field-error').id);
      }
    }
  }
  for (const v of Array.isArray(problem.violations) ? problem.violations : []) {
    items.push(el('li', {}, v.message || v.rule));
  }
  area.append(el('strong', { class: 'problem-title', text: problem.title || t('error') }));
  // the detail repeats the field errors when there are some: then the list says it
  if (problem.detail && items.length === 0) {
    area.append(el('p', { class: 'problem-detail', text: problem.detail }));
  }
  if (items.length > 0) {
    area.append(el('p', { text: t('fieldErrors') }), el('ul', {}, items));
  }
  area.hidden = false;
}

/** Runs an action, showing its error in the area; answers its result or undefined. */
export async function guarded(area, action, form) {
  try {
    const result = await action();
    clearProblem(area, form);
    return result;
  } catch (error) {
    showProblem(area, error, form);
    return undefined;
  }
}

export function date(value) {
  return value ? String(value).slice(0, 10) : '';
}
