/**
 * One-to-one maximum bipartite matching (Kuhn's augmenting paths). The article-level
 * lists are small (tens of entries), so the simple O(V·E) algorithm is plenty.
 */

/** A matched pair: index into the left list, index into the right list. */
export interface MatchPair {
  left: number;
  right: number;
}

/**
 * Finds a maximum matching between `leftCount` and `rightCount` items.
 * Left items are tried in the order of `leftOrder` (default 0..n-1); an augmenting path never
 * unmatches a matched left item, so items tried first are matched whenever any maximum
 * matching can match them (this is how required key entries win over optional ones).
 * @returns pairs sorted by `left`
 */
export function maximumMatching(
  leftCount: number,
  rightCount: number,
  adjacent: (left: number, right: number) => boolean,
  leftOrder: readonly number[] = range(leftCount),
): MatchPair[] {
  const edges = range(leftCount).map((l) => range(rightCount).filter((r) => adjacent(l, r)));
  const ownerOfRight: (number | undefined)[] = Array.from({ length: rightCount }, () => undefined);

  const augment = (left: number, seen: boolean[]): boolean => {
    for (const right of edges[left] ?? []) {
      if (seen[right]) continue;
      seen[right] = true;
      const owner = ownerOfRight[right];
      if (owner === undefined || augment(owner, seen)) {
        ownerOfRight[right] = left;
        return true;
      }
    }
    return false;
  };

  for (const left of leftOrder) augment(left, Array.from({ length: rightCount }, () => false));

  const pairs: MatchPair[] = [];
  ownerOfRight.forEach((left, right) => {
    if (left !== undefined) pairs.push({ left, right });
  });
  return pairs.sort((a, b) => a.left - b.left);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
