/** What a link to an address a contributor gave carries: no endorsement, marked as user content, no opener. */
export const contributedLinkRel = 'nofollow ugc noopener';
