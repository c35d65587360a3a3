// The one-way import rule of docs/layout (arrows point down only), checked in `npm test`.
//   index → app → { github, coach, render, config, redis, digest } ; cli → digest → { github, analysis, coach, render, config } (the repository digest's read-and-write glue) ; main → redis (a leaf: ioredis, bottleneck) ; cli → { github, analysis, coach, render, config }
//   coach → analysis → thread ; render → coach (its message types only), thread ; github → thread
// Data flows decide → compose → render once: coach/ composes the finished message (plain data),
// render/ only turns it into Markdown and never calls back into coach/.
const layer = (name) => `^src/${name}/`;
const pure = "^src/(analysis|coach|thread|render)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "pure-layers-no-io",
      comment: "analysis, coach, thread and render are pure: no Octokit, Probot, fs, process or network.",
      severity: "error",
      from: { path: pure },
      to: { path: "^(node:)?(fs|fs/promises|child_process|net|http|https|process|os)$|node_modules/(probot|octokit|@octokit)/" },
    },
    { name: "thread-is-the-bottom", severity: "error", from: { path: layer("thread") }, to: { path: "^src/(?!thread/)" } },
    { name: "analysis-reads-only-thread", severity: "error", from: { path: layer("analysis") }, to: { path: "^src/(?!(analysis|thread)/)" } },
    { name: "coach-reads-analysis-thread-config", severity: "error", from: { path: layer("coach") }, to: { path: "^src/(?!(coach|analysis|thread|config)/)" } },
    { name: "render-reads-coach-thread-analysis-types", severity: "error", from: { path: layer("render") }, to: { path: "^src/(?!(render|coach|thread|analysis|config)/)" } },
    {
      name: "render-takes-coach-messages-as-data",
      comment: "render/ may import coach's types (the composed message) but no coach code: composing is coach's job, render only formats.",
      severity: "error",
      from: { path: layer("render") },
      to: { path: "^src/(coach|analysis|config)/", dependencyTypesNot: ["type-only"] },
    },
    { name: "github-reads-only-thread", severity: "error", from: { path: layer("github") }, to: { path: "^src/(?!(github|thread)/)" } },
    { name: "redis-is-a-leaf", severity: "error", from: { path: layer("redis") }, to: { path: "^src/(?!redis/)" } },
    { name: "config-is-a-leaf", severity: "error", from: { path: layer("config") }, to: { path: "^src/(?!config/)" } },
    { name: "digest-is-glue-below-app-and-cli", severity: "error", from: { path: layer("digest") }, to: { path: "^src/(app|cli|redis)/|^src/(index|main|action|lambda)\\.ts$" } },
    { name: "only-app-and-cli-import-digest", severity: "error", from: { path: "^src/(?!(digest|app|cli)/)" }, to: { path: layer("digest") } },
    { name: "nothing-imports-app", severity: "error", from: { path: "^src/(?!(app/|index\\.ts|main\\.ts|action|lambda|server))" }, to: { path: "^src/(app/|index\\.ts)" } },
    { name: "nothing-imports-cli", severity: "error", from: { path: "^src/(?!cli/)" }, to: { path: layer("cli") } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".json"] },
  },
};
