// Plain data passed between the pipeline stages: read → clean → metadata → segment → tag → emit.
// Every stage is a pure function from one of these shapes to the next.

/** Input formats the reader understands, by file extension. */
export type InputFormat = 'txt' | 'md' | 'html';

/** One line of a page in reading order, as the reader decoded it. */
export interface PageLine {
  /** The line as plain text: inline markup stripped, white space folded. */
  text: string;
  /** Heading level when the input itself marked the line as a heading (`#`, `<h2>`). */
  heading?: number;
  /** True when a blank line (or a block boundary) separates it from the line before. */
  blankBefore: boolean;
  /** True when the input marked the line as raw markup (an HTML block, a script). */
  markup?: boolean;
  /** True when the input marked the line as an image caption (`<figcaption>`). */
  caption?: boolean;
  /**
   * True when the page's class names call the line's block a caption (`<div class="cap">`): never
   * its headline, but judged as text by its shape, since a slideshow's text is its captions.
   */
  namedCaption?: boolean;
  /** True when the line is an item of a list (an HTML <li>, a Markdown "- "). */
  listItem?: boolean;
  /** True when the line is a row of a table (a text dump's tab-parted cells, as many as its neighbour's). */
  tableRow?: boolean;
  /** Share of the line's letters that stand inside links (HTML), when any do: 1 for a line that is one link. */
  linked?: number;
  /** True when an extractor (Readability) judged the line to lie outside the article's main text. */
  outsideArticle?: boolean;
}

/** Metadata that the input format states outright (front matter, HTML meta, JSON-LD). */
export interface MetadataHints {
  title?: string;
  outlet?: string;
  authors?: string[];
  published?: string;
  url?: string;
  language?: string;
}

/** A decoded input file: its lines plus what its format said about it. */
export interface DecodedPage {
  file: string;
  format: InputFormat;
  encoding: string;
  sha256: string;
  lines: PageLine[];
  hints: MetadataHints;
}

/** Why the cleaner dropped a line. Each category is one kind of page furniture. */
export type RemovalReason =
  | 'crawler-prefix'
  | 'navigation'
  | 'byline'
  | 'dateline'
  | 'reading-time'
  | 'widget'
  | 'newsletter'
  | 'teaser'
  | 'appeal'
  | 'summary-box'
  | 'advert'
  | 'news-feed'
  | 'author-bio'
  | 'comments'
  | 'caption'
  | 'photo-credit'
  | 'editor-initials'
  | 'source-url'
  | 'duplicate-title'
  | 'repeat'
  | 'markup'
  | 'after-article'
  | 'outside-article'
  | 'sidecar-drop';

/** A dropped line, kept so that nothing is lost silently. */
export interface RemovedLine {
  text: string;
  reason: RemovalReason;
}

/** A line the cleaner kept, with the role it plays in the article. */
export interface KeptLine {
  text: string;
  role: 'heading' | 'paragraph';
  /** For a section of a live page: the entry's date or time line as the page printed it. */
  time?: string;
}

/** The cleaner's verdict on a page. */
export interface CleanedPage {
  title: string | null;
  kept: KeptLine[];
  removed: RemovedLine[];
}

/** A heading or paragraph of the article body, with its stable anchor. */
export interface Block {
  id: string;
  type: 'heading' | 'paragraph';
  text: string;
  topics: string[];
  /** Live-page entry time, as printed (headings only). */
  time?: string;
  /** The entry time as YYYY-MM-DD when it could be read (headings only). */
  datetime?: string;
}

/** The metadata of one source, as the dossier states it. Unknown fields are null. */
export interface SourceMetadata {
  title: string;
  outlet: string | null;
  /** What the outlet rests on, in words a reader understands (the sidecar, the page's metadata, the host…). */
  outletBasis: string;
  authors: string[];
  agencies: string[];
  /** YYYY-MM-DD when the page states it, else null. */
  published: string | null;
  /** The date used for ordering: published, or inferred (see dateBasis), else null. */
  date: string | null;
  /** How `date` was obtained, in words a reader understands. */
  dateBasis: string;
  url: string | null;
  language: string | null;
}

/** A topic definition read from content/topics/<id>.md. */
export interface Topic {
  id: string;
  title: string;
  summary: string;
  /** Term groups per language (ISO 639-1): a paragraph has the topic when every group of its page's language has a term in it. */
  match: Record<string, string[][]>;
  /** Spelling variants that name the same thing (for matching and search). */
  variants: string[][];
  /** Terms, in any language, with which a paragraph is not about the topic however it matches ("1943": the battle of Kursk, not the incursion). */
  unless?: string[];
}

/** A sidecar NAME.meta.yaml: metadata overrides and cleaner corrections. */
export interface Sidecar {
  file: string;
  fields: Partial<SourceMetadata>;
  keep: string[];
  drop: string[];
}

/** One ingested source: everything the JSON report and the MDX file hold. */
export interface Source extends SourceMetadata {
  file: string;
  slug: string;
  format: InputFormat;
  encoding: string;
  words: number;
  sha256: string;
  topics: string[];
  /** Wire agencies the article's own text names as its sources ("according to KCNA"), each with the first paragraph naming it. */
  citedAgencies: { name: string; paragraph: string }[];
  /** Spellings of names in the text that the text itself does not use (for search). */
  alsoSpelled: string[];
  /** The sources that carry most of the same paragraphs (at most ten), and how many of this source's. */
  syndicatedWith: { source: string; paragraphs: number }[];
  /** How many other sources carry some of the same paragraphs, in all (widely carried ones aside). */
  syndicatedSources: number;
  /** Paragraphs of this source that more than a hundred other sources also carry. */
  widelyCarried: number;
  output: string;
  blocks: Block[];
  removed: RemovedLine[];
}

/** A file the run rejected, with a one-line reason. */
export interface IngestError {
  file: string;
  error: string;
}

/** A file the run accepted with a caveat (a duplicate, say). */
export interface IngestWarning {
  file: string;
  warning: string;
}

/** What a whole ingest run produced. */
export interface IngestReport {
  sources: Source[];
  errors: IngestError[];
  warnings: IngestWarning[];
}

/** An error whose message is meant for the user, naming the problem in one line. */
export class InputError extends Error {}
