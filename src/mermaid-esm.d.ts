// Mermaid's own pre-built ES module (see src/components/MermaidDiagrams.astro) has the types of
// the package's main entry.
declare module 'mermaid/dist/mermaid.esm.min.mjs' {
  export { default } from 'mermaid';
}
