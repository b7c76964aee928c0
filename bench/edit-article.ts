/**
 * The one-article edit of the incremental-ingest check: a correction that adds a
 * sentence to a body paragraph, the most common real change to a published article.
 */

/** Appends a correction sentence to the longest block, which is always body text. */
export function editArticle(text: string): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const blocks = text.split(`${newline}${newline}`);
  const longest = blocks.reduce((best, b, i) => (b.length > blocks[best]!.length ? i : best), 0);
  blocks[longest] = `${blocks[longest]!.replace(/\s+$/, '')} This paragraph was corrected after publication.`;
  return blocks.join(`${newline}${newline}`);
}
