// citation-js ships no type declarations; these cover the calls the dossier makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static async(data: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | unknown[];
  }
  export const plugins: {
    config: { get(name: string): any };
    input: { chain(data: unknown): Record<string, unknown>[] };
  };
}
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string> | undefined;
  export function format(name: Record<string, string>): string;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
