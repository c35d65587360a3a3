// Every REST route the app calls, in one list: the code uses these constants, and a test
// checks each one exists in GitHub's OpenAPI description (@octokit/openapi).

export const REST_ROUTES = {
  createIssueComment: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
  updateIssueComment: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
  deleteIssueComment: "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
  listIssues: "GET /repos/{owner}/{repo}/issues",
  createIssue: "POST /repos/{owner}/{repo}/issues",
  updateIssue: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
  listInstallations: "GET /app/installations",
  listInstallationRepos: "GET /installation/repositories",
} as const;
