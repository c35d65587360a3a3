// Machine accounts that GitHub does not mark as bots: user accounts run by a script ("rails-bot",
// "tiny-stale-bot", "CLAassistant"). GitHub Apps arrive as bots already; these post as users, so
// their stale notices and CLA checks would otherwise read as people answering — or asking.
const BOT_SUFFIX = /(?:^|[-_.]|[a-z])bot$/i;
const KNOWN = new Set([
  "claassistant",
  "cla-bot",
  "codecov-io",
  "codecov-commenter",
  "coveralls",
  "sonarcloud",
  "netlify",
  "vercel",
  "mergify",
  "renovate",
  "dependabot",
  "greenkeeperio-bot",
  "k8s-ci-robot",
  "msftclas",
  "azure-pipelines",
  "welcome",
  "stale",
  "allcontributors",
]);

/** True when the login belongs to a known machine account or is named like a bot ("…-bot", "…bot"). */
export function isMachineAccount(login: string): boolean {
  const l = login.toLowerCase().replace(/\[bot\]$/, "");
  return KNOWN.has(l) || (BOT_SUFFIX.test(l) && !/^(?:abbot|talbot|cabot|ebot|bot)$/.test(l));
}
