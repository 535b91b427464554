// Linked content tabs (content.tabs.link) reach into exercise answers. Material matches tab labels by
// innerText, which Chromium gives as "" inside a closed <details>: neither its restore at load nor its
// sync on a click reaches a tab set in a closed answer, which then opened on its first tab. When a
// <details> opens, this selects in it what Material's restore would have: in each tab set, the first
// of the labels the reader chose (Material keeps them newest first under "__tabs") that the set has.
// Tabs switched while an answer is open need nothing: its labels have an innerText then.
(() => {
  const chosen = () => {
    try {
      return __md_get("__tabs") || [];
    } catch (error) {  // storage blocked, or no Material
      return [];
    }
  };
  const select = details => {
    const remembered = chosen();
    for (const set of details.querySelectorAll(".tabbed-set")) {
      if (set.closest("details:not([open])")) continue;  // in a closed inner <details>: its own toggle
      const labels = [...set.querySelectorAll(":scope > .tabbed-labels > label")];
      const label = remembered.map(tab => labels.find(l => l.textContent.trim() === tab)).find(Boolean);
      const input = label && document.getElementById(label.htmlFor);
      if (!input || input.checked) continue;  // a click on a checked radio fires no change
      // Material's own mark for a set it switches to follow another: the set's underline still moves,
      // but the page is not synced again nor the label stored again.
      label.setAttribute("data-md-switching", "");
      input.click();
    }
  };
  // toggle does not bubble: listen while it is captured.
  document.addEventListener("toggle", event => {
    if (event.target instanceof HTMLDetailsElement && event.target.open) select(event.target);
  }, true);
})();
