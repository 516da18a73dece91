/**
 * <ToolPage> — the shell of the standalone tool pages (/calculator/, /chooser/, /models/): the
 * Layout with the page's title and description, its search keywords, one <main> with the h1 and
 * an introductory paragraph, then the tool. Narrow pages sit in a centred column of ten; the
 * explorer's tables take the whole container (`wide`).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Head from '@docusaurus/Head';

export interface ToolPageProps {
  /** The document title (Layout adds the site name) and og:title. */
  title: string;
  /** Meta description, as shown in search results. */
  description: string;
  /** Words readers search for that the page text does not use; the search index reads them. */
  keywords: string;
  /** The page's h1. */
  heading: ReactNode;
  /** The paragraph under the heading. */
  intro: ReactNode;
  introClassName?: string;
  /** The whole container instead of a centred column of ten (for wide tables). */
  wide?: boolean;
  /** Class for <main> beside Infima's `container`; by default Infima's vertical margins. */
  className?: string;
  children: ReactNode;
}

export default function ToolPage({
  title,
  description,
  keywords,
  heading,
  intro,
  introClassName,
  wide = false,
  className = 'margin-vert--lg',
  children,
}: ToolPageProps): ReactNode {
  const content = (
    <>
      <Heading as="h1">{heading}</Heading>
      <p className={introClassName}>{intro}</p>
      {children}
    </>
  );
  return (
    <Layout title={title} description={description}>
      <Head>
        <meta name="keywords" content={keywords} />
      </Head>
      <main className={clsx('container', className)}>
        {wide ? (
          content
        ) : (
          <div className="row">
            <div className="col col--10 col--offset-1">{content}</div>
          </div>
        )}
      </main>
    </Layout>
  );
}
