/** The queue's page size: the API's default page, which its cost limit is checked at. */
export const PAGE_SIZE = 20;

interface ProposalPage<E extends { node: { id: string } }> {
  subsidyProposals: { totalCount: number; edges: E[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}

/**
 * "加载更多" in the queue: the next page appended to the rows shown, without repeating one already there (a row can
 * shift pages when another officer decides), with the new page's cursor and the latest total.
 */
export function mergeProposalPages<E extends { node: { id: string } }, P extends ProposalPage<E>>(previous: P, next: P | undefined): P {
  if (!next) return previous;
  const seen = new Set(previous.subsidyProposals.edges.map((e) => e.node.id));
  return {
    ...next,
    subsidyProposals: {
      ...next.subsidyProposals,
      edges: [...previous.subsidyProposals.edges, ...next.subsidyProposals.edges.filter((e) => !seen.has(e.node.id))],
    },
  };
}
