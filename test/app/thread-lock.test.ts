import { describe, expect, it } from "vitest";
import { withThreadLock } from "../../src/app/thread-lock.ts";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("withThreadLock", () => {
  it("runs tasks for the same thread one after another, other threads alongside", async () => {
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name}:start`);
      await tick();
      log.push(`${name}:end`);
    };
    await Promise.all([withThreadLock("a", task("a1")), withThreadLock("a", task("a2")), withThreadLock("b", task("b1"))]);
    expect(log.indexOf("a1:end")).toBeLessThan(log.indexOf("a2:start"));
    expect(log.indexOf("b1:start")).toBeLessThan(log.indexOf("a1:end"));
  });

  it("a failing task does not block the next one", async () => {
    const failing = withThreadLock("c", async () => {
      throw new Error("boom");
    });
    const next = withThreadLock("c", async () => "ran");
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ran");
  });
});
