/**
 * Splits plain text into blocks: runs of non-blank lines separated by blank lines.
 */

/** One printed line: its text without trailing spaces, and its indentation. */
export interface Line {
  text: string;
  indent: number;
}

/** Lines that were not separated by a blank line. */
export interface Block {
  lines: Line[];
}

/**
 * Splits text into blocks of lines. Whitespace-only lines (including no-break spaces) count as blank.
 * @param text decoded article text
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/u, '');
    if (line.trim() === '') {
      if (current.length) blocks.push({ lines: current });
      current = [];
      continue;
    }
    const body = line.replace(/^\s+/u, '');
    current.push({ text: body, indent: line.length - body.length });
  }
  if (current.length) blocks.push({ lines: current });
  return blocks;
}
