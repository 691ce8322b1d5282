// Stepping through a search's matches on the reading page: "Match 2 of 5", previous and next, starting in the passage
// landed on. Loaded only with a search's matches; without it the links still step, by their fragments.
(() => {
  'use strict';

  const nav = document.querySelector('.match-nav');
  const marks = [...document.querySelectorAll('mark[id^="m"]')];
  if (!nav || !marks.length) {
    return;
  }
  const current = nav.querySelector('.match-current');
  const previous = nav.querySelector('.match-previous');
  const next = nav.querySelector('.match-next');
  const landed = location.hash && document.getElementById(location.hash.substring(1));
  let index = Math.max(0, landed ? marks.findIndex((mark) => landed.contains(mark)
    || landed.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) : 0);

  function show(position, scroll) {
    marks[index].classList.remove('is-current');
    index = (position + marks.length) % marks.length;
    marks[index].classList.add('is-current');
    current.textContent = index + 1;
    previous.href = '#' + marks[(index - 1 + marks.length) % marks.length].id;
    next.href = '#' + marks[(index + 1) % marks.length].id;
    if (scroll) {
      marks[index].scrollIntoView({ block: 'center' });
    }
  }

  show(index, false);
  for (const [link, step] of [[previous, -1], [next, 1]]) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      show(index + step, true);
    });
  }
})();
