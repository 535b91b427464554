// A page opened from a search result highlights what the reader searched for.
//
// - Result links: Material puts in the result's ?h= only the query terms its Chinese tokenizer
//   matched: for 僵尸进程 or 进程 that is the single character 进, so the page marked every 进
//   (diagram labels included). The links get the query as typed instead, cut into words the way the
//   browser cuts the page's language (?h=僵尸 进程).
// - The page: Material marks each word of ?h= wherever it occurs, so 僵尸进程 marked every 进程 and
//   "process states" every "process". Its highlighter cannot take a phrase (a space or separator in
//   ?h= splits it into words). Where the page holds the words as a phrase, in order with nothing but
//   spaces or hyphens between them, only the phrase stays marked, one mark per occurrence; on a page
//   that lacks the phrase, Material's marks of the separate words stay. Diagrams are left alone:
//   javascripts/diagrams.mjs takes marks out of them.
(() => {
  const MARK = "mark[data-md-highlight]";
  const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u; // written without spaces
  const ours = new WeakSet(); // the marks keepPhrase made
  const isMark = node => node.nodeType === Node.ELEMENT_NODE && node.matches(MARK);
  const isRunPart = node => !!node && (node.nodeType === Node.TEXT_NODE || isMark(node));
  const isMaterialMark = node => isMark(node) && !ours.has(node) && !node.closest(".mermaid");

  const words = query => {
    if (typeof Intl === "undefined" || !Intl.Segmenter) return query;
    const segmenter = new Intl.Segmenter(document.documentElement.lang || "en", { granularity: "word" });
    return [...segmenter.segment(query)].filter(part => part.isWordLike).map(part => part.segment).join(" ");
  };

  function rewriteResultLinks() {
    const list = document.querySelector(".md-search-result__list");
    const input = document.querySelector(".md-search__input");
    if (!list || !input) return;
    const rewrite = link => {
      const query = input.value.trim();
      const url = new URL(link.href, document.baseURI);
      if (!query || !url.searchParams.has("h")) return;
      url.searchParams.set("h", words(query) || query);
      link.href = url.href;
    };
    new MutationObserver(records => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node.nodeType === Node.ELEMENT_NODE)
            (node.matches("a[href]") ? [node] : node.querySelectorAll("a[href]")).forEach(rewrite);
    }).observe(list, { childList: true, subtree: true });
    // A query that grows while its results stay the same (僵尸, then 僵尸进程 from an input method)
    // leaves the list as it was: its links get the whole query too.
    input.addEventListener("input", () => list.querySelectorAll("a[href]").forEach(rewrite));
  }

  function phrasePattern(terms) {
    // Chinese words meet with no space between them; other words need one (or a hyphen).
    const escape = term => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    let pattern = escape(terms[0]);
    for (let i = 1; i < terms.length; i++) {
      const joined = UNSPACED.test(terms[i - 1].slice(-1)) || UNSPACED.test(terms[i][0]);
      pattern += (joined ? "[\\s\\u200b\\u3000-]*" : "[\\s\\u200b\\u3000-]+") + escape(terms[i]);
    }
    return new RegExp(pattern, "giu");
  }

  function markedRuns(root) {
    // Each text Material marked, as the run of text nodes and marks it became (one per former text node).
    const runs = [];
    const seen = new Set();
    for (const mark of root.querySelectorAll(MARK)) {
      if (seen.has(mark) || mark.closest(".mermaid")) continue;
      let first = mark;
      while (isRunPart(first.previousSibling)) first = first.previousSibling;
      const nodes = [];
      for (let node = first; isRunPart(node); node = node.nextSibling) nodes.push(node), seen.add(node);
      runs.push({ nodes, text: nodes.map(node => node.textContent).join("") });
    }
    return runs;
  }

  function markPhrase(run, pattern) {
    // The run's text again, with only the phrase's occurrences marked.
    const parts = [];
    let end = 0;
    for (const found of run.text.matchAll(pattern)) {
      if (found.index > end) parts.push(document.createTextNode(run.text.slice(end, found.index)));
      const mark = document.createElement("mark");
      mark.setAttribute("data-md-highlight", "");
      mark.textContent = found[0];
      ours.add(mark);
      parts.push(mark);
      end = found.index + found[0].length;
    }
    if (end < run.text.length) parts.push(document.createTextNode(run.text.slice(end)));
    run.nodes[0].before(...parts);
    run.nodes.forEach(node => node.remove());
  }

  function keepPhrase() {
    const content = document.querySelector("[data-md-component=content]");
    // The words as Material's highlighter splits ?h= (javascripts/bundle: the search.highlight handler).
    const given = new URL(location.href).searchParams.get("h") || "";
    const terms = given.split(/[\s*+\-:~^]+/).filter(Boolean);
    if (!content || terms.length < 2) return; // one word: Material's highlight as it is
    const pattern = phrasePattern(terms);
    const observer = new MutationObserver(records => {
      // Only when Material has marked the page, not for every diagram drawn.
      if (!records.some(record => [...record.addedNodes].some(isMaterialMark))) return;
      const runs = markedRuns(content);
      if (!runs.some(run => run.text.search(pattern) >= 0)) return; // no phrase here: the words stay
      runs.forEach(run => markPhrase(run, pattern));
      observer.takeRecords(); // our own marks
    });
    observer.observe(content, { childList: true, subtree: true });
  }

  rewriteResultLinks();
  keepPhrase();
})();
