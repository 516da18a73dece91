/**
 * The page for one model at /models/<id>/, added by src/plugins/dataset with that model and its
 * license as route props (no dataset-wide import here, so each page stays light). Opens with a
 * one-line answer and the verdicts and license uses computed at build time (src/lib/modelPage.ts),
 * then the facts, scorecard, sources, guide pages and a correction link.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Head from '@docusaurus/Head';
import DocLink from '@site/src/components/DocLink';
import CopyableText from '@site/src/components/CopyableText';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import type {License, Model} from '@site/src/domain/types';
import {ACCESS_KINDS, LICENSE_KINDS, MODALITIES, OPENNESS_DIMENSIONS} from '@site/src/domain/types';
import type {ModelPageProps} from '@site/src/lib/modelPage';
import {formatIsoDate} from '@site/src/domain/dates';
import {DIMENSIONS, RELEASE_CLASSES, formatSizes, releaseClass} from '@site/src/lib/models';
import ScorecardView, {hostOf} from '@site/src/components/OpennessScorecard/ScorecardView';
import SecondOpinion from '@site/src/components/SecondOpinion';
import {Verdicts} from './Verdicts';
import ChannelAnswers from './ChannelAnswers';
import styles from './styles.module.css';

function HowWeCompute(): ReactNode {
  return (
    // Same text on every model page: left out of the search index (docusaurus.config.ts).
    <details className={styles.how} data-search-ignore="">
      <summary>How we compute these verdicts</summary>
      <p>
        Every verdict is computed from this page’s ratings and license record at build time; none is typed by
        hand. <strong>Open Source AI:</strong> OSI’s definition asks for three things. We read{' '}
        <em>data information</em> as training data or data documentation rated open, <em>code</em> as training
        and inference code both rated open, and <em>parameters</em> as weights rated open under an
        OSI-approved license. A part rated partial or closed fails it; a part resting on an unrated dimension
        gives “cannot tell”.
      </p>
      <p>
        <strong>Model Openness Framework:</strong> the framework’s classes need up to 16 components released
        under open licenses. Ours map onto them (architecture and inference code from inference code; final
        parameters from weights plus an open license; technical report and research paper from the paper;
        model card and data card from the model card and data documentation; datasets from training data). We
        have no ratings for evaluation results (assumed published with an open paper or model card),
        evaluation code and data and preprocessing code (assumed to come with open training code), or
        intermediate checkpoints (assumed released when training code and data both are), so the class is an
        estimate.
      </p>
      <p>
        <strong>Can I use it for…?</strong> Answers come from the documents that govern each way in: the
        license for a download, the provider’s terms and usage policy for its API or app. Each names the
        clause and links the version read. “Unclear or not stated” means the text is silent or ambiguous; “not
        checked” means we could not read that text. This is a reading of the text, not legal advice.
      </p>
    </details>
  );
}

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

/** Links between the catalog's kinds: "Part of the Llama family", "Runs in ChatGPT", "Runs GPT-5.5". */
function Placement({
  model,
  related,
}: {
  model: Model;
  related: NonNullable<ModelPageProps['related']>;
}): ReactNode {
  const list = (links: {id: string; name: string}[]) =>
    links.map((l, i) => (
      <React.Fragment key={l.id}>
        {i > 0 && ', '}
        <Link to={`/models/${l.id}/`}>{l.name}</Link>
      </React.Fragment>
    ));
  if (!related.family && related.runs.length === 0 && related.runIn.length === 0) return null;
  return (
    <p className={styles.classLine} data-testid="model-placement">
      {model.kind === 'product' && (
        <>
          <strong>A product, not a model version.</strong>{' '}
          {related.runs.length > 0 && (
            <>
              Among the models it runs (as of {formatIsoDate(model.lastVerified)}): {list(related.runs)}.{' '}
            </>
          )}
        </>
      )}
      {related.family && (
        <>
          Part of the <Link to={`/models/${related.family.id}/`}>{related.family.name}</Link> family.{' '}
        </>
      )}
      {related.runIn.length > 0 && <>Offered in {list(related.runIn)}.</>}
    </p>
  );
}

/** "Use this badge": the badge and Markdown/HTML snippets that link it to this page. */
function BadgeSnippets({model, badge}: {model: Model; badge: ModelPageProps['badge']}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const src = useBaseUrl(`/badges/${model.id}.svg`);
  const page = useBaseUrl(`/models/${model.id}/`);
  const absolute = (p: string) => `${siteConfig.url}${p}`;
  const markdown = `[![${badge.alt}](${absolute(src)})](${absolute(page)})`;
  const html = `<a href="${absolute(page)}"><img src="${absolute(src)}" alt="${badge.alt}"></a>`;
  // The same snippets on every model page: left out of the search index, like the other boilerplate.
  return (
    <div data-search-ignore="">
      <Heading as="h2" id="badge">
        {translate({id: 'modelPage.badge', message: 'Use this badge'})}
      </Heading>
      <p>
        {translate({
          id: 'modelPage.badgeIntro',
          message:
            'Show this answer in a README or on a web page. The badge is a small image on this site, updated with the record; it links back here.',
        })}
      </p>
      <p data-testid="model-badge">
        <img src={src} alt={badge.alt} height={20} />
      </p>
      <CopyableText title="Markdown">{markdown}</CopyableText>
      <CopyableText title="HTML">{html}</CopyableText>
    </div>
  );
}

function correctionUrl(org: string, project: string, model: Model): string {
  const params = new URLSearchParams({
    template: 'correction.yml',
    title: `Correction: ${model.id}`,
    'model-id': model.id,
  });
  return `https://github.com/${org}/${project}/issues/new?${params.toString()}`;
}

export default function ModelPage({
  model,
  license,
  answer,
  verdicts,
  channels,
  uncovered,
  changes = [],
  osi,
  secondOpinion,
  related,
  badge,
}: ModelPageProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const cls = releaseClass(model);
  const sources = collectSources(model, license);
  const feedUrl = useBaseUrl(`/models/${model.id}/changes.xml`);
  return (
    <Layout
      // A product's page asks the same question as the guide page about it, so its title says what it covers.
      title={
        model.kind === 'product'
          ? `Is ${model.name} open source? The product and the models it runs`
          : `Is ${model.name} open source?`
      }
      // Names the model for a search result: "Is Llama 4 Maverick open source? No — open weights under …".
      description={`Is ${model.name} open source? ${answer.replace(/^Open source\? /, '')}`}
    >
      <Head>
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${model.name}: changes to its record`}
          href={feedUrl}
        />
      </Head>
      <main className={`container ${styles.main}`}>
        <nav
          className={styles.crumbs}
          data-search-ignore=""
          aria-label={translate({id: 'modelPage.breadcrumbs', message: 'Breadcrumbs'})}
        >
          <Link to="/models/">{translate({id: 'modelPage.explorer', message: 'Model explorer'})}</Link>
          <span aria-hidden="true"> / </span>
          {related?.family && (
            <>
              <Link to={`/models/${related.family.id}/`}>{related.family.name}</Link>
              <span aria-hidden="true"> / </span>
            </>
          )}
          <span>{model.name}</span>
        </nav>
        <Heading as="h1">Is {model.name} open source?</Heading>
        <p className={styles.answer} data-testid="model-answer">
          {answer}
        </p>
        <p className={styles.lead}>{model.summary}</p>
        {related && <Placement model={model} related={related} />}
        <p className={styles.classLine}>
          <strong>{RELEASE_CLASSES[cls].label}.</strong> {RELEASE_CLASSES[cls].description}{' '}
          <Link to={`/models/#model-${model.id}`}>
            {translate({id: 'modelPage.inTable', message: 'See it in the comparison table'})}
          </Link>
        </p>

        <Heading as="h2" id="verdicts">
          {translate({id: 'modelPage.verdicts', message: 'Verdicts'})}
        </Heading>
        <Verdicts verdicts={verdicts} osi={osi} />

        <Heading as="h2" id="license-uses">
          {translate({id: 'modelPage.licenseUses', message: 'Can I use it for…?'})}
        </Heading>
        <ChannelAnswers channels={channels} uncovered={uncovered} />
        <HowWeCompute />

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
          <dt>{translate({id: 'modelPage.inputs', message: 'Takes in'})}</dt>
          <dd>{model.inputs.map((m) => MODALITIES[m].label).join(', ')}</dd>
          <dt>{translate({id: 'modelPage.outputs', message: 'Makes'})}</dt>
          <dd>{model.outputs.map((m) => MODALITIES[m].label).join(', ')}</dd>
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
        {secondOpinion ? (
          // Other trackers' tables and snapshot lines: evidence, left out of the search index.
          <div data-search-ignore="">
            <SecondOpinion modelName={model.name} opinion={secondOpinion} />
          </div>
        ) : null}

        <Heading as="h2" id="sources">
          {translate({id: 'modelPage.sources', message: 'Sources'})}
        </Heading>
        <ul className={styles.sources} data-search-ignore="">
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
            <ul data-search-ignore="">
              {model.guidePages.map((p) => (
                <li key={p}>
                  <DocLink doc={p} />
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <Heading as="h2" id="changes">
          {translate({id: 'modelPage.changes', message: 'Change log'})}
        </Heading>
        <p className={styles.note}>
          {translate({
            id: 'modelPage.changesIntro',
            message: 'Changes to the model and corrections to this record, newest first.',
          })}{' '}
          <Link
            to={`pathname:///models/${model.id}/changes.xml`}
            type="application/atom+xml"
            target="_self"
            data-testid="model-feed"
          >
            {translate({id: 'modelPage.feed', message: 'Follow this model (Atom feed)'})}
          </Link>
        </p>
        <ul className={styles.changes} data-testid="model-changes">
          {changes.map((c) => (
            <li key={`${c.date} ${c.what}`}>
              <time dateTime={c.date}>{formatIsoDate(c.date)}</time>: {c.what}{' '}
              {c.href ? (
                <Link href={c.href}>
                  {translate({id: 'modelPage.changeSource', message: 'source'})}
                  <span className="sr-only">
                    {' '}
                    {translate(
                      {id: 'modelPage.changeSourceFor', message: 'for the change of {date}'},
                      {date: formatIsoDate(c.date)},
                    )}
                  </span>
                </Link>
              ) : null}
            </li>
          ))}
          <li>
            <time dateTime={model.added}>{formatIsoDate(model.added)}</time>:{' '}
            {translate({id: 'modelPage.added', message: 'Added to the guide.'})}{' '}
            <Link to="/changes/">{translate({id: 'modelPage.allChanges', message: 'All changes'})}</Link>
          </li>
        </ul>

        <BadgeSnippets model={model} badge={badge} />

        <Heading as="h2" id="verified">
          {translate({id: 'modelPage.verified', message: 'Last verified and corrections'})}
        </Heading>
        <p data-search-ignore="">
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
