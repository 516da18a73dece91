// Ejects the 404 page (`NotFound`: safe to eject per `docusaurus swizzle --list`, "meant to be
// ejected") to render our body (src/components/NotFound) instead of upstream's NotFound/Content,
// which is unsafe to swizzle. Same title and layout as upstream; breaks if upstream moves
// PageMetadata out of @docusaurus/theme-common.
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import NotFoundBody from '@site/src/components/NotFound';

export default function NotFound(): ReactNode {
  const title = translate({id: 'theme.NotFound.title', message: 'Page Not Found'});
  return (
    <>
      <PageMetadata title={title} />
      <Layout>
        <NotFoundBody />
      </Layout>
    </>
  );
}
