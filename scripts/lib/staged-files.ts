/**
 * Output texts on their way to the output folder, held in memory up to a byte budget
 * and beyond it written to a temporary file beside their destination. At 100,000
 * articles the data files are about 1.7 GB of text: holding all of it next to the
 * data it was made from does not fit in V8's 4 GB heap. The temporary files
 * (`.<name>.staged`) are renamed into place by writeOutput, or removed by `discard`.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A text already on disk, in a temporary file. */
export interface StagedFile {
  staged: string;
}

export class StagedFiles {
  /** File name -> its text in pieces (in memory) or its temporary file. */
  readonly files = new Map<string, readonly string[] | StagedFile>();
  private readonly dir: string;
  private budget: number;

  /**
   * @param dir the folder the files are destined for (temporary files are made there, so a rename moves them in)
   * @param budget bytes of text kept in memory; the rest goes to disk
   */
  constructor(dir: string, budget: number) {
    this.dir = dir;
    this.budget = budget;
  }

  /** Adds a file's text, given in pieces whose concatenation is the file. */
  add(name: string, pieces: readonly string[]): void {
    const bytes = pieces.reduce((n, p) => n + Buffer.byteLength(p), 0);
    if (bytes <= this.budget) {
      this.budget -= bytes;
      this.files.set(name, pieces);
      return;
    }
    mkdirSync(this.dir, { recursive: true });
    const staged = path.join(this.dir, `.${name}.staged`);
    const fd = openSync(staged, 'w');
    try {
      for (const piece of pieces) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    this.files.set(name, { staged });
  }

  /** Removes the temporary files that are still there (written files were renamed away). */
  discard(): void {
    for (const text of this.files.values()) if ('staged' in text) rmSync(text.staged, { force: true });
  }
}
