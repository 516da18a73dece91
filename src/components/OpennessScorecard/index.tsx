/**
 * <OpennessScorecard model="gpt-oss-120b" /> — one model's openness profile with legend and
 * evidence links. <OpennessScorecard model="chatgpt" compact /> renders an inline summary that
 * fits inside a sentence. An unknown id fails the build.
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

export default function OpennessScorecard({
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
