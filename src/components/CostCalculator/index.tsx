/**
 * API-vs-open-weight cost calculator (issue #6). The server-rendered part (worked example, price
 * sources, formulas) is static and reads without JavaScript. The interactive form loads lazily,
 * in the browser only, so neither it nor the chart adds JavaScript to any other page; its fallback
 * reserves about the same height to avoid a layout shift.
 */
import React, {type ReactNode, Suspense, lazy} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate from '@docusaurus/Translate';
import {Formulas, PriceTable, WorkedExample, type HeadingLevel} from './shared';
import styles from './styles.module.css';

const Interactive = lazy(() => import('./Interactive'));

export interface CostCalculatorProps {
  /** Heading level for the calculator's own sections: 2 on its own page, 3 inside a docs section. */
  headingLevel?: HeadingLevel;
  /** Show the static worked example (turn off where the page has its own table at typical volumes). */
  workedExample?: boolean;
  /** Show the table of every price preset with its date and source. */
  priceTable?: boolean;
}

function Fallback({withExample}: {withExample: boolean}): ReactNode {
  return (
    <div className={styles.fallback} data-calculator-fallback="" data-search-ignore="">
      <p>
        {withExample ? (
          <Translate id="costCalculator.loading">
            The interactive calculator loads here. Without JavaScript, the worked example below shows the
            default case.
          </Translate>
        ) : (
          <Translate id="costCalculator.loadingNoExample">
            The interactive calculator loads here. Without JavaScript, the formulas below let you work the
            numbers by hand.
          </Translate>
        )}
      </p>
    </div>
  );
}

export default function CostCalculator({
  headingLevel = 2,
  workedExample = true,
  priceTable = true,
}: CostCalculatorProps): ReactNode {
  return (
    <div className={styles.root} data-search-ignore="">
      <BrowserOnly fallback={<Fallback withExample={workedExample} />}>
        {() => (
          <Suspense fallback={<Fallback withExample={workedExample} />}>
            <Interactive level={headingLevel} />
          </Suspense>
        )}
      </BrowserOnly>
      {workedExample && <WorkedExample level={headingLevel} />}
      <Formulas level={headingLevel} />
      {priceTable && <PriceTable level={headingLevel} />}
    </div>
  );
}
