// `npm run schema`: writes schema/common-ground.schema.json and the options table in README.md
// from the zod config schema. `npm run schema -- --check` writes nothing and exits 1 when
// either is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSON_SCHEMA_PATH, configJsonSchemaText } from "../src/config/json-schema.ts";
import { withOptionsTable } from "../src/config/options-table.ts";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const read = (path: string) => {
  try {
    return readFileSync(root(path), "utf8");
  } catch {
    return "";
  }
};

const targets: [string, string][] = [
  [JSON_SCHEMA_PATH, configJsonSchemaText()],
  ["README.md", withOptionsTable(read("README.md"))],
];

if (process.argv.includes("--check")) {
  const stale = targets.filter(([path, text]) => read(path) !== text).map(([path]) => path);
  for (const path of stale) console.error(`${path} is out of date: run \`npm run schema\``);
  if (stale.length) process.exit(1);
  console.log("config schema and README options are up to date");
} else {
  for (const [path, text] of targets) writeFileSync(root(path), text);
  console.log(`wrote ${targets.map(([p]) => p).join(", ")}`);
}
