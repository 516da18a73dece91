/**
 * The page for one model at /models/<id>/, added by src/plugins/dataset with that model and its
 * license as route props (no dataset-wide import here, so each page stays light). Shows the
 * scorecard, license, sizes, release, access, sources, guide pages and a correction link.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import type {License, Model} from '@site/src/data/types';
import {ACCESS_KINDS, LICENSE_KINDS, MODALITIES, OPENNESS_DIMENSIONS} from '@site/src/data/types';
import {formatIsoDate} from '@site/src/lib/dates';
import {DIMENSIONS, RELEASE_CLASSES, formatSizes, releaseClass} from '@site/src/lib/models';
import ScorecardView, {hostOf} from '@site/src/components/OpennessScorecard/ScorecardView';
import SecondOpinion from '@site/src/components/SecondOpinion';
import type {SecondOpinionData} from '@site/src/data/trackers';
import styles from './styles.module.css';

export interface ModelPageProps {
  model: Model;
  license: License;
  secondOpinion: SecondOpinionData;
}

/** Titles for guide routes a record can list; unknown routes fall back to the path. */
const GUIDE_TITLES: Record<string, string> = {
  '/guide/is-chatgpt-open-source/': 'Is ChatGPT open source? The short answer',
  '/guide/what-is-chatgpt/': 'What ChatGPT is',
  '/guide/open-source/': 'What open source means',
  '/guide/open-source-vs-open-weights/': 'Open source vs open weights',
  '/guide/why-chatgpt-is-not-open-source/': 'Why ChatGPT is not open source',
  '/guide/openai-history/': 'OpenAI and openness: a history',
  '/guide/gpt-oss/': 'gpt-oss, OpenAI’s open-weight models',
  '/guide/open-alternatives/': 'Open alternatives to ChatGPT',
  '/guide/closed-models/': 'Closed models compared',
  '/guide/run-locally/': 'Run a model on your own computer',
  '/guide/open-vs-closed-trade-offs/': 'Open vs closed: trade-offs',
  '/guide/how-to-choose/': 'How to choose',
  '/guide/costs/': 'What it costs',
};

/** Every distinct source URL the record relies on, with what it supports and its date. */
function collectSources(
  model: Model,
  license: License,
): Array<{url: string; asOf: string; supports: string[]}> {
  const byUrl = new Map<string, {url: string; asOf: string; supports: string[]}>();
  const add = (url: string | undefined, asOf: string, what: string) => {
    if (!url) return;
    const entry = byUrl.get(url) ?? {url, asOf, supports: []};
    if (!entry.supports.includes(what)) entry.supports.push(what);
    byUrl.set(url, entry);
  };
  add(model.releaseSource, model.firstRelease, 'release date');
  add(model.parameters.source, model.parameters.asOf, 'parameters');
  for (const d of DIMENSIONS) {
    const r = model.openness[d];
    if (r) add(r.source, r.asOf, OPENNESS_DIMENSIONS[d].label.toLowerCase());
  }
  add(license.url, license.asOf, 'license text');
  return [...byUrl.values()];
}

function correctionUrl(org: string, project: string, model: Model): string {
  const params = new URLSearchParams({
    template: 'correction.yml',
    title: `Correction: ${model.id}`,
    'model-id': model.id,
  });
  return `https://github.com/${org}/${project}/issues/new?${params.toString()}`;
}

export default function ModelPage({model, license, secondOpinion}: ModelPageProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const cls = releaseClass(model);
  const sources = collectSources(model, license);
  const description = `${model.name} (${model.organization.replace(/\s*\(.*$/, '')}): license, size, release date and which parts are open, with a source for every rating.`;
  return (
    <Layout title={`${model.name}: openness, license and sources`} description={description}>
      <main className={`container ${styles.main}`}>
        <nav
          className={styles.crumbs}
          aria-label={translate({id: 'modelPage.breadcrumbs', message: 'Breadcrumbs'})}
        >
          <Link to="/models/">{translate({id: 'modelPage.explorer', message: 'Model explorer'})}</Link>
          <span aria-hidden="true"> / </span>
          <span>{model.name}</span>
        </nav>
        <Heading as="h1">{model.name}</Heading>
        <p className={styles.lead}>{model.summary}</p>
        <p className={styles.classLine}>
          <strong>{RELEASE_CLASSES[cls].label}.</strong> {RELEASE_CLASSES[cls].description}{' '}
          <Link to={`/models/#model-${model.id}`}>
            {translate({id: 'modelPage.inTable', message: 'See it in the comparison table'})}
          </Link>
        </p>

        <Heading as="h2" id="facts">
          {translate({id: 'modelPage.facts', message: 'Key facts'})}
        </Heading>
        <dl className={styles.facts}>
          <dt>{translate({id: 'modelPage.organization', message: 'Made by'})}</dt>
          <dd>{model.organization}</dd>
          <dt>{translate({id: 'modelPage.firstRelease', message: 'First release'})}</dt>
          <dd>
            <time dateTime={model.firstRelease}>{formatIsoDate(model.firstRelease)}</time>
          </dd>
          <dt>{translate({id: 'modelPage.parameters', message: 'Parameters'})}</dt>
          <dd>
            {formatSizes(model)}
            {model.parameters.note ? <span className={styles.note}>{model.parameters.note}</span> : null}
          </dd>
          <dt>{translate({id: 'modelPage.modalities', message: 'Works with'})}</dt>
          <dd>{model.modalities.map((m) => MODALITIES[m].label).join(', ')}</dd>
          <dt>{translate({id: 'modelPage.access', message: 'Access'})}</dt>
          <dd>{model.access.map((a) => ACCESS_KINDS[a].label).join(', ')}</dd>
        </dl>

        <Heading as="h2" id="license">
          {translate({id: 'modelPage.license', message: 'License and what it allows'})}
        </Heading>
        <p>
          <strong>{license.name}</strong> ({LICENSE_KINDS[license.kind].label}
          {license.url ? (
            <>
              ;{' '}
              <Link href={license.url}>
                {translate({id: 'modelPage.licenseText', message: 'license text'})}
                <span className="sr-only"> {license.name}</span>
              </Link>
            </>
          ) : null}
          ). {license.allows} {license.restrictions ?? ''}
        </p>

        <Heading as="h2" id="how-to-get">
          {translate({id: 'modelPage.howToGet', message: 'How to get it'})}
        </Heading>
        <p>{model.howToGet}</p>

        <Heading as="h2" id="openness">
          {translate({id: 'modelPage.openness', message: 'What is open and what is not'})}
        </Heading>
        <ScorecardView model={model} />
        <SecondOpinion modelName={model.name} opinion={secondOpinion} />

        <Heading as="h2" id="sources">
          {translate({id: 'modelPage.sources', message: 'Sources'})}
        </Heading>
        <ul className={styles.sources}>
          {sources.map((s) => (
            <li key={s.url}>
              <Link href={s.url}>{hostOf(s.url)}</Link>{' '}
              <span className={styles.url}>{s.url.replace(/^https:\/\//, '')}</span>
              <span className={styles.note}>
                {translate(
                  {id: 'modelPage.supports', message: 'Supports: {what}. Date: {date}.'},
                  {
                    what: s.supports.join(', '),
                    date: formatIsoDate(s.asOf),
                  },
                )}
              </span>
            </li>
          ))}
        </ul>

        {model.guidePages.length > 0 ? (
          <>
            <Heading as="h2" id="in-the-guide">
              {translate({id: 'modelPage.guide', message: 'Where the guide discusses it'})}
            </Heading>
            <ul>
              {model.guidePages.map((p) => (
                <li key={p}>
                  <Link to={p}>{GUIDE_TITLES[p] ?? p}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <Heading as="h2" id="verified">
          {translate({id: 'modelPage.verified', message: 'Last verified and corrections'})}
        </Heading>
        <p>
          {translate(
            {id: 'modelPage.lastVerified', message: 'We last checked this record on {date}.'},
            {
              date: formatIsoDate(model.lastVerified),
            },
          )}{' '}
          <Link href={correctionUrl(siteConfig.organizationName ?? '', siteConfig.projectName ?? '', model)}>
            {translate({id: 'modelPage.correction', message: 'Suggest a correction'})}
            <span className="sr-only"> {model.name}</span>
          </Link>{' '}
          {translate({
            id: 'modelPage.correctionHint',
            message: '(a GitHub issue form asking for the field, the new value and a source).',
          })}
        </p>
      </main>
    </Layout>
  );
}
