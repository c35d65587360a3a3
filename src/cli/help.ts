// The CLI's usage text.

export const USAGE = `Usage: common-ground <command> [options]

Commands:
  analyze <thread.json | owner/repo#N | URL | ->
        Analyse one thread and print the report (Markdown by default).
        thread.json: {"title"?, "comments": [{"author", "text", "createdAt"?,
        "association"?, "isBot"?}]}, the first comment being the opening post.
        "-" reads that JSON from stdin. owner/repo#N or a github.com URL reads a live
        issue, pull request or discussion with the token in GITHUB_TOKEN.
          --format markdown|json|comment   output format (default: markdown); comment = the coaching comment the app would post now
          --now <ISO time>         "now" for the age of open items (default: the
                                   current time for a live thread, the time of the
                                   last comment for a file)
          --config <file.yml>      use this .github/common-ground.yml's settings

  score --jsonl [--fast]
        Read JSON lines on stdin and write one JSON line per input, in order:
          {"id", "text"}                                 -> {"id", "score", "flag"}
          {"thread_id", "comments": [{"author","text"}]} -> {"thread_id", "score", "flag"}
        score: how heated it reads (0..1). flag: for a comment, the app's per-comment
        flag at default settings (it reads uncivil: aimed at people, not criticism of
        code alone); for a thread, the app would post an escalation
        nudge after its last comment. An empty comment is calm (score 0, flag false).
        A bad line gives {"line": n, "error": "..."}, with the record's "id" or
        "thread_id" when it has a usable one. Scores come from the app's full tone
        model (the fast stage and the sentence model); --fast uses the fast stage alone.

  digest <owner/repo | thread.json...>
        Print the repository digest: threads heating up, questions and concerns
        waiting, long debates converging without a decision (read-only; nothing
        is written). owner/repo reads its open threads with GITHUB_TOKEN and its
        .github/common-ground.yml; thread .json files build a digest offline.
          --format markdown|json   output format (default: markdown, the page the app writes)
          --now <ISO time>         "now" for ages (default: the current time; for
                                   files, the latest comment)
          --config <file.yml>      use this config instead of the repository's

  validate-config <file.yml>
        Check a .github/common-ground.yml: prints each problem with its key path.
        Exit 0 when valid, 1 when not.

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 success, 1 bad input or invalid config, 2 wrong usage.
`;
