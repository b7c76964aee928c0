/**
 * Scores one article's people or organisations against the key: one-to-one maximum
 * matching on shared normalised names; required entries are matched first so that an
 * optional entry never takes a match a required one could have had.
 */
import type { KeyEntity } from './answer-key.ts';
import { maximumMatching } from './match-bipartite.ts';
import { normaliseName } from './normalise.ts';
import type { ViewEntity } from './article-view.ts';
import type { Scored } from './types.ts';

/** A key entry matched to an extracted entity. */
export interface EntityPair {
  key: KeyEntity;
  extracted: ViewEntity;
}

/** Entity counts plus the matched pairs (for role scoring). */
export interface EntityScore extends Scored {
  pairs: EntityPair[];
}

/**
 * Matches extracted entities to key entries.
 * @param key the key's entries for this article
 * @param extracted the entities with a mention in this article
 */
export function scoreEntities(key: readonly KeyEntity[], extracted: readonly ViewEntity[]): EntityScore {
  const keyNames = key.map((k) => new Set([k.name, ...k.aliases].map(normaliseName)));
  const order = [...key.keys()].sort((a, b) => Number(key[a]?.optional) - Number(key[b]?.optional) || a - b);
  const matches = maximumMatching(
    key.length,
    extracted.length,
    (k, e) => extracted[e]?.names.some((n) => keyNames[k]?.has(n)) ?? false,
    order,
  );
  const matchedKey = new Set(matches.map((m) => m.left));
  const matchedExtracted = new Set(matches.map((m) => m.right));
  const pairs = matches.flatMap((m) => {
    const k = key[m.left];
    const e = extracted[m.right];
    return k && e ? [{ key: k, extracted: e }] : [];
  });
  const absorbed = pairs.filter((p) => p.key.optional).length;
  return {
    tp: pairs.length - absorbed,
    fp: extracted.length - matchedExtracted.size,
    fn: key.filter((k, i) => !k.optional && !matchedKey.has(i)).length,
    absorbed,
    misses: key.filter((k, i) => !k.optional && !matchedKey.has(i)).map((k) => k.name),
    falsePositives: extracted.filter((_, i) => !matchedExtracted.has(i)).map(describe),
    pairs,
  };
}

function describe(entity: ViewEntity): string {
  const others = entity.names.filter((n) => n !== normaliseName(entity.name));
  return others.length > 0 ? `${entity.name} (${others.join(' | ')})` : entity.name;
}
