import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import {translate} from '@docusaurus/Translate';
import ToolPage from '@site/src/components/ToolPage';
import CostCalculator from '@site/src/components/CostCalculator';

/** Standalone cost calculator at /calculator/. The guide's cost page embeds the same component. */
export default function CalculatorPage(): ReactNode {
  return (
    <ToolPage
      title={translate({id: 'calculatorPage.title', message: 'API vs open-weight cost calculator'})}
      description={translate({
        id: 'calculatorPage.description',
        message:
          'Compare the monthly cost of a closed API such as GPT-5.5 with hosted or self-hosted open-weight models, with dated, sourced prices and the break-even volume.',
      })}
      keywords="cost calculator, api cost calculator, cost of self-hosting, self-hosting cost"
      heading="API vs open-weight cost calculator"
      intro={
        <>
          Enter your monthly token volume and compare a closed API with an open-weight model, either served by
          a hosting provider or run on your own GPUs. Prices are list prices in US dollars with the date their
          source showed them; self-hosting figures are assumptions for you to replace. For what the numbers
          leave out, read <DocLink doc="decide/costs">what open and closed AI cost</DocLink>; to decide more
          than price, try the <Link to="/chooser/">“which should I use?” guide</Link>.
        </>
      }
    >
      <CostCalculator headingLevel={2} />
    </ToolPage>
  );
}
