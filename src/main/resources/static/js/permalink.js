// On a permalink page, bring what was linked into view: a marked quote, else the paragraph or page marker (setting the
// fragment scrolls to it and lets :target mark it, as a plain #p11 link would). Loaded only by permalink pages, with
// the notice that leads there without JavaScript.
(() => {
  'use strict';

  const notice = document.querySelector('[data-permalink-target]');
  const target = notice && document.getElementById(notice.dataset.permalinkTarget);
  const quote = target && target.querySelector('mark');
  if (quote) {
    quote.scrollIntoView({ block: 'center' });
  } else if (target && !location.hash) {
    location.replace('#' + target.id);
  }
})();
