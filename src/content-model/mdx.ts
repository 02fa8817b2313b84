import { mdxToMdast } from 'satteri';

/**
 * The one parse of an MDX file, by Astro's own MDX parser (Sätteri), front matter
 * included. Its native parser is the content check's one import that a browser
 * bundle swaps (for Sätteri's WebAssembly build); nothing else here needs Node.
 */

/** The parser features Astro's MDX integration compiles with (GFM on). */
export const proseFeatures = { gfm: true, frontmatter: true } as const;

export const parseMdx = (source: string): unknown =>
  mdxToMdast(source, { features: proseFeatures });
