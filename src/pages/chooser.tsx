import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import {translate} from '@docusaurus/Translate';
import ToolPage from '@site/src/components/ToolPage';
import Chooser from '@site/src/components/Chooser';

/** Standalone "Which should I use?" guide at /chooser/. The how-to-choose page embeds the same component. */
export default function ChooserPage(): ReactNode {
  return (
    <ToolPage
      title={translate({
        id: 'chooserPage.title',
        message: 'Which should I use? Closed API or open-weight model',
      })}
      description={translate({
        id: 'chooserPage.description',
        message:
          'Answer eight questions about data, volume, quality, skills, licenses, location, offline use and budget to see whether a closed API, a hosted or self-hosted open-weight model, or a hybrid fits.',
      })}
      keywords="chooser, which model should I use, which ai should I use, open or closed, decision guide"
      heading="Which should I use?"
      intro={
        <>
          Eight questions point to one of four set-ups: a closed API, an open-weight model from a hosting
          provider, an open-weight model you run yourself, or a hybrid of open and closed. The result lists
          the answers that drove it, the trade-offs and models to look at. It is a starting point, not a
          verdict: the <DocLink doc="decide/how-to-choose">how-to-choose guide</DocLink> explains each
          question, and the <Link to="/calculator/">cost calculator</Link> puts numbers on the price question.
        </>
      }
    >
      <Chooser headingLevel={2} />
    </ToolPage>
  );
}
