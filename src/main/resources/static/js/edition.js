// Enhancements only: every page works without this script.
(function () {
  'use strict';

  // On narrow screens a note (or an annotation's gloss) opens as the target of its reference (or mention);
  // following the reference again closes it.
  document.addEventListener('click', function (event) {
    var ref = event.target.closest && event.target.closest('a.noteref, a.mention');
    if (!ref || window.matchMedia('(min-width: 1200px)').matches) {
      return;
    }
    if (location.hash === ref.getAttribute('href')) {
      event.preventDefault();
      location.replace('#' + ref.id);
      ref.focus();
    }
  });
})();
