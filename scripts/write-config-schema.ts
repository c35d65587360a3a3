// `npm run schema`: writes schema/common-ground.schema.json from the zod config schema.
// `npm run schema -- --check` exits 1 (writing nothing) when the committed file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSON_SCHEMA_PATH, configJsonSchemaText } from "../src/config/json-schema.ts";

const target = fileURLToPath(new URL(`../${JSON_SCHEMA_PATH}`, import.meta.url));
const text = configJsonSchemaText();

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error(`${JSON_SCHEMA_PATH} is out of date: run \`npm run schema\``);
    process.exit(1);
  }
  console.log(`${JSON_SCHEMA_PATH} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${JSON_SCHEMA_PATH}`);
}
