/**
 * The one-article edit of the incremental-ingest check: a correction that adds a
 * sentence to a body paragraph, the most common real change to a published article.
 */

/** Appends a correction sentence to the fifth block (a body paragraph in every generated article). */
export function editArticle(text: string): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const blocks = text.split(`${newline}${newline}`);
  const at = Math.min(4, blocks.length - 1);
  blocks[at] = `${blocks[at]!.replace(/\s+$/, '')} This paragraph was corrected after publication.`;
  return blocks.join(`${newline}${newline}`);
}
