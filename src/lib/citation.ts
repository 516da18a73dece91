/**
 * The dataset's citation (the "Cite this dataset" block, src/components/CiteDataset). Pure, so
 * tests/unit/dataset-export.test.ts can check it against CITATION.cff.
 */
/** Must match `title` and `authors` in CITATION.cff (tests/unit/dataset-export.test.ts). */
export const DATASET_TITLE = 'Open or Closed? Model openness dataset';
export const DATASET_AUTHOR = 'Open or Closed? project team';

export interface CitationInput {
  url: string;
  commit: string | null;
  /** ISO date or date-time of the data. */
  date: string;
}

/** Plain-text and BibTeX citations of the dataset; pure, unit-tested. */
export function datasetCitations({url, commit, date}: CitationInput): {text: string; bibtex: string} {
  const day = date.slice(0, 10);
  const year = day.slice(0, 4);
  const short = commit ? commit.slice(0, 7) : null;
  const versionText = short ? `version ${short}, ${day}` : `built ${day}`;
  return {
    text: `${DATASET_AUTHOR}. (${year}). ${DATASET_TITLE} (${versionText}) [Data set]. ${url}`,
    bibtex: [
      `@misc{open_or_closed_dataset_${year},`,
      `  author = {{${DATASET_AUTHOR}}},`,
      `  title = {{${DATASET_TITLE}}},`,
      `  year = {${year}},`,
      `  version = {${short ?? day}},`,
      `  howpublished = {\\url{${url}}},`,
      `  note = {Data set${short ? `, commit ${commit}` : ''}, ${day}}`,
      '}',
    ].join('\n'),
  };
}

/** The "Cite this dataset" block as Markdown, for llms-full.txt (src/plugins/seo). */
export function citeDatasetMarkdown(siteUrl: string, version: {commit: string | null; date: string}): string {
  const {text, bibtex} = datasetCitations({
    url: `${siteUrl}models/`,
    commit: version.commit,
    date: version.date,
  });
  return [
    `Data files: ${siteUrl}data/models.json (JSON Schema: ${siteUrl}data/models.schema.json) and ${siteUrl}data/models.csv. The site's text is CC BY 4.0; no license has been declared for the data files yet (the repository has no license file).`,
    '```text',
    text,
    '```',
    '```bibtex',
    bibtex,
    '```',
  ].join('\n\n');
}
