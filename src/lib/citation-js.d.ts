/**
 * Minimal types for the parts of citation-js that src/lib/cite.ts uses
 * (the packages ship JavaScript only).
 */
declare module '@citation-js/core' {
  /** A Register of named values, e.g. CSL styles or locales. */
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export class Cite {
    constructor(data: object | object[]);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    output: { has(name: string): boolean; list(): string[] };
    config: {
      get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(plugin: '@bibtex'): { format: { asciiOnly: boolean } };
    };
  };
}

declare module '@citation-js/plugin-csl';

/** CSL style files imported as text by Vite (`./csl/mla.csl?raw`). */
declare module '*.csl?raw' {
  const xml: string;
  export default xml;
}
declare module '@citation-js/plugin-bibtex';
