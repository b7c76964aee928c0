/**
 * Formats Zod issues as readable one-line errors: file, field path, message.
 */
import type { z } from 'astro/zod';

/**
 * @param file the file the data came from
 * @param issues `error.issues` from a failed `safeParse`
 * @returns one line per issue, e.g. `content/curation.yaml: articles."a.txt".published: expected an ISO date`
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`)
    .join('\n');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      const plain = /^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name);
      return i === 0 ? plain : `.${plain}`;
    })
    .join('');
}
