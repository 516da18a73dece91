/**
 * Pure builders for /llms.txt and /llms-full.txt (https://llmstxt.org): an H1 with the site name,
 * a blockquote summary, then one H2 per sidebar section listing `- [Title](absolute URL): description`
 * in sidebar order; the full file has every page's text as Markdown.
 *
 * `mdxToMarkdown` turns this site's MDX into plain Markdown: imports removed, `{/* #id *\/}` heading
 * ids and other MDX comments removed, <Cite id> as "[Publisher, date](url)", the callout components
 * as bold-labelled text, admonitions as plain text, relative .mdx links as absolute URLs. It throws
 * on any JSX it does not know, so a new component cannot leak into the output unnoticed.
 */

import {PRICE_DATASET} from '../../data/prices';
import {MODEL_COMPONENT_TAG} from './modelMarkdown';

export interface LlmsPage {
  title: string;
  description: string;
  /** Absolute URL with trailing slash. */
  url: string;
  /** Markdown body (already converted with mdxToMarkdown) for llms-full.txt. */
  markdown?: string;
  /** ISO date the page was last updated. */
  lastUpdated?: string;
}

export interface LlmsSection {
  title: string;
  pages: LlmsPage[];
}

export interface LlmsSite {
  title: string;
  summary: string;
  /** Absolute home URL with trailing slash. */
  home: string;
}

function listItem(page: LlmsPage): string {
  const description = page.description.replace(/\s+/g, ' ').trim();
  return `- [${page.title}](${page.url})${description ? `: ${description}` : ''}`;
}

export function buildLlmsTxt(site: LlmsSite, sections: readonly LlmsSection[]): string {
  const parts = [
    `# ${site.title}`,
    `> ${site.summary}`,
    `An independent, sourced guide at ${site.home}. Every fact on a page carries a citation with its ` +
      `publisher and date. The full text of every page is in ${site.home}llms-full.txt.`,
    ...sections.map((section) => `## ${section.title}\n\n${section.pages.map(listItem).join('\n')}`),
  ];
  return `${parts.join('\n\n')}\n`;
}

export function buildLlmsFullTxt(site: LlmsSite, sections: readonly LlmsSection[]): string {
  const pages = sections.flatMap((section) => section.pages.map((page) => ({section: section.title, page})));
  const parts = [
    `# ${site.title}`,
    `> ${site.summary}`,
    `The full text of every page of ${site.home}, in reading order. Each page starts with a level-1 ` +
      'heading, its URL and the date it was last updated; citations are links to the original sources.',
    ...pages.map(({section, page}) =>
      [
        `# ${page.title}`,
        [
          `URL: ${page.url}`,
          `Section: ${section}`,
          ...(page.lastUpdated ? [`Last updated: ${page.lastUpdated}`] : []),
        ].join('\n'),
        `> ${page.description.replace(/\s+/g, ' ').trim()}`,
        (page.markdown ?? '').trim(),
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
  ];
  return `${parts.join('\n\n---\n\n')}\n`;
}

export interface MdxContext {
  /** "[Publisher, date](url)" for a source id; throw for an unknown id. */
  cite: (id: string) => string;
  /** Absolute URL for a link target written in the MDX (relative .mdx path or #anchor); undefined keeps it. */
  link: (href: string) => string | undefined;
  /** Markdown replacing a self-closing component that renders data, e.g. <SourceList />. */
  component?: (name: string) => string | undefined;
  /** Markdown for <ModelTable/>, <OpennessScorecard/>, <CompareModels/> (src/lib/models.ts). */
  modelComponent?: (tag: string) => string | undefined;
  /** Markdown standing in for an interactive tool (<CostCalculator … />, <Chooser … />). */
  tool?: (name: string) => string | undefined;
}

const ADMONITION_LABELS: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  info: 'Info',
  warning: 'Warning',
  caution: 'Caution',
  danger: 'Danger',
};

function attr(attrs: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return match ? match[1] : undefined;
}

/** Removes YAML front matter from an MDX/Markdown file. */
export function stripFrontMatter(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function convertProse(text: string, ctx: MdxContext): string {
  let out = text;
  // ESM lines (imports/exports) only exist for the MDX compiler.
  out = out.replace(/^(import|export)\s[^\n]*\n?/gm, '');
  // Heading ids and any other MDX comments.
  out = out.replace(/[ \t]*\{\/\*[\s\S]*?\*\/\}/g, '');
  out = out.replace(/<Cite\s+id="([^"]+)"\s*\/>/g, (_m, id: string) => ctx.cite(id));
  out = out.replace(
    /<PriceDataset\s*\/>/g,
    `[${PRICE_DATASET.name} ${PRICE_DATASET.version}](${PRICE_DATASET.url}) (published ${PRICE_DATASET.published})`,
  );
  out = out.replace(/<KeyFigure\s+([^>]*?)\/>/g, (_m, attrs: string) => {
    const source = attr(attrs, 'source');
    return `**Key figure: ${attr(attrs, 'value') ?? ''}.** ${attr(attrs, 'label') ?? ''}${source ? ` ${ctx.cite(source)}` : ''}`;
  });
  out = out.replace(/<Myth\s+([^>]*)>([\s\S]*?)<\/Myth>/g, (_m, attrs: string, inner: string) => {
    const source = attr(attrs, 'source');
    return (
      `**Common claim (corrected below):** ${attr(attrs, 'claim') ?? ''}\n\n` +
      `**What the sources say:** ${inner.trim()}${source ? ` ${ctx.cite(source)}` : ''}`
    );
  });
  out = out.replace(
    /<Verdict(\s+[^>]*)?>([\s\S]*?)<\/Verdict>/g,
    (_m, attrs: string | undefined, inner: string) => {
      const title = (attrs && attr(attrs, 'title')) || 'Verdict';
      return `**${title}:** ${inner.trim()}`;
    },
  );
  out = out.replace(MODEL_COMPONENT_TAG, (m) => ctx.modelComponent?.(m) ?? m);
  out = out.replace(/<(CostCalculator|Chooser)\b[^>]*\/>/g, (m, name: string) => ctx.tool?.(name) ?? m);
  out = out.replace(/<([A-Z][A-Za-z0-9]*)\s*\/>/g, (m, name: string) => ctx.component?.(name) ?? m);
  // Admonitions: ":::warning[Title]" opens, ":::" closes.
  out = out.replace(
    /^:::([a-z]+)(?:\[([^\]\n]*)\])?[ \t]*$/gm,
    (_m, type: string, title: string | undefined) => {
      const label = ADMONITION_LABELS[type] ?? type;
      return title ? `**${label}: ${title}**\n` : `**${label}:**\n`;
    },
  );
  out = out.replace(/^:::[ \t]*$/gm, '');
  // Links: [text](target) where target is relative or an anchor.
  out = out.replace(/\]\(([^)\s]+)\)/g, (m, href: string) => {
    if (/^[a-z]+:/i.test(href)) return m;
    const resolved = ctx.link(href);
    return resolved ? `](${resolved})` : m;
  });
  const leftover = /<\/?[A-Z][A-Za-z0-9]*[\s/>]|\{\/\*/.exec(out);
  if (leftover) {
    const line = out.slice(0, leftover.index).split('\n').length;
    throw new Error(
      `llms-full.txt: unconverted MDX "${out.slice(leftover.index, leftover.index + 40)}" near line ${line}. ` +
        'Teach mdxToMarkdown (src/plugins/seo/llms.ts) about this component.',
    );
  }
  return out;
}

/** Converts one MDX body (without front matter) to Markdown; fenced code blocks are kept verbatim. */
export function mdxToMarkdown(body: string, ctx: MdxContext): string {
  const pieces = body.split(/(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[ \t]*$)/m);
  const converted = pieces.map((piece, i) => (i % 2 === 1 ? piece : convertProse(piece, ctx))).join('');
  return converted.replace(/\n{3,}/g, '\n\n').trim();
}
