// Stepping through a search's matches on the reading page: "Match 2 of 5", previous and next, in the order the
// results page listed them, starting at the passage landed on. Each stop is a passage (a paragraph, a note, a gloss);
// going to it makes it the page's target, which opens a note or gloss, and its first mark (m1, m2 …) is scrolled into
// view. Without this script the links still step, by their fragments.
(() => {
  'use strict';

  const nav = document.querySelector('.match-nav');
  const stops = (nav?.dataset.stops || '').split(' ').filter(Boolean);
  if (!nav || !stops.length) {
    return;
  }
  const current = nav.querySelector('.match-current');
  const previous = nav.querySelector('.match-previous');
  const next = nav.querySelector('.match-next');
  const landed = stops.indexOf(decodeURIComponent(location.hash.substring(1)));
  let index = Math.max(0, landed);

  // The stop's first mark, or the passage itself when nothing in it could be marked.
  function target(position) {
    return document.getElementById('m' + (position + 1)) || document.getElementById(stops[position]);
  }

  function show(position, go) {
    target(index)?.classList.remove('is-current');
    index = (position + stops.length) % stops.length;
    const mark = target(index);
    mark?.classList.add('is-current');
    current.textContent = index + 1;
    previous.href = '#' + stops[(index - 1 + stops.length) % stops.length];
    next.href = '#' + stops[(index + 1) % stops.length];
    if (go) {
      // The fragment, not scrolling alone: a note or gloss opens when it is the target.
      location.replace('#' + stops[index]);
    }
    // On landing the browser has scrolled to the passage; its mark may still lie below the fold (a long gloss).
    const box = mark?.getBoundingClientRect();
    if (go || (landed >= 0 && box && (box.top < 0 || box.bottom > innerHeight - nav.offsetHeight))) {
      mark.scrollIntoView({ block: 'center' });
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
