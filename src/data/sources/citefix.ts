import type {Source} from '../types';

/**
 * Sources added so that every claim in the guide carries a citation (issue #12 §4, checked
 * 2026-11-27): OSI's own pages for the Apache 2.0 and MIT licenses, and GitHub's licensing guide
 * for what "no license" means.
 */
export const sources = [
  {
    id: 'osi-apache-2',
    title: 'Apache License, Version 2.0 (OSI license page)',
    publisher: 'Open Source Initiative',
    url: 'https://opensource.org/license/apache-2-0',
    published: '2004-01',
    asOf: '2026-11-27',
    kind: 'primary',
    topic: 'licenses',
    note: 'Date is that of the license version (January 2004); the page lists it among OSI-approved licenses.',
  },
  {
    id: 'osi-mit',
    title: 'The MIT License (OSI license page)',
    publisher: 'Open Source Initiative',
    url: 'https://opensource.org/license/mit',
    asOf: '2026-11-27',
    kind: 'primary',
    topic: 'licenses',
  },
  {
    id: 'choosealicense-no-permission',
    title: 'No license: what it means when code has no license',
    publisher: 'GitHub (choosealicense.com)',
    url: 'https://choosealicense.com/no-permission/',
    asOf: '2026-11-27',
    kind: 'secondary',
    topic: 'licenses',
    note: 'A guide by GitHub, not legal advice: without a license, default copyright applies and others have no permission to reuse the work.',
  },
] as const satisfies readonly Source[];
