/**
 * "Cite this dataset": a ready-to-copy citation of the model dataset (plain text and BibTeX, in
 * preformatted blocks with a copy button; readable without JavaScript), the dataset's version
 * (git commit and date, recorded at build time by the dataset plugin) and its files. The citation
 * metadata matches CITATION.cff at the repository root. No license is claimed for the data: the
 * repository has no LICENSE file (src/plugins/dataset/index.ts, DATASET_LICENSE).
 */
import React, {type ReactNode} from 'react';
import CopyableText from '@site/src/components/CopyableText';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import version from '@generated/site-dataset/default/dataset-version.json';
import {formatIsoDate} from '@site/src/domain/dates';
import {datasetCitations} from '@site/src/lib/citation';

/**
 * Renders no heading: put it under a "Cite this dataset" heading written in the page, so the
 * heading is in the page's table of contents. Self-closing with no props, so llms-full.txt
 * converts it (src/plugins/seo, citeDatasetMarkdown).
 */
export default function CiteDataset(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const explorer = `${siteConfig.url}${useBaseUrl('/models/')}`;
  const jsonUrl = useBaseUrl('/data/models.json');
  const schemaUrl = useBaseUrl('/data/models.schema.json');
  const csvUrl = useBaseUrl('/data/models.csv');
  const {text, bibtex} = datasetCitations({url: explorer, commit: version.commit, date: version.date});
  return (
    <section data-search-ignore="" data-testid="cite-dataset">
      <p>
        The models, licenses and ratings behind these pages are one dataset. This build is from{' '}
        {version.commit ? (
          <>
            commit <code>{version.commit.slice(0, 7)}</code> of{' '}
          </>
        ) : null}
        <time dateTime={version.date}>{formatIsoDate(version.date.slice(0, 10))}</time>
        {version.commit ? '' : ' (built outside git, so no commit is recorded)'}. Files:{' '}
        {/* Plain <a>: files written in postBuild, not routes the router or the link checker knows. */}
        {/* eslint-disable-next-line @docusaurus/no-html-links */}
        <a href={jsonUrl}>models.json</a>
        {' (with '}
        {/* eslint-disable-next-line @docusaurus/no-html-links */}
        <a href={schemaUrl}>its JSON Schema</a>
        {'), '}
        {/* eslint-disable-next-line @docusaurus/no-html-links */}
        <a href={csvUrl}>models.csv</a>. The site’s text is CC BY 4.0, but no license has been declared for
        the data files yet (the repository has no license file); each fact links to its own source.
      </p>
      <CopyableText title="Citation">{text}</CopyableText>
      <CopyableText title="BibTeX">{bibtex}</CopyableText>
    </section>
  );
}
