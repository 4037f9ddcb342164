/** Links into the project's public repository (GitHub's address shapes). */
export interface RepositoryLinks {
  home: string;
  fork: string;
  contributingGuide: string;
  pullRequests: string;
  newIssue: string;
}

/** The links for a repository address, or nothing when the address is not an http(s) URL. */
export function repositoryLinks(address: string | undefined): RepositoryLinks | undefined {
  const home = address?.replace(/\/+$/, '');
  if (!home || !/^https?:\/\/[^/]+\/[^/]+\/[^/]+$/.test(home)) return undefined;
  return {
    home,
    fork: `${home}/fork`,
    contributingGuide: `${home}/blob/HEAD/CONTRIBUTING.md`,
    pullRequests: `${home}/pulls`,
    newIssue: `${home}/issues/new`,
  };
}

/** The repository this site is built from: `REPOSITORY_URL`, which the deploy workflow sets; unknown in a local build. */
export const repository = repositoryLinks(process.env.REPOSITORY_URL);
