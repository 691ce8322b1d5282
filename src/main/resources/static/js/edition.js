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

  // The annotation switch works without script (CSS reads the checkbox with :has()). This remembers the reader's
  // choice, and takes the links off mentions while their glosses are hidden. It lives here rather than in a script
  // of its own so that the reading page makes one request (and one compressed file) fewer.
  const toggle = document.getElementById('show-annotations');
  if (toggle) {
    const apply = () => document.querySelectorAll('a.mention').forEach((mention) => {
      if (toggle.checked && mention.dataset.href) {
        mention.setAttribute('href', mention.dataset.href);
      } else if (!toggle.checked && mention.hasAttribute('href')) {
        mention.dataset.href = mention.getAttribute('href');
        mention.removeAttribute('href');
      }
    });
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
  }

  // On narrow screens a note or gloss opens as the target of its reference or mention; following that again closes it.
  document.addEventListener('click', (event) => {
    const ref = event.target.closest('[role=doc-noteref], .mention');
    if (ref && location.hash === ref.getAttribute('href') && !matchMedia('(min-width: 1200px)').matches) {
      event.preventDefault();
      location.replace('#' + ref.id);
      ref.focus();
    }
  });

  // Print gives the notes as endnotes, then the glosses. The page does not carry them twice: these lists are copied
  // from the margin, each entry saying where it stands (its printed page is that of the last page break before it,
  // in the printing the edition reproduces: the other printing's markers, .pagebreak-other, are not its pages).
  const letter = document.querySelector('.letter');
  const notes = document.createElement('ol');
  const glosses = document.createElement('dl');
  let page;
  letter?.querySelectorAll('.pagebreak:not(.pagebreak-other), .note, .annotation').forEach((box) => {
    if (box.matches('.pagebreak')) {
      page = box.id.substring(4);
      return;
    }
    const paragraph = box.closest('.text > p');
    const place = paragraph ? '¶ ' + paragraph.querySelector('.paragraph-number').textContent : 'title';
    const copy = box.cloneNode(true);
    copy.querySelector('[role=doc-backlink]').remove();
    copy.querySelectorAll('[id]').forEach((marked) => marked.removeAttribute('id'));
    const kind = copy.querySelector('.kind');
    const number = copy.querySelector('.note-number');
    if (kind) {
      // A gloss is its kind, its name in <b>, then its text and sources: the name and kind make the term, the rest
      // the description.
      kind.textContent = '(' + kind.textContent + ', ' + place + ')';
      const term = document.createElement('dt');
      const gloss = document.createElement('dd');
      term.append(copy.querySelector(':scope > b'), ' ', kind);
      // What is left opens with the spaces that stood between kind, name and text.
      copy.normalize();
      copy.firstChild.data = copy.firstChild.data.trimStart();
      gloss.append(...copy.childNodes);
      glosses.append(term, gloss);
    } else {
      const note = document.createElement('li');
      note.value = number.textContent;
      number.remove();
      note.append(...copy.childNodes, '(' + place + ', p. ' + page + ')');
      notes.append(note);
    }
  });
  [['endnotes', 'Notes', notes], ['annotations-print', 'Annotations', glosses]].forEach(([name, title, list]) => {
    if (list.firstChild) {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      section.className = name;
      heading.textContent = title;
      section.append(heading, list);
      letter.querySelector('.letter-source').before(section);
    }
  });
})();
