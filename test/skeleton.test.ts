import { describe, it, expect } from "vitest";
import { cleanMarkdown } from "../src/thread/clean.ts";
describe("skeleton", () => { it("cleans to a string", () => { expect(typeof cleanMarkdown("x").prose).toBe("string"); }); });
