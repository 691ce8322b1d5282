// The annotation layer of the reading page. The margin, placed by script (the Gwern sidenote way): each note and
// gloss beside the line of the words it belongs to, none overlapping. Without this script the page still reads: at
// every width each note and gloss opens after its paragraph as its link's target, in a panel that closes, and print
// CSS gathers them after the letter as endnotes.
//
// When a passage holds more than its margin can, notes win: a note is the editor's apparatus and always shows
// whole, at its line or just below the note above. A gloss shows its text where that leaves the next items room
// near their lines, and otherwise only its kind and name, with a button that opens it. What the reader opens shows
// whole and the rest makes room. Margin items keep their links out of the Tab order until opened, so Tab follows
// the letter; a reference or mention opens its item and puts the focus in it; its back-link returns to the words the
// reader came from, a later mention included (the gloss moves to stand beside it).
(() => {
  'use strict';

  const letter = document.querySelector('.letter');
  if (!letter) {
    return;
  }
  const wide = matchMedia('(min-width: 46em)');
  const items = [...letter.querySelectorAll('.margin > .note, .margin > .annotation')];
  const isNote = (item) => item.classList.contains('note');
  // The words an item stands beside: its reference, or the mention it was last opened from.
  const anchorOf = (item) => document.getElementById(item.dataset.at
      || (isNote(item) ? 'nref' + item.id.substring(1) : 'aref-' + item.id.substring(2) + '-1'));
  const itemOf = (ref) => document.getElementById(ref.getAttribute('href').substring(1));

  // The toggle of an item in the margin: folded (a gloss to its kind and name, a long note to its first lines), or
  // whole. Pointer users click it; keyboard users open the item from its words, so the toggle stays out of the Tab
  // order like the rest of the margin.
  items.forEach((item) => {
    const toggle = document.createElement('button');
    toggle.className = 'gloss-toggle';
    toggle.tabIndex = -1;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-label', 'Whole ' + (item.querySelector('b')?.textContent ?? 'note'));
    item.prepend(toggle);
    item.tabIndex = -1;
    // Opened by the address (a link to #n4, a search landing on a gloss) or holding a marked word: open.
    setOpen(item, location.hash === '#' + item.id || !!item.querySelector('mark'));
  });

  function setOpen(item, open) {
    item.classList.toggle('is-open', open);
    item.querySelectorAll('a, .gloss-toggle').forEach((link) => link.tabIndex = open ? 0 : -1);
    item.querySelector('.gloss-toggle')?.setAttribute('aria-expanded', String(open));
  }

  // The line box an element's first (or only) line stands on, in page coordinates.
  function lineTop(element, lineHeight) {
    const rect = element.getClientRects()[0] || element.getBoundingClientRect();
    return (rect.top + rect.bottom) / 2 - lineHeight / 2 + scrollY;
  }

  function place() {
    letter.classList.toggle('is-placed', wide.matches);
    if (!wide.matches) {
      items.forEach((item) => item.style.top = '');
      return;
    }
    const lineHeight = parseFloat(getComputedStyle(letter.querySelector('.text > p')).lineHeight);
    const gap = lineHeight / 5;
    // Measure each shown item whole and folded; at the same line, a note comes before a gloss.
    const shown = items.filter((item) => getComputedStyle(item).display !== 'none').map((item) => {
      item.classList.remove('is-folded');
      const whole = item.offsetHeight;
      let least = whole;
      if (!item.classList.contains('is-open')) {
        item.classList.add('is-folded');
        least = Math.min(whole, item.offsetHeight);
      }
      return { item, whole, least, at: lineTop(anchorOf(item), lineHeight) + (isNote(item) ? 0 : 0.5),
        slack: (isNote(item) ? 2 : 5) * lineHeight };
    }).sort((a, b) => a.at - b.at);
    // From the last item back: the latest each may start so that those after it, folded, still reach their lines.
    let latest = Infinity;
    for (let i = shown.length - 1; i >= 0; i--) {
      shown[i].latestNext = latest;
      latest = Math.min(shown[i].at + shown[i].slack, latest - gap - shown[i].least);
    }
    let cursor = -Infinity;
    shown.forEach((box) => {
      const top = Math.max(box.at, cursor);
      const fold = box.least < box.whole && top + box.whole + gap > box.latestNext;
      box.item.classList.toggle('is-folded', fold);
      box.item.style.top = (top - box.item.offsetParent.getBoundingClientRect().top - scrollY) + 'px';
      cursor = top + (fold ? box.least : box.whole) + gap;
    });
  }

  // Opening an item from its words: beside them (a gloss moves from its first mention to a later one it is opened
  // from, in the margin of that paragraph), whole, focused, its back-link leading to those words.
  function open(item, ref) {
    const paragraph = ref.closest('.text > p');
    if (!isNote(item) && paragraph && ref.id !== anchorOf(item).id) {
      // A paragraph is followed by its Cite link (or disclosure), then its margin if it has one.
      const cite = paragraph.nextElementSibling?.matches('a, details') ? paragraph.nextElementSibling : paragraph;
      let margin = cite.nextElementSibling;
      if (!margin?.matches('.margin')) {
        margin = document.createElement('div');
        margin.className = 'margin';
        cite.after(margin);
      }
      margin.append(item);
    }
    item.dataset.at = ref.id;
    item.querySelector('[role=doc-backlink]').href = '#' + ref.id;
    setOpen(item, true);
    place();
  }

  document.addEventListener('click', (event) => {
    const ref = event.target.closest('[role=doc-noteref], a.mention[href]');
    const toggle = event.target.closest('.gloss-toggle');
    const backlink = event.target.closest('.margin [role=doc-backlink]');
    if (ref) {
      const item = itemOf(ref);
      if (!item) {
        return;
      }
      // In one column the item opens as the link's target (CSS); following the link again closes it.
      if (!wide.matches && location.hash === '#' + item.id && item.dataset.at === ref.id) {
        event.preventDefault();
        location.replace('#' + ref.id);
        ref.focus();
        return;
      }
      open(item, ref);
      opener = ref;
      if (wide.matches) {
        event.preventDefault();
        history.replaceState(null, '', '#' + item.id);
        item.focus({ preventScroll: true });
        item.scrollIntoView({ block: 'nearest' });
      }
    } else if (toggle) {
      const item = toggle.parentElement;
      setOpen(item, !item.classList.contains('is-open'));
      place();
    } else if (backlink && wide.matches) {
      const item = backlink.closest('.note, .annotation');
      event.preventDefault();
      setOpen(item, false);
      history.replaceState(null, '', '#' + backlink.getAttribute('href').substring(1));
      place();
      anchorOf(item).focus();
    }
  });

  // In one column the browser scrolls the opened panel to the top: keep the words it was opened from in view too,
  // above the panel's start, when both fit on the screen.
  let opener;
  addEventListener('hashchange', () => {
    const item = opener && itemOf(opener);
    const words = opener?.getBoundingClientRect().top;
    if (!wide.matches && item && location.hash === '#' + item.id
        && item.getBoundingClientRect().top - words < innerHeight * 0.6) {
      scrollBy(0, words - innerHeight * 0.05);
    }
    opener = null;
  });

  // Hovering or focusing words lights their item, and the other way round.
  function light(event, on) {
    const ref = event.target.closest?.('[role=doc-noteref], a.mention[href]');
    const item = ref ? itemOf(ref) : event.target.closest?.('.margin > *');
    const words = item && anchorOf(item);
    if (words && (!ref || ref === words)) {
      item.classList.toggle('is-lit', on);
      words.classList.toggle('is-lit', on);
    }
  }
  ['mouseover', 'focusin', 'mouseout', 'focusout'].forEach((type, i) => letter.addEventListener(type,
    (event) => light(event, i < 2)));

  // The annotation switch works without this script (CSS reads the checkbox with :has()). This remembers the
  // reader's choice (storage may be refused, in private windows: then the default, shown, stands), and takes the
  // links off mentions while their glosses are hidden.
  const annotationSwitch = document.getElementById('show-annotations');
  function applySwitch() {
    letter.querySelectorAll('a.mention').forEach((mention) => {
      if (annotationSwitch.checked && mention.dataset.href) {
        mention.setAttribute('href', mention.dataset.href);
      } else if (!annotationSwitch.checked && mention.hasAttribute('href')) {
        mention.dataset.href = mention.getAttribute('href');
        mention.removeAttribute('href');
      }
    });
    place();
  }
  if (annotationSwitch) {
    try {
      annotationSwitch.checked = localStorage.getItem('edition.annotations') !== 'hidden';
    } catch (e) {}
    annotationSwitch.addEventListener('change', () => {
      try {
        localStorage.setItem('edition.annotations', annotationSwitch.checked ? 'shown' : 'hidden');
      } catch (e) {}
      applySwitch();
    });
  }

  annotationSwitch ? applySwitch() : place();
  addEventListener('resize', place);
  // An item the address opens is placed now: bring it into view where it stands.
  letter.querySelector('.margin > :target')?.scrollIntoView({ block: 'center' });
})();
