import type { Plugin } from 'vite';

const STUB = '\0mermaid-elk-stub';

/**
 * Vite plugin: Mermaid's flowchart code imports its ELK layout lazily, and that chunk bundles
 * elkjs (about 1.4 MB) into every site that uses Mermaid. The dossier's diagrams use the default
 * layout, so the chunk is replaced by a stub that fails loudly if a diagram ever asks for ELK.
 */
export function mermaidWithoutElk(): Plugin {
  return {
    name: 'dossier:mermaid-without-elk',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.includes('/mermaid/dist/') && /(?:^|\/)elk-[\w-]+\.mjs$/.test(source)) return STUB;
      return null;
    },
    load(id) {
      if (id !== STUB) return null;
      return 'export function render() { throw new Error("This site does not bundle Mermaid\'s ELK layout; use the default layout."); }';
    },
  };
}
