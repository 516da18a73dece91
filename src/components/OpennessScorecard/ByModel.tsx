/**
 * The scorecard of one model looked up by id. It imports the dataset, so ./index.tsx loads it
 * lazily inside a <StaticIsland>. An unknown id fails the build.
 */
import React, {type ReactNode} from 'react';
import {getModel} from '@site/src/data/models';
import ScorecardView from './ScorecardView';

export interface OpennessScorecardProps {
  /** Id of a record in src/data/models/. */
  model: string;
  compact?: boolean;
  showLegend?: boolean;
}

export default function ScorecardByModel({
  model: id,
  compact,
  showLegend,
}: OpennessScorecardProps): ReactNode {
  const model = getModel(id);
  if (!model) {
    throw new Error(`<OpennessScorecard model="${id}" />: no model with that id in src/data/models/.`);
  }
  return (
    <ScorecardView
      model={model}
      compact={compact}
      showLegend={showLegend}
      pageHref={`/models/${model.id}/`}
    />
  );
}
