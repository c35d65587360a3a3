// The writer's own words of a comment body: quoted lines and fenced code left out, then cut into
// sentences paragraph by paragraph; a sentence without the @mentions that open it to address the reply. Shared by the readers that quote a sentence back (where a
// thread is heading, why an outcome came, a workaround). Pure.
import { withoutQuotedLines } from "../thread/quoted-lines.ts";
import { splitSentences } from "../thread/sentences.ts";
import { memoByText } from "./text-memo.ts";

/** The body without quoted lines ("> …") and fenced code blocks. */
export function ownText(body: string): string {
  return withoutQuotedLines(body.replace(/^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[^\n]*$/gm, " "));
}

/** Sentences of text already through ownText: a blank line ends a paragraph, a line break inside one is a space. */
export function ownSentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => splitSentences(p.replace(/\s*\n\s*/g, " ")))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The @mentions that open a reply to address it ("@ana @kai: …"); a summary quotes the words after them. */
const LEADING_ADDRESS = /^(?:@[\w-]+[\s,:]*)+/;

/** The text without the @mentions that open it. */
export function withoutAddress(text: string): string {
  return text.replace(LEADING_ADDRESS, "");
}

/** The first line of a body that is not a quote ("> …"): where a reply says whom it answers. */
export function firstOwnLine(body: string): string {
  return body.split("\n").find((l) => l.trim() !== "" && !/^\s*>/.test(l)) ?? "";
}

/** The @names a comment opens with (its first line that is not a quote), lower-cased: whom it addresses. */
export const openingAddressees = memoByText(20_000, (body: string): string[] => {
  const lead = /^\s*(?:@[\w-]+[\s,:]*)+/.exec(firstOwnLine(body));
  return lead ? (lead[0].match(/@[\w-]+/g) ?? []).map((n) => n.slice(1).toLowerCase()) : [];
});

/** True when a reply opens by addressing only people other than `login` ("@kai I think…" when `login` is ana). */
export function addressesOnlyOthers(body: string, login: string): boolean {
  const named = openingAddressees(body);
  return named.length > 0 && !named.includes(login.toLowerCase());
}
