// Enhancements only: the annotation switch works without this script (CSS reads the checkbox with :has()). This
// remembers the reader's choice, and takes the links off mentions while their glosses are hidden.
(() => {
  'use strict';

  const toggle = document.getElementById('show-annotations');

  function apply() {
    document.querySelectorAll('a.mention').forEach((mention) => {
      if (toggle.checked && mention.dataset.href) {
        mention.setAttribute('href', mention.dataset.href);
      } else if (!toggle.checked && mention.hasAttribute('href')) {
        mention.dataset.href = mention.getAttribute('href');
        mention.removeAttribute('href');
      }
    });
  }

  // Storage may be refused (private windows): then the default, shown, stands, and the switch works for this page.
  try {
    toggle.checked = localStorage.getItem('edition.annotations') !== 'hidden';
  } catch (e) {}
  apply();
  toggle.addEventListener('change', () => {
    try {
      localStorage.setItem('edition.annotations', toggle.checked ? 'shown' : 'hidden');
    } catch (e) {}
    apply();
  });
})();
