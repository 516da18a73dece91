import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {PRICE_DATASET} from '@site/src/data/prices';
import {formatIsoDate} from '@site/src/domain/dates';

/**
 * Names the price dataset the calculator and the cost page read, with its version and publication
 * date (the as-of date of every price in it). One home: src/data/generated/genai-prices.json.
 */
export default function PriceDataset(): ReactNode {
  return (
    <>
      <Link href={PRICE_DATASET.url}>
        {PRICE_DATASET.name} {PRICE_DATASET.version}
      </Link>{' '}
      (published <time dateTime={PRICE_DATASET.published}>{formatIsoDate(PRICE_DATASET.published)}</time>)
    </>
  );
}
