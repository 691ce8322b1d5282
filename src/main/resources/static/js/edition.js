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
})();
