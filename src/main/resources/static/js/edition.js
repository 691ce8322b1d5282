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

  // Linking, quoting and citing (share.js) load with the reader's first touch, key, selection or focus: every one of
  // them starts with one of those, and a page that is only read does not carry them. A click on a paragraph number
  // that comes before the script has arrived waits for it and is then passed on, so the first one copies too.
  const shareScript = document.querySelector('meta[name=share-script]')?.content;
  let share;
  const loadShare = () => share ||= new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = shareScript;
    script.onload = script.onerror = resolve;
    document.head.append(script);
  });
  if (shareScript && document.querySelector('details.cite[open]')) {
    // A permalink page opens its citations at once, and their Copy buttons belong with them from the start.
    loadShare();
  } else if (shareScript) {
    ['pointerdown', 'keydown', 'selectionchange', 'focusin'].forEach((type) =>
      document.addEventListener(type, loadShare, { once: true, passive: true }));
  }
  if (shareScript) {
    document.addEventListener('click', (event) => {
      const number = event.target.closest('.paragraph-number');
      if (number && !document.documentElement.dataset.share && event.button === 0
          && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
        event.preventDefault();
        loadShare().then(() => number.click());
      }
    });
  }
})();

// The annotation layer of the reading page (here rather than in a script of its own: one compressed file shares its
// words with the rest, about 150 gzipped bytes fewer than two). The margin, placed by script (the Gwern sidenote way): each note and
// gloss beside the line of the words it belongs to, none overlapping. Without this script the page still reads: at
// every width each note and gloss opens after its paragraph as its link's target, in a panel that closes, and print
// CSS gathers them after the letter as endnotes.
//
// When a passage holds more than its margin can, notes win: a note is the editor's apparatus and keeps the place
// nearest its line (it may stray two lines, a gloss five), folded to its first two lines only when showing it
// whole would push the items after it from their lines. A gloss shows its text where that leaves the next items
// room, and otherwise only its kind and name. Whatever is folded has a button that opens it. What the reader opens shows
// whole and the rest makes room. Margin items keep their links out of the Tab order until opened, so Tab follows
// the letter; a reference or mention opens its item (in one column, as a panel after the paragraph) and puts the
// focus in it; its back-link closes it and returns to the words the reader came from, a later mention included (the
// gloss moves to stand beside it).
(() => {
  'use strict';

  const letter = document.querySelector('.letter');
  if (!letter) {
    return;
  }
  const wide = matchMedia('(min-width: 46em)');
  const items = [...letter.querySelectorAll('.margin > *')];
  const isNote = (item) => item.matches('.note');
  const back = (item) => item.querySelector('[role=doc-backlink]');
  // The words an item stands beside: those its back-link leads to (its reference, or the mention it was opened from).
  const anchorOf = (item) => letter.querySelector(back(item).hash);
  const itemOf = (ref) => letter.querySelector(ref.hash);
  const isOpen = (item) => item.classList.contains('is-open');

  // The toggle of an item in the margin: folded (a gloss to its kind and name, a long note to its first lines), or
  // whole. Pointer users click it; keyboard users open the item from its words, so the toggle stays out of the Tab
  // order like the rest of the margin.
  items.forEach((item) => {
    const toggle = document.createElement('button');
    toggle.className = 'gloss-toggle';
    toggle.setAttribute('aria-label', 'Whole ' + (item.querySelector('b')?.textContent ?? 'note'));
    item.prepend(toggle);
    item.tabIndex = -1;
    // Opened by the address (a link to #n4, a search landing on a gloss) or holding a marked word: open.
    setOpen(item, location.hash == '#' + item.id || !!item.querySelector('mark'));
  });

  function setOpen(item, open) {
    item.classList.toggle('is-open', open);
    item.querySelectorAll('a, button').forEach((link) => link.tabIndex = open ? 0 : -1);
    item.firstChild.setAttribute('aria-expanded', open);
  }

  function place() {
    letter.classList.toggle('is-placed', wide.matches);
    if (!wide.matches) {
      return items.forEach((item) => item.style.top = '');
    }
    const lineHeight = parseFloat(getComputedStyle(letter.querySelector('.text > p')).lineHeight);
    const gap = lineHeight / 5;
    // Measure each shown item whole and folded, and the line its words stand on (in page coordinates); at the same
    // line, a note comes before a gloss.
    const shown = items.filter((item) => item.offsetHeight).map((item) => {
      item.classList.remove('is-folded');
      const whole = item.offsetHeight;
      item.classList.toggle('is-folded', !isOpen(item));
      const rect = anchorOf(item).getClientRects()[0];
      return { item, whole, least: Math.min(whole, item.offsetHeight), slack: (isNote(item) ? 2 : 5) * lineHeight,
        at: (rect.top + rect.bottom - lineHeight) / 2 + scrollY + !isNote(item) / 2 };
    }).sort((a, b) => a.at - b.at);
    // From the last item back: the latest each may start so that those after it, folded, still reach their lines.
    let latest = Infinity;
    for (let i = shown.length; i--;) {
      shown[i].latestNext = latest;
      latest = Math.min(shown[i].at + shown[i].slack, latest - gap - shown[i].least);
    }
    let cursor = -Infinity;
    shown.forEach((box) => {
      const top = Math.max(box.at, cursor);
      const fold = box.least < box.whole && top + box.whole + gap > box.latestNext;
      box.item.classList.toggle('is-folded', fold);
      box.item.style.top = top - box.item.offsetParent.getBoundingClientRect().top - scrollY + 'px';
      cursor = top + (fold ? box.least : box.whole) + gap;
    });
  }

  // Opening an item from its words: beside them (a gloss moves from its first mention to a later one it is opened
  // from, into the margin of that paragraph, which follows its Cite link), whole, focused, its back-link leading to
  // those words.
  function open(item, ref) {
    const cite = ref.closest('.text > p')?.nextElementSibling;
    if (!isNote(item) && cite && ref != anchorOf(item)) {
      let margin = cite.nextElementSibling;
      if (!margin.matches('.margin')) {
        cite.after(margin = document.createElement('div'));
        margin.className = 'margin';
      }
      margin.append(item);
    }
    back(item).setAttribute('href', '#' + ref.id);
    setOpen(item, true);
    place();
    history.replaceState(null, '', '#' + item.id);
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  }

  // Following words opens their item; following them again, or the item's back-link, closes it and returns to them.
  letter.addEventListener('click', (event) => {
    const target = event.target;
    const ref = target.closest('[role=doc-noteref], a.mention[href]');
    const backlink = target.closest('.margin [role=doc-backlink]');
    const item = ref ? itemOf(ref) : target.closest('.margin > *');
    if (!item || !(ref || backlink || target.matches('button'))) {
      return;
    }
    event.preventDefault();
    if (ref && !(isOpen(item) && ref == anchorOf(item))) {
      open(item, ref);
    } else {
      setOpen(item, !isOpen(item));
      place();
      if (!target.matches('button')) {
        location.replace(back(item).hash);
        anchorOf(item).focus();
      }
    }
  });

  // Hovering or focusing words lights their item, and the other way round.
  function light(event, on) {
    const ref = event.target.closest?.('[role=doc-noteref], a.mention[href]');
    const item = ref ? itemOf(ref) : event.target.closest?.('.margin > *');
    const words = item && anchorOf(item);
    if (words && (!ref || ref == words)) {
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
        mention.href = mention.dataset.href;
      } else if (!annotationSwitch.checked && mention.hasAttribute('href')) {
        mention.dataset.href = mention.getAttribute('href');
        mention.removeAttribute('href');
      }
    });
    place();
  }
  if (annotationSwitch) {
    try {
      annotationSwitch.checked = localStorage.getItem('edition.annotations') != 'hidden';
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
