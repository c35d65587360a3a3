// Test helper: loads a fixture thread (simple JSON) from test/fixtures/threads.
import { readFileSync } from "node:fs";
import type { Thread } from "../../src/thread/model.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

export function loadFixture(name: string): Thread {
  return threadFromSimpleJson(JSON.parse(readFileSync(new URL(`../fixtures/threads/${name}.json`, import.meta.url), "utf8")));
}
