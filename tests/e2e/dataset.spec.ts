/**
 * The published dataset as a reader downloads it (issue #13 §6): /data/models.json validates
 * against /data/models.schema.json, carries a version and verdicts; the CSV has the verdict
 * columns; the "Cite this dataset" block shows a citation with the same version.
 */
// ajv 6 (JSON Schema draft-07) comes with @docusaurus/core; it is not a direct dependency.
import Ajv from 'ajv';
import {test, expect, gotoReady} from './fixtures';

test('the published JSON validates against the published JSON Schema', async ({page}) => {
  const json = await (await page.request.get('data/models.json')).json();
  const schemaRes = await page.request.get('data/models.schema.json');
  expect(schemaRes.status()).toBe(200);
  const schema = await schemaRes.json();
  expect(json.$schema).toBe(schema.$id);
  const validate = new Ajv({allErrors: true}).compile(schema);
  expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(json.version.from).toBe('git');
  expect(json.version.commit).toMatch(/^[0-9a-f]{40}$/);
  const kimi = json.models.find((m: {id: string}) => m.id === 'kimi-k2');
  expect(kimi.verdicts.openSourceAI).toMatch(/^(meets|does-not-meet|cannot-tell)$/);
  // A broken copy fails: the schema constrains, it does not just parse.
  kimi.verdicts.opennessScore = 'high';
  expect(validate(json)).toBe(false);
});

test('the CSV has the verdict and score columns', async ({page}) => {
  const csv = await (await page.request.get('data/models.csv')).text();
  const header = csv.split('\r\n')[0].split(',');
  for (const col of ['openSourceAIVerdict', 'openWeights', 'mofClassEstimated', 'opennessScore']) {
    expect(header).toContain(col);
  }
});

test('"Cite this dataset" shows a citation with the build’s commit', async ({page, context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(baseURL!).origin});
  const json = await (await page.request.get('data/models.json')).json();
  await gotoReady(page, 'guide/open-alternatives/');
  const block = page.getByTestId('cite-dataset');
  await expect(page.getByRole('heading', {name: 'Cite this dataset'})).toBeVisible();
  await expect(block).toContainText(`version ${json.version.commit.slice(0, 7)}`);
  await expect(block).toContainText('Open or Closed? Model openness dataset');
  await expect(block.getByRole('link', {name: 'models.json'})).toHaveAttribute('href', /data\/models\.json$/);
  // Each block's button copies exactly its text and says so.
  for (const title of ['Citation', 'BibTeX']) {
    const figure = block.locator('figure').filter({has: page.locator('figcaption', {hasText: title})});
    const text = await figure.locator('pre').textContent();
    expect(text?.length).toBeGreaterThan(40);
    const button = figure.getByRole('button', {name: `Copy ${title} to clipboard`});
    await button.click();
    await expect(button).toHaveText('Copied');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect(page.locator('#copy-link-status')).toHaveText(`${title} copied`);
  }
  // The block brings no highlighter: open-alternatives shows no fenced code block.
  await expect(page.locator('main pre.prism-code')).toHaveCount(0);
});

test('every model has its own JSON file, listed in an index, each valid against its published schema', async ({
  page,
}) => {
  const get = async (p: string) => {
    const res = await page.request.get(p);
    expect(res.status(), p).toBe(200);
    return res.json();
  };
  const [index, indexSchema, recordSchema, all] = await Promise.all([
    get('data/models/index.json'),
    get('data/model-index.schema.json'),
    get('data/model.schema.json'),
    get('data/models.json'),
  ]);
  const ajv = new Ajv({allErrors: true});
  const validIndex = ajv.compile(indexSchema);
  expect(validIndex(index), JSON.stringify(validIndex.errors, null, 2)).toBe(true);
  expect(index.models.map((m: {id: string}) => m.id).sort()).toEqual(
    all.models.map((m: {id: string}) => m.id).sort(),
  );
  const validRecord = ajv.compile(recordSchema);
  for (const entry of index.models as Array<{id: string; file: string}>) {
    const record = await get(`data/models/${entry.id}.json`);
    expect(entry.file.endsWith(`/data/models/${entry.id}.json`), entry.file).toBe(true);
    expect(validRecord(record), `${entry.id}: ${JSON.stringify(validRecord.errors, null, 2)}`).toBe(true);
    // The record is the one in models.json, and every URL it cites is one of its sources.
    expect(record.model).toEqual(all.models.find((m: {id: string}) => m.id === entry.id));
    const urls = new Set(record.sources.map((s: {url: string}) => s.url));
    for (const r of Object.values(record.model.openness) as Array<{source: string}>)
      expect(urls).toContain(r.source);
  }
  const wan = await get('data/models/wan-2-1.json');
  expect(wan.modelLicense.id).toBe('Apache-2.0');
  wan.model.verdicts.openWeights = 'sort of';
  expect(validRecord(wan)).toBe(false);
});
