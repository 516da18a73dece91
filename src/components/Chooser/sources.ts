/**
 * The few source records the chooser's rules cite (`rule.source.id`), resolved at build time by
 * the dataset plugin into global data, so the chooser ships two links instead of the sources table.
 */
import {usePluginData} from '@docusaurus/useGlobalData';

export interface SourceLink {
  url: string;
  title: string;
}

export function useChooserSources(): Record<string, SourceLink> {
  const data = usePluginData('site-dataset') as {chooserSources?: Record<string, SourceLink>} | undefined;
  return data?.chooserSources ?? {};
}
