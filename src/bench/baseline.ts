// The benchmark's floor: a bare Starlight site of the same cleaned article text, with no
// components of ours, no analysis and no extra pages: what our stack costs before we add to it.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Source } from '../pipeline/types.ts';

/** Writes a minimal Starlight project holding one Markdown page per source, using the repository's node_modules. */
export function writeBaselineProject(dir: string, repoRoot: string, sources: Source[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Astro bundles the Astro packages a project lists as dependencies; unlisted, Starlight's routes
  // would be left to Node, which cannot load them.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "dependencies": { "astro": "*", "@astrojs/starlight": "*" } }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Baseline' })] });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Baseline\n---\n\nBaseline.\n');
  for (const source of sources) {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'yaml', value: JSON.stringify({ title: source.title }) },
        ...source.blocks.map((b): RootContent =>
          b.type === 'heading' ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] } : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
        ),
      ],
    };
    writeFileSync(join(dir, 'src/content/docs', `${source.slug}.md`), toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml'])] }));
  }
}
