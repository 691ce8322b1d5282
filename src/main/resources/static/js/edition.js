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
})();
