/**
 * /models/ — the model explorer: the full ModelTable with filters, sorting and downloads. Each
 * model also has its own page at /models/<id>/ (added by src/plugins/dataset).
 */
import React, {lazy, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import DocLink from '@site/src/components/DocLink';
import {translate} from '@docusaurus/Translate';
import ToolPage from '@site/src/components/ToolPage';
// The interactive parts directly: the page needs both to hydrate, so lazy chunks would only
// repeat what they share.
import ModelTable from '@site/src/components/ModelTable/Interactive';
import SelectableCompare from '@site/src/components/CompareModels/Selectable';
import CompareFrame from '@site/src/components/CompareModels/Frame';
import tableIndex from '@generated/site-dataset/default/model-table.json';
import {RUBRIC_DIMENSIONS} from '@site/src/domain/rubric';
import {Legend} from '@site/src/components/OpennessScorecard/ScorecardView';
import StaticIsland from '@site/src/components/StaticIsland';
import styles from './index.module.css';

// The timeline is fixed at build time: its markup ships, its code and data do not (StaticIsland).
const OpennessTimeline = lazy(() => import('@site/src/components/OpennessTimeline'));

export default function ModelExplorer(): ReactNode {
  const {rated} = tableIndex;
  const count = tableIndex.rows.length;
  return (
    <ToolPage
      title={translate({id: 'modelExplorer.title', message: 'Model explorer: which AI models are open?'})}
      description={translate(
        {
          id: 'modelExplorer.description',
          message:
            'Compare {count} AI models, from ChatGPT to gpt-oss, Llama and OLMo: license, sizes, and whether weights, training code and data are released, with sources.',
        },
        {count},
      )}
      keywords="model explorer, compare models, list of models, which models are open"
      heading={translate({id: 'modelExplorer.h1', message: 'Model explorer'})}
      intro={
        <>
          {translate({
            id: 'modelExplorer.lead',
            message:
              'Is it open source, and may you use it for what you want to do? Newest first; every rating has a source and a date on the model’s own page, and the address keeps your filters. New to the terms? Read',
          })}{' '}
          <DocLink doc="concepts/open-source-vs-open-weights">
            {translate({id: 'modelExplorer.readFirstLink', message: 'open source vs open weights'})}
          </DocLink>{' '}
          {translate({id: 'modelExplorer.readFirstAnd', message: 'and'})}{' '}
          <DocLink doc="decide/how-to-choose">
            {translate({id: 'modelExplorer.chooseLink', message: 'how to choose a model'})}
          </DocLink>
          .
        </>
      }
      introClassName={styles.lead}
      wide
      className={styles.main}
    >
      <Heading as="h2" id="table" className={styles.tableHeading}>
        {translate({id: 'modelExplorer.tableHeading', message: 'All models'})}
      </Heading>
      <div className={styles.key}>
        <Heading as="h3" id="legend" className={styles.keyHeading}>
          {translate({id: 'modelExplorer.legendHeading', message: 'How to read the ratings'})}
        </Heading>
        <Legend />
      </div>
      <p className={styles.rated} data-rated-cells="">
        {translate(
          {
            id: 'modelExplorer.ratedCells',
            message:
              '{rated} of {total} cells rated ({share} %) across {count} models and {dims} components; each unrated cell gives its reason on the model’s page. The score counts eight components: the hosted API is access, not openness.',
          },
          {
            rated: rated.rated,
            total: rated.total,
            share: (rated.share * 100).toFixed(1),
            count,
            dims: RUBRIC_DIMENSIONS.length,
          },
        )}{' '}
        <DocLink doc="concepts/rubric">
          {translate({id: 'modelExplorer.rubricLink', message: 'How we rate'})}
        </DocLink>
      </p>
      <ModelTable />
      <Heading as="h2" id="compare">
        {translate({id: 'modelExplorer.compareHeading', message: 'Compare up to three models'})}
      </Heading>
      <p>
        {translate({
          id: 'modelExplorer.compareLead',
          message:
            'ChatGPT, OpenAI’s open-weight gpt-oss-120b and Ai2’s OLMo 2 32B show the three levels of openness. Pick other models to compare them.',
        })}
      </p>
      <CompareFrame>
        <SelectableCompare ids={['chatgpt', 'gpt-oss-120b', 'olmo-2-32b']} />
      </CompareFrame>
      <Heading as="h2" id="timeline">
        {translate({id: 'modelExplorer.timelineHeading', message: 'Openness over time'})}
      </Heading>
      <p>
        {translate({
          id: 'modelExplorer.timelineLead',
          message:
            'Every rated model by release date and openness score: text, code, image, video, audio and embedding models alike.',
        })}
      </p>
      <StaticIsland as="div">
        <OpennessTimeline />
      </StaticIsland>
    </ToolPage>
  );
}
