// Tells code identifiers from prose words (snake_case, camelCase, dotted.names(), paths,
// file.ext, CLI flags, $VARS, errno names) and replaces them with CODE_TOKEN so that
// analysis does not read `killProcess` or `--force` as words.

/**
 * Stand-in for removed code, identifiers and URLs in cleaned prose. Not a word, no letters
 * (so it never counts as shouting), and the NLP tokenizer treats it as a plain noun, which
 * keeps sentences like "Why does § return null?" grammatical.
 */
export const CODE_TOKEN = "§";

const SYSTEM_NAMES = new Set(
  (
    "ENOENT EACCES EPERM EEXIST ENOTDIR EISDIR EINVAL EMFILE ENFILE ENOSPC EPIPE EAGAIN EBUSY ECONNREFUSED ECONNRESET " +
    "ECONNABORTED ETIMEDOUT EADDRINUSE EADDRNOTAVAIL ENOTFOUND ENOMEM EBADF EINTR ENOTEMPTY EROFS ELOOP ENAMETOOLONG " +
    "ENOTSUP EOPNOTSUPP ESRCH ECHILD EIO ENXIO E2BIG ENOEXEC EFAULT EXDEV ENODEV ENOTTY ETXTBSY EFBIG ESPIPE EMLINK " +
    "EDOM ERANGE EDEADLK ENOLCK ENOSYS EHOSTUNREACH ENETUNREACH EPROTO ELIFECYCLE ERESOLVE EAI_AGAIN " +
    "SIGKILL SIGTERM SIGINT SIGSEGV SIGHUP SIGABRT SIGPIPE SIGQUIT SIGUSR1 SIGUSR2 SIGCHLD SIGBUS SIGFPE SIGILL " +
    "SIGALRM SIGSTOP SIGCONT SIGTRAP SIGWINCH SIGTSTP"
  ).split(" "),
);

const FILE_EXT =
  /\.(?:[cm]?[jt]sx?|json|md|mdx|ya?ml|toml|lock|txt|py|rb|go|rs|java|kt|swift|[ch](?:pp|xx)?|cs|php|sh|bash|zsh|ps1|css|scss|html?|xml|sql|gradle|ini|cfg|conf|env|log|csv|tsv|proto|graphql|gql|vue|svelte|dart|lua|pl|ex|exs|erl|hs|ml|scala|clj|r|ipynb|dockerfile|mk|cmake|patch|diff|svg|png|jpe?g|gif|zip|tar|gz|tgz|so|dll|exe|jar|wasm|d\.ts)$/i;
const VERSION = /^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$/i;
const ABBREVIATION = /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{0,2}\.?$/;
const PROSE_TYPO = /^[a-z]+[.,][A-Z][a-z]+$/; // "done.Then": a missing space, not code

/** Letters only, none but the first a capital ("word", "Word"): never code. */
function isPlainWord(core: string): boolean {
  const first = core.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  for (let k = 1; k < core.length; k++) {
    const c = core.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** True when a whitespace-free token (surrounding punctuation already trimmed) is code. */
export function isCodeIdentifier(core: string): boolean {
  if (core.length < 2) return false;
  if (isPlainWord(core)) return false; // no pattern below can match: skip them

  if (VERSION.test(core)) return false;
  // snake_case, SCREAMING_CASE, __dunder
  if (/[A-Za-z0-9]_[A-Za-z0-9]/.test(core)) return true;
  // camelCase (lowercase start, inner capital) or three or more humps (XMLHttpRequest)
  if (/^[a-z]+[A-Z]/.test(core) && /[a-z]/.test(core.slice(1))) return true;
  if (/[a-z][A-Z].*[a-z][A-Z]/.test(core)) return true;
  // calls: foo(), obj.method(arg), f(a, b); not "file(s)" or a missing space "times(L101)"
  const call = /^([A-Za-z_$][\w$.]*)\(([^()]*)\)$/.exec(core);
  if (call && (call[2] === "" || /[.$]/.test(call[1]) || /[,='"]/.test(call[2]))) return true;
  // a call split at a space: "getattr(obj," or "mock.patch.object(Foo,"
  const open = /^([A-Za-z_$][\w$.]*)\(([^()]*)$/.exec(core);
  if (open && (/[.$]/.test(open[1]) || open[2] === "" || /,$/.test(open[2]))) return true;
  // CLI flags: --force, -rf, --depth=1
  if (/^--?[A-Za-z][\w-]*(?:=\S*)?$/.test(core)) return true;
  // $VAR, ${VAR}, %VAR%
  if (/^\$\{?[A-Za-z_]\w*\}?$/.test(core) || /^%[A-Za-z_]\w*%$/.test(core)) return true;
  // errno and signal names (a fixed list: "EDIT", "EVER" or "SIGH" are shouted words, not code)
  if (SYSTEM_NAMES.has(core)) return true;
  // operators and punctuation typical of code
  if (/(?:::|->|=>|==|!=|&&|\|\||\[\d*\]|<\w+>)/.test(core) && /\w/.test(core)) return true;
  if (/^\w+=\S/.test(core)) return true;
  // hex literals
  if (/^0x[0-9a-f]+$/i.test(core)) return true;
  // paths: /abs, ./rel, ../rel, ~/home, C:\dir, a/b/c, dir/file.ext
  if (/^(?:\.{0,2}\/|~\/)[\w.-]/.test(core) || /^[A-Za-z]:\\/.test(core) || /\w\\\w/.test(core)) return true;
  if (/^[\w.-]+(?:\/[\w.-]+){2,}\/?$/.test(core) && /[A-Za-z]/.test(core)) return true; // not dates like 08/09/17
  if (FILE_EXT.test(core) && /^[\w.\/-]+$/.test(core) && core.lastIndexOf(".") > 0 && !core.includes("...")) return true;
  // dotted.names: obj.prop.method, package.module (not e.g., i.e., U.S.)
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(core)) {
    if (ABBREVIATION.test(core) || PROSE_TYPO.test(core)) return false;
    return true;
  }
  return false;
}

const LEADING = /^[("'\u201c\u2018[{<*_]+/;
const TRAILING = /[)"'\u201d\u2019\]}>.,;:!?*_]+$/;

/** Characters or shapes that can make a token code; tokens without one are skipped cheaply. */
const TRIGGER = /[_/\\$%=<>[\]:(]|[a-z][A-Z]|\.[A-Za-z_$]|(?:^|\s)-{1,2}[A-Za-z]|\b(?:E[A-Z]{3}|SIG[A-Z]{2}|0x)/g;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** The identifier-replaced form of one whitespace-free token. */
function replaceToken(token: string): string {
  const lead = LEADING.exec(token)?.[0] ?? "";
  let core = token.slice(lead.length);
  let trail = TRAILING.exec(core)?.[0] ?? "";
  // keep a call's closing parenthesis with the call: "foo()." -> core "foo()"
  if (trail.startsWith(")") && core.includes("(")) {
    const close = trail.lastIndexOf(")") + 1;
    trail = trail.slice(close);
  }
  core = core.slice(0, core.length - trail.length);
  if (!isCodeIdentifier(core)) return token;
  return lead.replace(/[*_]/g, "") + CODE_TOKEN + trail.replace(/[*_]/g, "");
}

/** Replaces code-like tokens in a line of prose with CODE_TOKEN, keeping surrounding punctuation. */
export function replaceIdentifiers(text: string): string {
  TRIGGER.lastIndex = 0;
  let out = "";
  let last = 0; // end of the text already copied to `out`
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text)) !== null) {
    let pos = m.index;
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++; // "(?:^|\s)-" starts on the space
    if (pos < last) continue;
    let start = pos;
    while (start > last && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = pos;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    out += text.slice(last, start) + replaceToken(text.slice(start, end));
    last = end;
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, end);
  }
  return last === 0 ? text : out + text.slice(last);
}
