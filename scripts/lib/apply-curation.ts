/**
 * Applies hand-written entity fixes (`content/curation.yaml` `entities`) to resolved
 * clusters: reject, type, merge, rename, then added roles. A rule that matches
 * nothing, or more entities than it can act on, becomes a warning, never silence.
 */
import type { EntityCuration } from '../../src/schemas/curation.ts';
import { describeCluster } from './resolve/describe-cluster.ts';
import { organisationKey, personKey, surfaceKey } from './resolve/normalise.ts';
import type { ArticleInput, Cluster } from './resolve/types.ts';

export interface CurationResult {
  clusters: Cluster[];
  warnings: string[];
}

/**
 * Applies curation. Rules name entities by any surface form, case-insensitively; a
 * name that is some entity's canonical name selects only those entities.
 * @returns new clusters (inputs untouched) and one warning per stale or ambiguous rule
 */
export function applyCuration(clusters: Cluster[], articles: ArticleInput[], curation: EntityCuration): CurationResult {
  const rules = [curation.merge, curation.reject, curation.rename, curation.type, curation.roles];
  if (rules.every((list) => list.length === 0)) return { clusters: [...clusters], warnings: [] };
  const warnings: string[] = [];
  const names = clusters.map((c) => describeCluster(c, articles));
  const byCanonical = new Map<string, number[]>();
  const byForm = new Map<string, number[]>();
  names.forEach((d, i) => {
    push(byCanonical, surfaceKey(d.name), i);
    for (const form of new Set([d.name, ...d.aliases].map(surfaceKey))) push(byForm, form, i);
  });
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const state = clusters.map((c) => ({ kind: c.kind, name: c.name, renamed: c.renamed, roles: [...c.roles], rejected: false }));
  const label = (i: number) => `${state[i]!.kind} ${JSON.stringify(state[i]!.name ?? names[i]!.name)}`;

  // Names given by rename rules, so that a later rule may use the new name ("roles" for a renamed entity).
  const byNewName = new Map<string, number[]>();
  /** Live entity groups a name selects: new names first, then canonical names, else any surface form. */
  const lookup = (name: string, rejected = false): number[] => {
    const key = surfaceKey(name);
    for (const index of [byNewName, byCanonical, byForm]) {
      const hits = [...new Set((index.get(key) ?? []).map(find))].filter((i) => state[i]!.rejected === rejected).sort((a, b) => a - b);
      if (hits.length > 0) return hits;
    }
    return [];
  };
  const select = (path: string, name: string, many: boolean): number[] => {
    const hits = lookup(name);
    // ("reject" and then "rename" of one name: the rule is not stale, it contradicts the reject.)
    if (hits.length === 0 && lookup(name, true).length > 0) warnings.push(`curation: rule ${path} ${JSON.stringify(name)} names an entity that entities.reject removes; skipped`);
    else if (hits.length === 0) warnings.push(`curation: stale rule ${path} ${JSON.stringify(name)} matches no entity`);
    else if (hits.length > 1 && !many) {
      warnings.push(`curation: ambiguous rule ${path} ${JSON.stringify(name)} matches ${hits.length} entities (${hits.map(label).sort().join(', ')}); skipped`);
      return [];
    }
    return hits;
  };
  const union = (into: number, from: number) => {
    if (into !== from) parent[from] = into;
  };

  curation.reject.forEach((name, r) => {
    for (const i of select(`entities.reject[${r}]`, name, true)) state[i]!.rejected = true;
  });
  const typedBy = new Map<number, number>();
  curation.type.forEach((rule, r) => {
    const hits = select(`entities.type[${r}]`, rule.name, true);
    for (const i of hits) {
      const earlier = typedBy.get(find(i));
      if (earlier !== undefined) warnings.push(`curation: rule entities.type[${r}] retypes ${label(i)}, which entities.type[${earlier}] already retyped; the later rule wins`);
      typedBy.set(find(i), r);
    }
    const changed = hits.filter((i) => state[i]!.kind !== rule.kind);
    if (hits.length > 0 && changed.length === 0) {
      warnings.push(`curation: stale rule entities.type[${r}] ${JSON.stringify(rule.name)} is already ${rule.kind}`);
    }
    for (const i of changed) state[i]!.kind = rule.kind;
    // A retyped entity is the same as an entity of its new kind with the same name.
    if (changed.length > 0) mergeSameName(changed, rule.kind);
  });
  // Groups that share an entity become one entity, named by the last of them: said, since each names its own.
  const mergedBy = new Map<number, number>();
  curation.merge.forEach((group, r) => {
    const roots = group.flatMap((name, n) => select(`entities.merge[${r}][${n}]`, name, false));
    const into = roots[0];
    if (into === undefined) return;
    const earlier = [...new Set(roots.map((i) => mergedBy.get(find(i))).filter((k) => k !== undefined))];
    for (const k of earlier) warnings.push(`curation: rules entities.merge[${k}] and entities.merge[${r}] share an entity, so all their names are one entity, named "${group[0]!}" (the first name of the later rule); write them as one rule to choose the name`);
    for (const i of roots.slice(1)) union(into, find(i));
    state[find(into)]!.name = group[0]!;
    mergedBy.set(find(into), r);
  });
  curation.rename.forEach((rule, r) => {
    for (const i of select(`entities.rename[${r}].from`, rule.from, false)) {
      // Two entities under one name are two pages called the same: that is a merge, not a rename.
      const other = lookup(rule.to).find((j) => j !== i && state[j]!.kind === state[i]!.kind && surfaceKey(state[j]!.name ?? names[j]!.name) === surfaceKey(rule.to));
      if (other !== undefined) warnings.push(`curation: rule entities.rename[${r}] gives ${label(i)} the name of ${label(other)}; list both under entities.merge to make them one`);
      state[i]!.name = rule.to;
      state[i]!.renamed = true;
      push(byNewName, surfaceKey(rule.to), i);
    }
  });
  curation.roles.forEach((rule, r) => {
    // A role at an organisation no article names links nowhere: said, as for a stale rule.
    const organisation = rule.organisation;
    if (organisation !== undefined && organisation !== null && lookup(organisation).every((j) => state[j]!.kind !== 'organisation' || state[j]!.rejected)) {
      warnings.push(`curation: rule entities.roles[${r}] names the organisation ${JSON.stringify(organisation)}, which no article names; the role is kept as text`);
    }
    for (const i of select(`entities.roles[${r}]`, rule.entity, false)) {
      state[i]!.roles.push({ title: rule.title, organisation: rule.organisation ?? null });
    }
  });

  return { clusters: collect(), warnings };

  function mergeSameName(changed: number[], kind: Cluster['kind']): void {
    const key = (i: number) => (kind === 'person' ? personKey(names[i]!.name) : organisationKey(names[i]!.name));
    const wanted = new Set(changed.map(key));
    const moved = new Set(changed);
    const targets = new Map<string, number>();
    state.forEach((s, i) => {
      if (find(i) !== i || s.rejected || s.kind !== kind || moved.has(i) || !wanted.has(key(i)) || targets.has(key(i))) return;
      targets.set(key(i), i);
    });
    for (const i of changed) {
      const target = targets.get(key(i));
      if (target === undefined) targets.set(key(i), find(i));
      else union(target, find(i));
    }
  }

  function collect(): Cluster[] {
    const groups = new Map<number, Cluster>();
    clusters.forEach((c, i) => {
      const root = find(i);
      const s = state[root]!;
      if (s.rejected || state[i]!.rejected) return;
      const group = groups.get(root) ?? { kind: s.kind, members: [], name: s.name, renamed: s.renamed, roles: s.roles };
      group.members.push(...c.members);
      groups.set(root, group);
    });
    return [...groups.values()];
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
