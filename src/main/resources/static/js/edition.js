// Enhancements only: every page works without this script.
(() => {
  'use strict';

  // "/" puts the cursor in the search box, as on many reading sites, unless the reader is already typing.
  document.addEventListener('keydown', (event) => {
    const box = document.getElementById('site-search');
    const active = document.activeElement;
    if (event.key === '/' && !(event.ctrlKey || event.metaKey || event.altKey) && box
        && !(active?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active?.tagName))) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  // Suggestions as the reader types load with the first use of a search box, so pages that are only read do not
  // carry them.
  document.addEventListener('focusin', (event) => {
    if (event.target.matches?.('input[type=search][name=q]') && !document.getElementById('suggest-script')) {
      const script = document.createElement('script');
      script.id = 'suggest-script';
      script.src = '/js/suggest.js';
      document.head.append(script);
    }
  });

  // Linking, quoting and citing (share.js) load with the reader's first touch, key, selection or focus: every one of
  // them starts with one of those, and a page that is only read does not carry them. A click on a paragraph number
  // that comes before the script has arrived waits for it and is then passed on, so the first one copies too.
  const shareScript = document.querySelector('meta[name=share-script]')?.content;
  let share;
  const loadShare = () => share ||= new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = shareScript;
    script.onload = script.onerror = resolve;
    document.head.append(script);
  });
  if (shareScript && document.querySelector('details.cite[open]')) {
    // A permalink page opens its citations at once, and their Copy buttons belong with them from the start.
    loadShare();
  } else if (shareScript) {
    ['pointerdown', 'keydown', 'selectionchange', 'focusin'].forEach((type) =>
      document.addEventListener(type, loadShare, { once: true, passive: true }));
  }
  if (shareScript) {
    document.addEventListener('click', (event) => {
      const number = event.target.closest('.paragraph-number');
      if (number && !document.documentElement.dataset.share && event.button === 0
          && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
        event.preventDefault();
        loadShare().then(() => number.click());
      }
    });
  }
})();
