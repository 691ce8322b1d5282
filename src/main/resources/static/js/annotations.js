// Enhancements only: the annotation switch works without this script (CSS reads the checkbox with :has()).
// This remembers the reader's choice and turns hidden mentions into plain text (no link to a hidden gloss).
// A second tap on a mention closes its gloss on narrow screens through edition.js, as for notes.
(function () {
  'use strict';

  var KEY = 'edition.annotations';
  var toggle = document.getElementById('show-annotations');
  if (!toggle) {
    return;
  }

  function remember(value) {
    try {
      localStorage.setItem(KEY, value);
    } catch (e) {
      // Storage may be refused (private windows); the switch still works for this page.
    }
  }

  function apply() {
    document.querySelectorAll('a.mention').forEach(function (mention) {
      if (toggle.checked && mention.dataset.href) {
        mention.setAttribute('href', mention.dataset.href);
      } else if (!toggle.checked && mention.hasAttribute('href')) {
        mention.dataset.href = mention.getAttribute('href');
        mention.removeAttribute('href');
      }
    });
  }

  try {
    if (localStorage.getItem(KEY) === 'hidden') {
      toggle.checked = false;
    }
  } catch (e) {
    // as above: without storage the default, shown, stands
  }
  apply();
  toggle.addEventListener('change', function () {
    remember(toggle.checked ? 'shown' : 'hidden');
    apply();
  });
})();
