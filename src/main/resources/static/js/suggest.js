// Suggestions as you type, for every search box of the page: names and terms of the index and words of the letters,
// from /api/suggest, in a list the box controls (the WAI-ARIA combobox pattern: arrow keys move through the list,
// Enter follows the suggestion, Escape closes it). Loaded by edition.js when a search box is first used; without it
// the boxes are ordinary search forms.
(() => {
  'use strict';

  const cache = new Map();
  let count = 0;

  function enhance(box) {
    if (box.dataset.suggest) {
      return;
    }
    box.dataset.suggest = 'on';
    const id = 'suggestions-' + (++count);
    const list = document.createElement('ul');
    list.id = id;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    const status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    // The list hangs under the box itself, not under its form (which may hold more fields below it).
    const field = document.createElement('span');
    field.className = 'suggest-field';
    const focused = document.activeElement === box;
    box.before(field);
    field.append(box, list, status);
    if (focused) {
      box.focus();
    }
    box.setAttribute('role', 'combobox');
    box.setAttribute('aria-autocomplete', 'list');
    box.setAttribute('aria-expanded', 'false');
    box.setAttribute('aria-controls', id);
    let active = -1;
    let items = [];
    let timer;
    let request;

    function close() {
      list.hidden = true;
      box.setAttribute('aria-expanded', 'false');
      box.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function select(position) {
      const options = list.children;
      if (!options.length) {
        return;
      }
      active = (position + options.length) % options.length;
      [...options].forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
      box.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }

    function show(suggestions) {
      items = suggestions;
      list.replaceChildren(...suggestions.map((suggestion, i) => {
        const option = document.createElement('li');
        option.id = id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const text = document.createElement('span');
        text.textContent = suggestion.text;
        const kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        kind.textContent = suggestion.kind === 'word' ? 'word' : suggestion.kind;
        option.append(text, ' ', kind);
        option.addEventListener('click', () => go(i));
        return option;
      }));
      active = -1;
      box.removeAttribute('aria-activedescendant');
      const open = suggestions.length > 0 && document.activeElement === box;
      list.hidden = !open;
      box.setAttribute('aria-expanded', String(open));
      status.textContent = open ? suggestions.length + (suggestions.length === 1 ? ' suggestion' : ' suggestions') : '';
    }

    function go(i) {
      location.assign(items[i].url);
    }

    function fetchFor(typed) {
      if (cache.has(typed)) {
        show(cache.get(typed));
        return;
      }
      request?.abort();
      request = new AbortController();
      fetch('/api/suggest?q=' + encodeURIComponent(typed), { signal: request.signal })
        .then((response) => response.ok ? response.json() : { suggestions: [] })
        .then((answer) => {
          cache.set(typed, answer.suggestions);
          if (box.value === typed) {
            show(answer.suggestions);
          }
        })
        .catch(() => {});
    }

    box.addEventListener('input', () => {
      clearTimeout(timer);
      const typed = box.value;
      if (typed.trim().length < 2) {
        show([]);
        return;
      }
      timer = setTimeout(() => fetchFor(typed), 120);
    });
    box.addEventListener('keydown', (event) => {
      const open = !list.hidden;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!open && items.length) {
          list.hidden = false;
          box.setAttribute('aria-expanded', 'true');
        }
        select(active < 0 && event.key === 'ArrowUp' ? -1 : active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        go(active);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });
    box.addEventListener('blur', close);
    // A click on a suggestion must not blur the box first, which would close the list under the pointer.
    list.addEventListener('mousedown', (event) => event.preventDefault());
    if (box.value.trim().length >= 2 && document.activeElement === box) {
      fetchFor(box.value);
    }
  }

  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/css/suggest.css';
  document.head.append(style);
  document.querySelectorAll('input[type=search][name=q]').forEach(enhance);
})();
