/**
 * The citation rule of the guide (issue #12 §4): every paragraph, list item or table row in docs/
 * that states a figure, a date, a license or an "X is / isn't open" claim carries a `<Cite>` in the
 * same block. Exempt: headings, code, front matter, table header rows, blocks inside a `<Myth …
 * source="…">` (the component cites), blocks inside an admonition whose title marks the guide's own
 * arithmetic, assumptions or outlook (`:::note[Our arithmetic]`), and "see also" items that only link
 * to another page of the guide. Pure: the unit test runs it over docs/ and over planted fixtures.
 */

export interface CitationMiss {
  file: string;
  line: number;
  kind: 'paragraph' | 'list item' | 'table row';
  /** What made the block a claim: "figure", "date", "license" or "openness claim". */
  because: string;
  text: string;
}

const FIGURE =
  /\$\s?\d|\d[\d,.]*\s?(%|percent\b|million\b|billion\b|trillion\b|thousand\b|GB\b|TB\b|tokens?\b|parameters\b|hours\b)|\b\d+(\.\d+)?\s?[BMT]\b(?![-\w])/;
const DATE = /\b(19|20)\d{2}\b/;
const LICENSE =
  /\b(Apache[ -]2\.0|Apache License|MIT\b|A?GPL|BSD|CC[- ]BY|OpenRAIL|RAIL\b|community licen[cs]e)/i;
const OPENNESS =
  /\b(is|are|isn't|is not|aren't|are not|was|were)\s+(not\s+)?(fully\s+)?(open[- ]source|open[- ]weights?|closed|proprietary)\b/i;
const EXEMPT_ADMONITION = /^:::\w+\[[^\]]*(arithmetic|assumption|outlook)[^\]]*\]/i;

/** Why a block counts as a claim, or '' when it does not. */
export function claimKind(text: string): string {
  const plain = text
    .replace(/\]\([^)]*\)/g, ']') // link targets carry slugs and dates that are not claims
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\/\*.*?\*\/\}/g, ' ');
  if (FIGURE.test(plain)) return 'figure';
  if (DATE.test(plain)) return 'date';
  if (LICENSE.test(plain)) return 'license';
  if (OPENNESS.test(plain)) return 'openness claim';
  return '';
}

interface Block {
  line: number;
  kind: CitationMiss['kind'];
  text: string;
  exempt: boolean;
}

function blocks(source: string): Block[] {
  const lines = source.split('\n');
  const out: Block[] = [];
  let current: Block | undefined;
  let inFence = false;
  let inFront = lines[0] === '---';
  let citedComponent = 0; // depth inside <Myth source="…">
  let exemptAdmonition = false;
  const flush = () => {
    if (current) out.push(current);
    current = undefined;
  };
  for (let n = inFront ? 1 : 0; n < lines.length; n++) {
    const line = lines[n];
    if (inFront) {
      if (line === '---') inFront = false;
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    if (/^\s*<Myth\b[^>]*\bsource=/.test(line)) {
      flush();
      citedComponent++;
    }
    const exempt = citedComponent > 0 || exemptAdmonition;
    if (/<\/Myth>/.test(line)) citedComponent = Math.max(0, citedComponent - 1);
    if (/^:::\w/.test(line)) {
      flush();
      exemptAdmonition = EXEMPT_ADMONITION.test(line);
      continue;
    }
    if (/^:::\s*$/.test(line)) {
      flush();
      exemptAdmonition = false;
      continue;
    }
    if (/^\s*$/.test(line) || /^#{1,6}\s/.test(line) || /^import\s/.test(line)) {
      flush();
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      const isSeparator = /^\s*\|?\s*:?-{3,}/.test(line);
      const isHeader = /^\s*\|?\s*:?-{3,}/.test(lines[n + 1] ?? '');
      if (!isSeparator && !isHeader) out.push({line: n + 1, kind: 'table row', text: line, exempt});
      continue;
    }
    if (/^\s*([-*+]|\d+\.)\s/.test(line)) {
      flush();
      current = {line: n + 1, kind: 'list item', text: line, exempt};
      continue;
    }
    if (current) current.text += `\n${line}`;
    else current = {line: n + 1, kind: 'paragraph', text: line, exempt};
  }
  flush();
  return out;
}

/** A "see also" item: it starts with a link to another page of the guide and adds a short gloss. */
function isCrossReference(block: Block): boolean {
  return (
    block.kind === 'list item' &&
    /^\s*[-*+]\s+\[[^\]]+\]\((\.{1,2}\/|\/)[^)]*\.mdx?(#[^)]*)?\)/.test(block.text)
  );
}

export function findUncitedClaims(file: string, source: string): CitationMiss[] {
  const misses: CitationMiss[] = [];
  for (const block of blocks(source)) {
    if (block.exempt || /<Cite\b/.test(block.text) || isCrossReference(block)) continue;
    const because = claimKind(block.text);
    if (because) {
      misses.push({
        file,
        line: block.line,
        kind: block.kind,
        because,
        text: block.text.split('\n')[0].slice(0, 120),
      });
    }
  }
  return misses;
}

export function describeCitationMiss(m: CitationMiss): string {
  return `${m.file}:${m.line}: ${m.kind} states a ${m.because} without a <Cite>: "${m.text}"`;
}
