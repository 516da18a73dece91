import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import modelIndex from '@generated/site-dataset/default/model-index.json';
import ModelAsk from '@site/src/components/ModelAsk';
import OpennessGlance from '@site/src/components/OpennessGlance';
import styles from './index.module.css';

interface Section {
  /** A site route (tool pages) or, for guide pages, `doc`: a doc id. */
  to?: string;
  doc?: string;
  title: string;
  blurb: string;
}

// The tools first, then the main paths through the guide in reading order.
const SECTIONS: Section[] = [
  {
    to: '/models/',
    title: 'Model explorer',
    blurb: 'Every model in the guide with its license and what is open, filterable and sortable.',
  },
  {
    to: '/calculator/',
    title: 'Cost calculator',
    blurb: 'A closed API, a hosted open-weight model and self-hosting, priced side by side.',
  },
  {
    to: '/chooser/',
    title: 'Which should I use?',
    blurb: 'Eight questions that point to a closed API, an open-weight model or a mix.',
  },
  {
    doc: 'answer/is-chatgpt-open-source',
    title: 'The short answer',
    blurb: 'What exactly is closed about ChatGPT, and how you can still use it.',
  },
  {
    doc: 'concepts/open-source-vs-open-weights',
    title: 'Open source vs open weights',
    blurb: 'Why downloadable weights are not the same as open source AI.',
  },
  {
    doc: 'openai/gpt-oss',
    title: "gpt-oss, OpenAI's open-weight models",
    blurb: 'Two Apache-2.0 models you can download, and what was not released.',
  },
  {
    doc: 'models/open-alternatives',
    title: 'Open alternatives',
    blurb: 'Llama, Qwen, DeepSeek, OLMo, Mistral and more, with their real licenses.',
  },
  {
    doc: 'decide/how-to-choose',
    title: 'How to choose',
    blurb: 'Closed API, hosted open model or self-hosting: the questions that decide it.',
  },
  {
    doc: 'decide/costs',
    title: 'What it costs',
    blurb: 'Dated, sourced prices per million tokens and where self-hosting breaks even.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      // The guide's short answer has the plain question as its title; each page's title is its own.
      title={translate({
        id: 'home.title',
        message: 'Is ChatGPT open source? A field guide to open and closed AI',
      })}
      description={translate({
        id: 'home.description',
        message:
          "No. ChatGPT is proprietary; OpenAI's separate gpt-oss models are open-weight. A sourced guide to open and closed AI.",
      })}
    >
      <main>
        <section className={styles.hero}>
          <div className={`container ${styles.heroGrid}`}>
            <div className={styles.heroText}>
              <p className={styles.eyebrow}>
                <Translate id="home.eyebrow">A field guide to open and closed AI</Translate>
              </p>
              <Heading as="h1" className={styles.question}>
                <Translate id="home.question">Is ChatGPT open source?</Translate>
              </Heading>
              <p className={styles.answer}>
                <strong>
                  <Translate id="home.answer.no">No</Translate>
                </strong>{' '}
                <Translate id="home.answer.rest">
                  {"— ChatGPT is proprietary; OpenAI's gpt-oss models are open-weight."}
                </Translate>
              </p>
              <p className={styles.detail}>
                <Translate id="home.detail">
                  OpenAI has not published the code, weights or training data behind ChatGPT. In August 2025
                  it released two separate models, gpt-oss-120b and gpt-oss-20b, whose weights anyone may
                  download under the Apache 2.0 license, but without their training data or training code.
                </Translate>
              </p>
              <div className={styles.actions}>
                <DocLink className="button button--primary" doc="answer/is-chatgpt-open-source">
                  <Translate id="home.cta.primary">Read the short answer</Translate>
                </DocLink>
                <DocLink className="button button--secondary" doc="reference/faq">
                  <Translate id="home.cta.faq">Browse the FAQ</Translate>
                </DocLink>
              </div>
              <ModelAsk models={modelIndex.models} />
            </div>
            <div className={styles.heroGlance}>
              <OpennessGlance rows={modelIndex.glance} />
            </div>
          </div>
        </section>
        <section className="container" aria-labelledby="sections-heading">
          <Heading as="h2" id="sections-heading" className={styles.sectionsHeading}>
            <Translate id="home.sections.heading">Where to next</Translate>
          </Heading>
          <ul className={styles.grid}>
            {SECTIONS.map((section) => (
              <li key={section.to ?? section.doc} className={styles.card}>
                {section.doc ? (
                  <DocLink doc={section.doc} className={styles.cardLink}>
                    {section.title}
                  </DocLink>
                ) : (
                  <Link to={section.to!} className={styles.cardLink}>
                    {section.title}
                  </Link>
                )}
                <p className={styles.cardBlurb}>{section.blurb}</p>
              </li>
            ))}
          </ul>
        </section>
        <section className="container" aria-labelledby="all-models-heading" data-testid="all-models">
          <Heading as="h2" id="all-models-heading" className={styles.sectionsHeading}>
            <Translate id="home.allModels.heading">Is it open source? Every model in the guide</Translate>
          </Heading>
          <ul className={styles.allModels} data-search-ignore="">
            {modelIndex.models.map((m) => (
              <li key={m.id}>
                <Link to={`/models/${m.id}/`}>{m.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
