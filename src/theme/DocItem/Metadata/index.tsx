// Wraps the docs page metadata to add a TechArticle JSON-LD block (headline, description,
// dateModified, canonical URL, image). Breaks if upstream stops exposing useDoc() metadata.
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme-original/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import {applyTrailingSlash, buildTechArticle, serializeJsonLd} from '@site/src/lib/jsonld';

type Props = WrapperProps<typeof MetadataType>;

export default function MetadataWrapper(props: Props): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const {metadata, frontMatter, assets} = useDoc();
  const image = assets.image ?? frontMatter.image ?? (siteConfig.themeConfig.image as string | undefined);
  const imageUrl = useBaseUrl(image ?? '', {absolute: true});
  const article = buildTechArticle(
    {
      url: siteConfig.url,
      baseUrl: siteConfig.baseUrl,
      title: siteConfig.title,
      description: siteConfig.tagline,
      language: i18n.currentLocale,
    },
    {
      title: metadata.title,
      description: metadata.description,
      // Permalinks carry baseUrl but not the trailing slash the canonical URL has.
      url: applyTrailingSlash(`${siteConfig.url}${metadata.permalink}`, siteConfig.trailingSlash),
      lastUpdated: metadata.lastUpdatedAt ?? undefined,
      image: image ? imageUrl : undefined,
      keywords: frontMatter.keywords,
    },
  );
  return (
    <>
      <Metadata {...props} />
      <Head>
        <script type="application/ld+json">{serializeJsonLd(article)}</script>
      </Head>
    </>
  );
}
