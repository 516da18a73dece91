import fs from 'node:fs';
import ts from 'typescript';
import {sources} from '../src/data/sources/index.ts';
const root = 'src/data/';
const byUrl = new Map(sources.map((s) => [s.url, s.id]));
let t = fs.readFileSync(root + 'licenses.ts', 'utf8');
t = t.replace(/^(\s+)url: '/gm, "$1source: '");
t = t.replace(/'(https:\/\/[^']+)'/g, (_, u) => {
  const id = byUrl.get(u);
  if (!id) throw new Error('no record for ' + u);
  return `'${id}'`;
});
const sf = ts.createSourceFile('l.ts', t, ts.ScriptTarget.Latest, true);
let arr: ts.ArrayLiteralExpression | undefined;
for (const st of sf.statements) if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations)
  if ((d.name as ts.Identifier).text === 'licenses') { let e = d.initializer!; while (ts.isSatisfiesExpression(e) || ts.isAsExpression(e)) e = e.expression; arr = e as ts.ArrayLiteralExpression; }
const els = arr!.elements.map((e) => {
  const o = e as ts.ObjectLiteralExpression;
  const get = (k: string) => ((o.properties.find((p) => (p.name as ts.Identifier)?.text === k) as ts.PropertyAssignment).initializer as ts.StringLiteral).text;
  return {id: get('id'), kind: get('kind'), text: e.getFullText(sf).replace(/^\n+/, '').replace(/\s+$/, ''), lines: e.getFullText(sf).split('\n').length};
});
console.log(els.map((e) => `${e.id} ${e.kind} ${e.lines}`).join('\n'));
// groups
const groups: [string, string, (e: typeof els[number]) => boolean][] = [
  ['open', 'OSI-approved and permissive licenses, and OpenAI’s modified MIT texts.', (e) => ['osi-approved', 'permissive', 'modified-permissive', 'not-verified'].includes(e.kind) || e.kind === 'proprietary'],
  ['llama', "Meta's Llama community licenses.", (e) => e.id.startsWith('llama')],
];
const rest = els.filter((e) => !groups.some(([, , f]) => f(e)));
const chosen = new Map<string, typeof els>();
for (const [name, , f] of groups) chosen.set(name, els.filter((e) => f(e) && ![...chosen.values()].flat().includes(e)));
fs.writeFileSync('/tmp/data/lic-groups.json', JSON.stringify({groups: [...chosen].map(([k, v]) => [k, v.map((e) => e.id)]), rest: rest.map((e) => [e.id, e.kind, e.lines])}));
fs.writeFileSync('/tmp/data/lic-els.json', JSON.stringify(els));
