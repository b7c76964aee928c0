/**
 * Scores roles (a bonus line) for people matched to the key: a key role is found when
 * an extracted role's title, normalised, is part of it ("chief executive" in "chief
 * executive of Children England") or contains it ("my team manager" for "team manager"). Roles of missed people are not counted here, so the
 * line measures role attribution, not people detection.
 */
import type { EntityPair } from './score-entities.ts';
import { maximumMatching } from './match-bipartite.ts';
import { normaliseText } from './normalise.ts';
import type { Scored } from './types.ts';

/**
 * Compares roles of each matched person pair.
 * @param pairs key entries matched to extracted entities (from `scoreEntities`)
 */
export function scoreRoles(pairs: readonly EntityPair[]): Scored {
  const total: Scored = { tp: 0, fp: 0, fn: 0, absorbed: 0, misses: [], falsePositives: [] };
  // Optional people (photo credits, commenters) have roles like "photo credit" that no one extracts.
  for (const { key, extracted } of pairs.filter((p) => !p.key.optional)) {
    const keyRoles = key.roles.map(normaliseText);
    const titles = extracted.roles.map((r) => normaliseText(r.title));
    const matches = maximumMatching(keyRoles.length, titles.length, (k, e) => {
      const title = titles[e] ?? '';
      const role = keyRoles[k] ?? '';
      return title.length > 0 && role.length > 0 && (role.includes(title) || title.includes(role));
    });
    const matchedKey = new Set(matches.map((m) => m.left));
    const matchedExtracted = new Set(matches.map((m) => m.right));
    total.tp += matches.length;
    for (const [i, role] of key.roles.entries()) {
      if (!matchedKey.has(i)) total.misses.push(`${key.name}: ${role}`);
    }
    for (const [i, role] of extracted.roles.entries()) {
      const text = role.organisation ? `${role.title} (${role.organisation})` : role.title;
      if (!matchedExtracted.has(i)) total.falsePositives.push(`${extracted.name}: ${text}`);
    }
  }
  total.fn = total.misses.length;
  total.fp = total.falsePositives.length;
  return total;
}
