// Linking, quoting and citing, as enhancements: every link and Cite disclosure works without this script.
(() => {
  'use strict';

  // Says to edition.js, which loads this script at the reader's first move, that clicks need no more waiting for it.
  document.documentElement.dataset.share = 'ready';

  // Everything here copies to the clipboard; without one, links are simply followed.
  const clipboard = navigator.clipboard;
  if (!clipboard) {
    return;
  }

  // Says what happened in the live region; emptied first, so the same words are announced again.
  const status = document.getElementById('share-status');
  let quiet;
  function announce(message) {
    clearTimeout(quiet);
    status.textContent = '';
    setTimeout(() => status.textContent = message, 30);
    quiet = setTimeout(() => status.textContent = '', 4000);
  }

  // Copies a link and says so; if the clipboard refuses, follows the link instead.
  function copyLink(url, message) {
    clipboard.writeText(url).then(() => announce(message), () => location.href = url);
  }

  // A paragraph's permalink: the letter's (the page carries it once), a slash and the paragraph's id.
  const permalink = (paragraph) => paragraph.closest('[data-permalink]').dataset.permalink + '/' + paragraph.id;

  // 1. A click on a paragraph number copies the paragraph's permalink.
  document.addEventListener('click', (event) => {
    const number = event.target.closest('.paragraph-number');
    if (number && event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
      event.preventDefault();
      copyLink(permalink(number.closest('.text > p')), 'Link copied');
    }
  });

  // 2. Selecting words inside one paragraph offers a link that opens the paragraph with them marked.
  const button = document.createElement('button');
  let url;
  button.type = 'button';
  button.className = 'quote-link';
  button.hidden = true;
  button.textContent = 'Copy link to quote';

  const element = (node) => node.nodeType === 1 ? node : node.parentElement;

  // White space as the server counts it in a paragraph's text (its WhiteSpace rule, which the page gives beside this
  // script's address): JavaScript's own \s would also take the no-break spaces that hold the letter's words together.
  const space = document.querySelector('meta[name=share-script]').dataset.space;
  const spaces = new RegExp(space + '+', 'g');
  const one = new RegExp(space);
  const isWord = (c) => !one.test(c);

  // The whole words the selection touches in the paragraph's own text, white space collapsed. The elements skipped
  // (notes, glosses, page and paragraph numbers) are those the server skips (HtmlText.NOT_PARAGRAPH_TEXT).
  function selectedWords(paragraph, range) {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let text = '';
    let start = -1;
    let end = -1;
    for (let node; (node = walker.nextNode());) {
      if (node.parentElement.closest('.note, sup, .pagebreak, .annotation, .paragraph-number')) {
        continue;
      }
      if (range.intersectsNode(node)) {
        if (start < 0) {
          start = text.length + (node === range.startContainer ? range.startOffset : 0);
        }
        end = text.length + (node === range.endContainer ? range.endOffset : node.length);
      }
      text += node.data;
    }
    if (start < 0 || end <= start) {
      return '';
    }
    while (start > 0 && isWord(text[start - 1])) {
      start--;
    }
    while (end < text.length && isWord(text[end])) {
      end++;
    }
    return text.slice(start, end).replace(spaces, ' ').replace(/^ | $/g, '');
  }

  // The text fragment (#:~:text=) for browsers that scroll to it; a long quote is given by its first and last words.
  function textFragment(words) {
    const list = words.split(' ');
    const encode = (part) => encodeURIComponent(part.join(' ')).replace(/-/g, '%2D');
    return list.length <= 8 ? encode(list) : encode(list.slice(0, 4)) + ',' + encode(list.slice(-4));
  }

  function offerQuote() {
    const selection = getSelection();
    const range = selection.rangeCount && !selection.isCollapsed && selection.getRangeAt(0);
    const paragraph = range && element(range.startContainer).closest('.text > p');
    const words = paragraph && paragraph === element(range.endContainer).closest('.text > p')
      && selectedWords(paragraph, range);
    button.hidden = !words || words.length > 1000;
    if (button.hidden) {
      return;
    }
    url = permalink(paragraph) + '?quote=' + encodeURIComponent(words) + '#:~:text=' + textFragment(words);
    // The button follows the paragraph, so the keyboard reaches it next, and stands just below the selection's end.
    if (button.previousElementSibling !== paragraph) {
      paragraph.after(button);
    }
    const box = button.offsetParent.getBoundingClientRect();
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] || range.getBoundingClientRect();
    const right = Math.min(last.right, paragraph.getBoundingClientRect().right - button.offsetWidth);
    button.style.top = last.bottom - box.top + 6 + 'px';
    button.style.left = Math.max(0, right - box.left) + 'px';
  }

  let pending = 0;
  document.addEventListener('selectionchange', () => {
    pending = pending || requestAnimationFrame(() => {
      pending = 0;
      offerQuote();
    });
  });
  // Pressing the button must not clear the selection it quotes.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => copyLink(url, 'Link to quote copied'));
  // The selection that made edition.js load this script was made before it listened.
  offerQuote();

  // 3. A copy button after each citation in the Cite disclosures (the page carries none, as it cannot copy without
  // this script): the citation as formatted text (titles in italics) and as plain text.
  function copyCitation(citation) {
    const plain = citation.textContent.trim();
    if (!window.ClipboardItem || citation.tagName !== 'P') {
      return clipboard.writeText(plain);
    }
    return clipboard.write([new ClipboardItem({
      'text/plain': new Blob([plain], { type: 'text/plain' }),
      'text/html': new Blob([citation.innerHTML.replace(/(<\/?)cite>/g, '$1i>')], { type: 'text/html' })
    })]).catch(() => clipboard.writeText(plain));
  }

  document.querySelectorAll('.cite .citation-text').forEach((citation) => {
    // Named after the style its <dt> gives: "Chicago (note)" is the Chicago citation; BibTeX gives an entry.
    const style = citation.parentElement.previousElementSibling.textContent.split(' (')[0];
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'copy-citation';
    copy.textContent = 'Copy';
    copy.setAttribute('aria-label', 'Copy the ' + style + (citation.tagName === 'PRE' ? ' entry' : ' citation'));
    copy.addEventListener('click', () => copyCitation(citation).then(
      () => announce('Citation copied'),
      () => announce('The citation could not be copied; select it and copy it by hand')));
    citation.after(copy);
  });
})();
