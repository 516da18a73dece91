/**
 * FAQPage JSON-LD from the BUILT HTML of the FAQ page, so the structured answers are exactly the
 * text readers see. Contract: in the doc's `.theme-doc-markdown` container, every <h2 id> is a
 * question and its answer is the text of the following siblings up to the next <h2>; the page's
 * "Sources on this page" heading ([data-page-sources], src/plugins/cite/) ends the questions.
 * Screen-reader-only text, the heading's hash link and citation markers ([data-cite], a number
 * and a popover that mean nothing in a search result) are dropped.
 */
import {parse, type HTMLElement} from 'node-html-parser';
import {buildFaqPage, serializeJsonLd, type QuestionAnswer} from '../../lib/jsonld';

const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;

function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/** Visible text of an element: drops .sr-only and .hash-link descendants first. */
function visibleText(el: HTMLElement): string {
  const copy = parse(el.toString());
  copy.querySelectorAll('.sr-only, .hash-link, [data-cite], script, style').forEach((n) => n.remove());
  return cleanText(copy.text);
}

/** Question/answer pairs from a built doc page, in page order. */
export function extractFaq(html: string): QuestionAnswer[] {
  const root = parse(html);
  const content = root.querySelector('.theme-doc-markdown');
  if (!content) return [];
  const items: QuestionAnswer[] = [];
  let current: {question: string; parts: string[]} | undefined;
  const flush = () => {
    if (current) items.push({question: current.question, answer: current.parts.join('\n\n')});
  };
  for (const node of content.childNodes) {
    const el = node as HTMLElement;
    if (el.nodeType !== 1) continue;
    if (el.hasAttribute('data-page-sources')) break;
    if (el.tagName === 'H2' && el.getAttribute('id')) {
      flush();
      current = {question: visibleText(el), parts: []};
      continue;
    }
    if (!current) continue;
    const text = visibleText(el);
    if (text) current.parts.push(text);
  }
  flush();
  return items;
}

/**
 * Returns the page HTML with an FAQPage JSON-LD block added at the end of <head>. Throws, naming
 * the page, when there are no questions or a question has no answer, so a broken FAQ fails the build.
 */
export function addFaqJsonLd(html: string, pageUrl: string, pageFile: string): {html: string; count: number} {
  const items = extractFaq(html);
  if (items.length === 0) {
    throw new Error(
      `${pageFile}: found no <h2 id> questions in .theme-doc-markdown for the FAQPage JSON-LD.`,
    );
  }
  const empty = items.filter((item) => !item.answer);
  if (empty.length > 0) {
    throw new Error(
      `${pageFile}: FAQ question(s) without an answer: ${empty.map((e) => `"${e.question}"`).join(', ')}. ` +
        'Write the answer as text under each "## Question" heading.',
    );
  }
  if (!html.includes('</head>'))
    throw new Error(`${pageFile}: no </head> to insert the FAQPage JSON-LD into.`);
  const script = `<script type="application/ld+json">${serializeJsonLd(buildFaqPage(pageUrl, items))}</script>`;
  return {html: html.replace('</head>', `${script}</head>`), count: items.length};
}
