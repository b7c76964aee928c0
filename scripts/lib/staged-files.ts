/**
 * Output texts on their way to the output folder, held in memory up to a byte budget
 * and beyond it written to a temporary file beside their destination. At 100,000
 * articles the data files are about 1.7 GB of text: holding all of it next to the
 * data it was made from does not fit in V8's 4 GB heap. The temporary files
 * (`.<name>.staged`) are renamed into place by writeOutput, or removed by `discard`.
 */
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writePieces, type Piece } from './write-output.ts';

/** A text already on disk, in a temporary file. */
export interface StagedFile {
  staged: string;
}

export class StagedFiles {
  /** File name -> its text in pieces (in memory) or its temporary file. */
  readonly files = new Map<string, readonly Piece[] | StagedFile>();
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

  /**
   * Appends a piece to a file's text. While the budget lasts the pieces stay in memory; the
   * first piece that does not fit moves its file's text to a temporary file, which the rest
   * of that file's pieces are appended to (and the bytes it held return to the budget).
   */
  append(name: string, piece: Piece): void {
    const text = this.files.get(name);
    if (text && 'staged' in text) return appendFileSync(text.staged, piece);
    const held = (text as Piece[] | undefined) ?? [];
    const bytes = Buffer.byteLength(piece);
    if (bytes <= this.budget) {
      held.push(piece);
      this.budget -= bytes;
      this.files.set(name, held);
      return;
    }
    mkdirSync(this.dir, { recursive: true });
    const staged = path.join(this.dir, `.${name}.staged`);
    writePieces(staged, [...held, piece]);
    this.budget += held.reduce((n, p) => n + Buffer.byteLength(p), 0);
    this.files.set(name, { staged });
  }

  /** Removes the temporary files that are still there (written files were renamed away). */
  discard(): void {
    for (const text of this.files.values()) if ('staged' in text) rmSync(text.staged, { force: true });
  }
}
