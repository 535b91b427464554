// Parse mermaid diagrams with the site's own vendored mermaid (docs/assets/vendor/mermaid), no browser.
// Reads a JSON array of {where, source} on stdin; prints a JSON array of {where, type, error}.
// mermaid.parse runs each diagram type's grammar, but sanitizes labels with DOMPurify, which needs a
// DOM: linkedom's (pinned in tests/node/package-lock.json, installed by tests/setup.sh) stands in.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [entry, prefix] = process.argv.slice(2);
const { parseHTML } = createRequire(prefix + "/node_modules/")("linkedom");
const dom = parseHTML("<!doctype html><html><head></head><body></body></html>");
for (const name of ["window", "document", "Element", "Node", "DocumentFragment", "HTMLTemplateElement",
  "HTMLFormElement", "NodeFilter", "NamedNodeMap", "DOMParser", "Text", "Comment"]) {
  if (dom[name] !== undefined && globalThis[name] === undefined) globalThis[name] = dom[name];
}
const mermaid = (await import(pathToFileURL(entry).href)).default;
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { where, source } of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(source);
    results.push({ where, type: parsed.diagramType, error: null });
  } catch (error) {
    results.push({ where, type: null, error: String(error?.message ?? error) });
  }
}
console.log(JSON.stringify(results));
