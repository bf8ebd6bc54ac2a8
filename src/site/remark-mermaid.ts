// remark plugin: a ```mermaid fence becomes <pre class="mermaid"> holding the diagram's source
// as text, for the client-side loader to render. The fence's title="…" becomes the diagram's
// accessible name. Setting hName keeps the node away from the code highlighter.
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Turns mermaid code fences into `<pre class="mermaid" role="img" aria-label=…>` elements. */
export default function remarkMermaid() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang !== 'mermaid') return;
      const title = /title="((?:[^"\\]|\\.)*)"/.exec(node.meta ?? '')?.[1]?.replace(/\\(.)/g, '$1') ?? 'Diagram';
      node.data = {
        hName: 'pre',
        hProperties: { className: ['mermaid'], role: 'img', ariaLabel: title },
        hChildren: [{ type: 'text', value: node.value }],
      };
    });
  };
}
