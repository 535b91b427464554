// Draws the page's mermaid diagrams for a reader. mkdocs-mermaid2 imports this module in place of
// mermaid itself (mkdocs.yml, plugin mermaid2, javascript) and calls initialize() with the
// arguments from mkdocs.yml; parse() is passed through for the browser tests.
//
// - Search highlighting (?h=term) wraps words in <mark> wherever it finds them, diagram sources
//   included: a diagram is drawn from its source with any mark taken out, and a mark that lands in
//   a diagram (its source or its drawing) is unwrapped before mermaid reads it or it is painted.
// - Diagrams take the colours of Material's palette and are drawn again when the reader switches it.
// - A wide diagram shrinks to fit the column only down to a legible size; below that it keeps that
//   size and its box scrolls sideways (stylesheets/diagrams.css).
import mermaid from "../assets/vendor/mermaid/mermaid.esm.min.mjs";

const SMALLEST_TEXT_PX = 11.5; // as drawn on screen; the browser tests require at least 11
const sources = new Map(); // each diagram's element -> its mermaid source
let settings = {};

function hex(color) {
  // Material's colours resolved by the browser ("rgb(r, g, b)"), as the hex mermaid's theming expects.
  const [r, g, b] = color.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
  return "#" + [r, g, b].map(v => Math.round(v).toString(16).padStart(2, "0")).join("");
}

function palette() {
  const dark = document.body.getAttribute("data-md-color-scheme") === "slate";
  const page = getComputedStyle(document.body);
  const text = getComputedStyle(document.querySelector(".md-typeset") || document.body);
  const background = hex(page.backgroundColor);
  const foreground = hex(text.color);
  return {
    theme: dark ? "dark" : "default",
    themeVariables: {
      darkMode: dark,
      background,
      fontFamily: text.fontFamily,
      ...(dark && {
        // Mermaid's dark theme draws lines and message text in greys meant for its own background.
        lineColor: foreground,
        textColor: foreground,
        signalColor: foreground,
        signalTextColor: foreground,
        primaryTextColor: foreground,
      }),
    },
  };
}

function withoutMarks(element) {
  // The source as mkdocs-mermaid2 wrote it (HTML: labels may hold <br/>), minus any highlight.
  const copy = element.cloneNode(true);
  copy.querySelectorAll("mark").forEach(mark => mark.replaceWith(...mark.childNodes));
  return copy.innerHTML;
}

function unwrapMarks(records) {
  for (const record of records)
    for (const node of record.addedNodes)
      if (node.nodeName === "MARK") {
        const parent = node.parentNode;
        node.replaceWith(...node.childNodes);
        parent && parent.normalize();
      }
}

function keepLegible(element) {
  const svg = element.querySelector(":scope > svg");
  const width = svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width;
  if (!width) return;
  const sizes = [...svg.querySelectorAll("text, foreignObject *")]
    .filter(node => node.textContent.trim())
    .map(node => parseFloat(getComputedStyle(node).fontSize))
    .filter(size => size > 0);
  if (!sizes.length) return;
  const smallest = Math.min(...sizes);
  svg.style.minWidth = `${Math.min(width, (width * SMALLEST_TEXT_PX) / smallest)}px`;
}

let drawing = Promise.resolve();

function draw() {
  // One drawing at a time: a palette switch during a drawing waits for it, then draws again.
  drawing = drawing.then(async () => {
    const elements = [...sources.keys()];
    for (const element of elements) {
      element.innerHTML = sources.get(element);
      element.removeAttribute("data-processed");
    }
    mermaid.initialize({ ...settings, ...palette(), startOnLoad: false });
    await mermaid.run({ nodes: elements, suppressErrors: true });
    elements.forEach(keepLegible);
  });
  return drawing;
}

function initialize(config) {
  settings = { ...config };
  for (const element of document.querySelectorAll(".mermaid")) {
    sources.set(element, withoutMarks(element));
    new MutationObserver(unwrapMarks).observe(element, { childList: true, subtree: true });
  }
  let scheme;
  const redraw = () => {
    const now = document.body.getAttribute("data-md-color-scheme");
    if (now !== scheme) (scheme = now), draw();
  };
  // First drawn once Material has applied the palette (at DOMContentLoaded, from the reader's choice
  // or the system's dark mode): drawn earlier, a dark page would draw every diagram twice.
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    scheme = document.body.getAttribute("data-md-color-scheme");
    new MutationObserver(redraw).observe(document.body, { attributeFilter: ["data-md-color-scheme"] });
    draw();
  };
  document.addEventListener("DOMContentLoaded", start);
  window.addEventListener("load", start);
  if (document.readyState === "complete") start();
}

export default { initialize, parse: (...args) => mermaid.parse(...args) };
