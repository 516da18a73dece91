/**
 * <OpennessScorecard model="gpt-oss-120b" /> — one model's openness profile with legend and
 * evidence links. <OpennessScorecard model="chatgpt" compact /> renders an inline summary that
 * fits inside a sentence. An unknown id fails the build (src/plugins/mdx-ids, and ./ByModel.tsx).
 *
 * The scorecard never changes after the build, so it is a <StaticIsland>: the static HTML carries
 * it, and the page's JavaScript carries neither the scorecard code nor any model record.
 */
import React, {lazy, type ReactNode} from 'react';
import StaticIsland from '@site/src/components/StaticIsland';
import type {OpennessScorecardProps} from './ByModel';

const ScorecardByModel = lazy(() => import('./ByModel'));

export type {OpennessScorecardProps};

export default function OpennessScorecard(props: OpennessScorecardProps): ReactNode {
  return (
    <StaticIsland as={props.compact ? 'span' : 'div'}>
      <ScorecardByModel {...props} />
    </StaticIsland>
  );
}
