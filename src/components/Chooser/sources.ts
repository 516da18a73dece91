/**
 * The few source records the chooser's rules cite (`rule.source.id`), resolved at build time by
 * the dataset plugin into a generated module that only the chooser imports, so the chooser ships
 * two links instead of the sources table and no other page ships them.
 */
import chooserSources from '@generated/site-dataset/default/chooser-sources.json';

export interface SourceLink {
  url: string;
  title: string;
}

export function useChooserSources(): Record<string, SourceLink> {
  return chooserSources;
}
