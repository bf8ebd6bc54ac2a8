// The one serialiser every MDX file the project writes goes through: mdast-util-to-markdown with
// front matter, GFM and MDX, so article text in a tree is escaped as text, never read as code.
import type { Parents, Root, Text } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Info, type State } from 'mdast-util-to-markdown';

// Made once: the serialiser keeps each escaping pattern's compiled expression on the pattern
// itself, so extensions made anew for every page recompiled them all every time.
const MDX_EXTENSIONS = [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown()];

/** An mdast tree as MDX text. */
export function toMdx(tree: Root): string {
  return toMarkdown(tree, { extensions: MDX_EXTENSIONS, handlers: { text: textOnlyCheckingItsCharacters } });
}

/** The default text handler, asked only about the escaping patterns whose character the text (with its neighbours) holds. */
function textOnlyCheckingItsCharacters(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  // Every pattern names the one character it escapes and matches only where that character is,
  // so a pattern whose character is absent cannot change the result. The serialiser tries all
  // ~100 patterns (forty of them control characters) on every text; a news paragraph holds
  // the characters of a dozen. Same output, a fraction of the work.
  const all = state.unsafe;
  const around = `${info.before}${node.value}${info.after}`;
  state.unsafe = all.filter((pattern) => around.includes(pattern.character));
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
}
