// Linking, quoting and citing, as enhancements: every link and Cite disclosure works without this script.
(function () {
  'use strict';

  var status = document.getElementById('share-status');
  var canCopy = !!(navigator.clipboard && navigator.clipboard.writeText);

  // Elements whose text is not the paragraph's own words (the server's TextMarker skips the same ones).
  var NOT_PARAGRAPH_TEXT = '.note, sup, .pagebreak, .annotation, .paragraph-number';

  // Says what happened in the live region; cleared first, so the same words are announced again.
  var quiet;
  function announce(message) {
    if (!status) {
      return;
    }
    window.clearTimeout(quiet);
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = message;
    }, 30);
    quiet = window.setTimeout(function () {
      status.textContent = '';
    }, 4000);
  }

  // 1. On a permalink page, bring what was linked into view: a marked quote, else the paragraph or page marker.
  var notice = document.querySelector('[data-permalink-target]');
  if (notice) {
    var target = document.getElementById(notice.getAttribute('data-permalink-target'));
    var quote = target && target.querySelector('mark');
    if (quote) {
      quote.scrollIntoView({ block: 'center' });
    } else if (target && !location.hash) {
      // Setting the fragment scrolls to the target and lets :target mark it, as a plain #p11 link would.
      location.replace('#' + target.id);
    }
  }

  // 2. A click on a paragraph number copies the paragraph's permalink. Without a clipboard the link is followed.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.paragraph-number[data-permalink]');
    if (!link || !canCopy || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    var permalink = link.getAttribute('data-permalink');
    navigator.clipboard.writeText(permalink).then(function () {
      announce('Link copied');
    }, function () {
      location.href = permalink;
    });
  });

  // 3. Selecting words inside one paragraph offers a link that opens the paragraph with them marked.
  var quoteButton = document.createElement('button');
  quoteButton.type = 'button';
  quoteButton.className = 'quote-link';
  quoteButton.hidden = true;
  quoteButton.textContent = 'Copy link to quote';
  var quoteUrl = null;

  // The paragraph's own words from its text nodes, and where the selection starts and ends in them.
  function selectedWords(paragraph, range) {
    var walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    var text = '';
    var start = -1;
    var end = -1;
    while (walker.nextNode()) {
      var node = walker.currentNode;
      if (node.parentElement.closest(NOT_PARAGRAPH_TEXT)) {
        continue;
      }
      if (range.intersectsNode(node)) {
        var from = node === range.startContainer ? range.startOffset : 0;
        var to = node === range.endContainer ? range.endOffset : node.length;
        if (start < 0) {
          start = text.length + from;
        }
        end = text.length + to;
      }
      text += node.data;
    }
    if (start < 0 || end <= start) {
      return '';
    }
    // Whole words only: widen the selection to the white space around it, as the server matches whole words.
    while (start > 0 && /\S/.test(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length && /\S/.test(text.charAt(end))) {
      end++;
    }
    return text.slice(start, end).replace(/\s+/g, ' ').trim();
  }

  // The text fragment (#:~:text=) for browsers that scroll to it; a long quote is given by its first and last words.
  function textFragment(words) {
    function encode(part) {
      return encodeURIComponent(part).replace(/-/g, '%2D');
    }
    var list = words.split(' ');
    if (list.length <= 8) {
      return encode(words);
    }
    return encode(list.slice(0, 4).join(' ')) + ',' + encode(list.slice(-4).join(' '));
  }

  function elementOf(node) {
    return node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  }

  function hideQuoteButton() {
    quoteButton.hidden = true;
    quoteUrl = null;
  }

  function offerQuote() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      hideQuoteButton();
      return;
    }
    var range = selection.getRangeAt(0);
    var paragraph = elementOf(range.startContainer).closest('.paragraph');
    if (!paragraph || paragraph !== elementOf(range.endContainer).closest('.paragraph')) {
      hideQuoteButton();
      return;
    }
    var number = paragraph.querySelector('a.paragraph-number[data-permalink]');
    var words = selectedWords(paragraph, range);
    if (!number || !words || words.length > 1000) {
      hideQuoteButton();
      return;
    }
    quoteUrl = number.getAttribute('data-permalink') + '?quote=' + encodeURIComponent(words)
      + '#:~:text=' + textFragment(words);
    // The button follows the paragraph in the page, so the keyboard reaches it next, and stands by the selection.
    if (quoteButton.previousElementSibling !== paragraph) {
      paragraph.after(quoteButton);
    }
    // Shown first: a hidden element has no offset parent to measure from.
    quoteButton.hidden = false;
    var box = quoteButton.offsetParent ? quoteButton.offsetParent.getBoundingClientRect() : { top: 0, left: 0 };
    var rects = range.getClientRects();
    var last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    var left = Math.min(last.right - box.left, paragraph.getBoundingClientRect().right - box.left
      - quoteButton.offsetWidth);
    quoteButton.style.top = (last.bottom - box.top + 6) + 'px';
    quoteButton.style.left = Math.max(0, left) + 'px';
  }

  if (canCopy) {
    var pending = false;
    document.addEventListener('selectionchange', function () {
      if (pending) {
        return;
      }
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        offerQuote();
      });
    });
    // Pressing the button must not clear the selection it quotes.
    quoteButton.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    quoteButton.addEventListener('click', function () {
      if (!quoteUrl) {
        return;
      }
      navigator.clipboard.writeText(quoteUrl).then(function () {
        announce('Link to quote copied');
      }, function () {
        location.href = quoteUrl;
      });
    });
  }

  // 4. Copy buttons in the Cite disclosures: the citation as formatted text, titles in italics, and as plain text.
  function copyCitation(button) {
    var source = button.closest('dd').querySelector('.citation-text');
    var plain = source.textContent.trim();
    if (window.ClipboardItem && navigator.clipboard.write && source.tagName === 'P') {
      var clone = source.cloneNode(true);
      clone.querySelectorAll('cite').forEach(function (title) {
        var italic = document.createElement('i');
        italic.textContent = title.textContent;
        title.replaceWith(italic);
      });
      return navigator.clipboard.write([new window.ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([clone.innerHTML], { type: 'text/html' })
      })]).catch(function () {
        return navigator.clipboard.writeText(plain);
      });
    }
    return navigator.clipboard.writeText(plain);
  }

  if (canCopy) {
    document.querySelectorAll('button.copy-citation').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        copyCitation(button).then(function () {
          announce('Citation copied');
        }, function () {
          announce('The citation could not be copied; select it and copy it by hand');
        });
      });
    });
  }
})();
