/**
 * Remark plugin: MDX cannot be typechecked, so this checks the ids that MDX pages pass to data
 * components at build time and fails naming the file and the id:
 *  - model ids: <OpennessScorecard model="…">, <CompareModels ids={[…]}>, <ModelTable ids={[…]}>;
 *  - doc ids: <DocLink doc="…"> (a file under docs/).
 * Source ids in <Cite id> are checked by the cite plugin (src/plugins/cite). Node only.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {models} from '../../data/models';

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: Array<{name?: string; value?: unknown}>;
  children?: MdNode[];
}

/** Which attribute of which component holds model ids. */
const MODEL_ATTRS: Record<string, string> = {
  OpennessScorecard: 'model',
  CompareModels: 'ids',
  ModelTable: 'ids',
};

/** The string ids in an attribute: a plain string, or the quoted strings of an expression. */
function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const expr = (value as {value?: unknown} | undefined)?.value;
  if (typeof expr !== 'string') return [];
  return [...expr.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export interface MdxIdOptions {
  /** Known model ids (default: the dataset). */
  modelIds?: ReadonlySet<string>;
  /** Whether a doc id names a file (default: docs/<id>.md or .mdx under the site). */
  docExists?: (id: string) => boolean;
}

/** Every unknown id in one MDX tree, as `<file>: <Component attr="id">: unknown … id "id"`. */
export function unknownMdxIds(tree: MdNode, where: string, options: MdxIdOptions = {}): string[] {
  const modelIds = options.modelIds ?? new Set(models.map((m) => m.id));
  const docExists =
    options.docExists ??
    ((id: string) => ['.mdx', '.md'].some((ext) => existsSync(path.join(process.cwd(), 'docs', id + ext))));
  const problems: string[] = [];
  walk(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    for (const attr of node.attributes ?? []) {
      if (MODEL_ATTRS[name] === attr.name) {
        for (const id of idsIn(attr.value).filter((x) => !modelIds.has(x)))
          problems.push(
            `${where}: <${name} ${attr.name}>: unknown model id "${id}" (not in src/data/models/)`,
          );
      }
      if (name === 'DocLink' && attr.name === 'doc') {
        for (const id of idsIn(attr.value).filter((x) => !docExists(x)))
          problems.push(`${where}: <DocLink doc>: unknown doc id "${id}" (no file docs/${id}.md(x))`);
      }
    }
  });
  return problems;
}

export default function remarkMdxIds(options: MdxIdOptions = {}) {
  return (tree: MdNode, file: {path?: string}): void => {
    const where = file.path ? path.relative(process.cwd(), file.path) || file.path : 'an MDX file';
    const problems = unknownMdxIds(tree, where, options);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
