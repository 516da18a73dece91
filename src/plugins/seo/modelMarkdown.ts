/**
 * The data components (<ModelTable/>, <OpennessScorecard/>, <CompareModels/>) reduced to Markdown
 * for llms-full.txt (./index.ts, ./llms.ts), from the same records the components render.
 * Unit-tested in tests/unit/models.test.ts.
 */
import type {Model, OpennessDimension, RatingLevel} from '../../domain/types';
import {OPENNESS_DIMENSIONS} from '../../domain/types';
import {DIMENSIONS, RELEASE_CLASSES, formatSizes, releaseClass, type LicenseLookup} from '../../lib/models';

/** The data components render, reduced to Markdown for plain-text outputs such as llms-full.txt. */
export const MODEL_COMPONENT_TAG = /<(ModelTable|OpennessScorecard|CompareModels)\b([^>]*?)\/>/g;

/** Reads `name="x"`, `name={['a', 'b']}`, `name={false}` and bare `name` from a JSX attribute string. */
export function jsxAttrs(attrs: string): Record<string, string | string[] | boolean> {
  const out: Record<string, string | string[] | boolean> = {};
  const re = /([A-Za-z]+)(?:=(?:"([^"]*)"|\{\[([^\]]*)\]\}|\{(true|false)\}))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(attrs))) {
    const [, name, str, list, bool] = m;
    if (str !== undefined) out[name] = str;
    else if (list !== undefined) out[name] = [...list.matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]);
    else if (bool !== undefined) out[name] = bool === 'true';
    else out[name] = true;
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const RATING_WORD: Record<RatingLevel, string> = {open: 'Open', partial: 'Partial', closed: 'Closed'};

/**
 * Markdown for one `<ModelTable …/>`, `<OpennessScorecard …/>` or `<CompareModels …/>` tag, from
 * the same records the components render; undefined for any other tag. Throws on unknown ids,
 * like the components do.
 */
export function modelComponentMarkdown(
  tag: string,
  models: readonly Model[],
  getLicense: LicenseLookup,
  pageUrl: (id: string) => string,
): string | undefined {
  const match = /^<(ModelTable|OpennessScorecard|CompareModels)\b([^>]*?)\/>$/.exec(tag.trim());
  if (!match) return undefined;
  const [, name, rawAttrs] = match;
  const attrs = jsxAttrs(rawAttrs);
  const find = (id: string) => {
    const m = models.find((x) => x.id === id);
    if (!m) throw new Error(`${tag}: no model with id "${id}" in src/data/models/`);
    return m;
  };
  const licenseText = (m: Model) => getLicense(m.license)?.name ?? m.license;

  if (name === 'OpennessScorecard') {
    const m = find(String(attrs.model));
    const dims = DIMENSIONS.filter((d) => m.openness[d]);
    if (attrs.compact) {
      const parts = dims.map((d) => `${OPENNESS_DIMENSIONS[d].label}: ${RATING_WORD[m.openness[d]!.level]}`);
      return `${m.name}: ${parts.join('; ')} ([sources](${pageUrl(m.id)}))`;
    }
    const rows = DIMENSIONS.map((d) => {
      const r = m.openness[d];
      return r
        ? `| ${OPENNESS_DIMENSIONS[d].label} | ${RATING_WORD[r.level]} | ${cell(r.note)} [source](${r.source}), ${r.asOf} |`
        : `| ${OPENNESS_DIMENSIONS[d].label} | Not rated | |`;
    });
    return [
      `Openness of ${m.name} ([details](${pageUrl(m.id)})):`,
      '',
      '| Component | Rating | Evidence |',
      '| --- | --- | --- |',
      ...rows,
    ].join('\n');
  }

  if (name === 'CompareModels') {
    const list = (Array.isArray(attrs.ids) ? attrs.ids : []).map(find);
    const head = `| | ${list.map((m) => `[${m.name}](${pageUrl(m.id)})`).join(' | ')} |`;
    const sep = `| --- |${list.map(() => ' --- |').join('')}`;
    const row = (label: string, f: (m: Model) => string) =>
      `| ${label} | ${list.map((m) => cell(f(m))).join(' | ')} |`;
    return [
      head,
      sep,
      row('What is released', (m) => RELEASE_CLASSES[releaseClass(m)].label),
      row('First release', (m) => m.firstRelease),
      row('Parameters', (m) => formatSizes(m)),
      row('License', licenseText),
      ...DIMENSIONS.map((d) =>
        row(OPENNESS_DIMENSIONS[d].label, (m) => {
          const r = m.openness[d];
          return r ? `${RATING_WORD[r.level]}: ${r.note}` : 'Not rated';
        }),
      ),
    ].join('\n');
  }

  let list: readonly Model[] = models;
  if (Array.isArray(attrs.ids)) list = attrs.ids.map(find);
  const kinds = Array.isArray(attrs.kind) ? attrs.kind : typeof attrs.kind === 'string' ? [attrs.kind] : null;
  if (kinds) list = list.filter((m) => kinds.includes(releaseClass(m)));
  const rating = (m: Model, d: OpennessDimension) =>
    m.openness[d] ? RATING_WORD[m.openness[d]!.level] : 'Not rated';
  return [
    typeof attrs.caption === 'string' ? `${attrs.caption}:` : 'Models compared:',
    '',
    '| Model | Organization | First release | Parameters | License | Weights | Training code | Training data |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...list.map(
      (m) =>
        `| [${cell(m.name)}](${pageUrl(m.id)}) | ${cell(m.organization)} | ${m.firstRelease} | ${cell(formatSizes(m))} | ${cell(licenseText(m))} | ${rating(m, 'weights')} | ${rating(m, 'trainingCode')} | ${rating(m, 'trainingData')} |`,
    ),
  ].join('\n');
}
