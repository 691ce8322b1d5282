// Enhancements only: every page works without this script.
(function () {
  'use strict';

  // "/" puts the cursor in the search box, as on many reading sites, unless the reader is already typing.
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var active = document.activeElement;
    if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) {
      return;
    }
    var box = document.getElementById('site-search');
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

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

  // Stepping through a search's matches: "Match 2 of 5", previous and next, starting in the passage landed on.
  var nav = document.querySelector('.match-nav');
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark[id^="m"]'));
  if (!nav || marks.length === 0) {
    return;
  }
  var current = nav.querySelector('.match-current');
  var previous = nav.querySelector('.match-previous');
  var next = nav.querySelector('.match-next');
  var index = 0;
  var landed = location.hash ? document.getElementById(location.hash.substring(1)) : null;
  if (landed) {
    var inside = marks.findIndex(function (mark) {
      return landed.contains(mark) || (landed.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    index = inside < 0 ? 0 : inside;
  }

  function show(position, scroll) {
    marks[index].classList.remove('is-current');
    index = (position + marks.length) % marks.length;
    var mark = marks[index];
    mark.classList.add('is-current');
    current.textContent = String(index + 1);
    previous.setAttribute('href', '#' + marks[(index - 1 + marks.length) % marks.length].id);
    next.setAttribute('href', '#' + marks[(index + 1) % marks.length].id);
    if (scroll) {
      mark.scrollIntoView({ block: 'center' });
    }
  }

  show(index, false);
  previous.addEventListener('click', function (event) {
    event.preventDefault();
    show(index - 1, true);
  });
  next.addEventListener('click', function (event) {
    event.preventDefault();
    show(index + 1, true);
  });
})();
