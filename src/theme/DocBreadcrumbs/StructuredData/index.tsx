// Minimal override (not a wrap: the original always emits its own block): the same BreadcrumbList
// with item URLs following trailingSlash, so they match canonical and sitemap URLs. Breaks if
// upstream renames useBreadcrumbsStructuredData or starts emitting trailing slashes itself (harmless).
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import {fixBreadcrumbList, serializeJsonLd} from '@site/src/lib/jsonld';

export default function DocBreadcrumbsStructuredData(props: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const structuredData = useBreadcrumbsStructuredData({breadcrumbs: props.breadcrumbs});
  return (
    <Head>
      <script type="application/ld+json">
        {serializeJsonLd(fixBreadcrumbList(structuredData, siteConfig.trailingSlash))}
      </script>
    </Head>
  );
}
