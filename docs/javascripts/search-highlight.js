// A page opened from a search result highlights the words the reader searched for. Material puts in
// the result's ?h= only the query terms its Chinese tokenizer matched: for 僵尸进程 or 进程 that is
// the single character 进, so the page marked every 进 (diagram labels included). The links get the
// query as typed instead, cut into words the way the browser cuts the page's language.
(() => {
  const list = document.querySelector(".md-search-result__list");
  const input = document.querySelector(".md-search__input");
  if (!list || !input) return;
  const words = query => {
    if (typeof Intl === "undefined" || !Intl.Segmenter) return query;
    const segmenter = new Intl.Segmenter(document.documentElement.lang || "en", { granularity: "word" });
    return [...segmenter.segment(query)].filter(part => part.isWordLike).map(part => part.segment).join(" ");
  };
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
})();
