/**
 * Stands in for mark.js in the search plugin (swapped in by ./index.ts). The plugin highlights a
 * search's words on the page a result opens (`?_highlight=…`), and imports mark.js (7.7 KB gzip)
 * into every page's main bundle to do it. This class has the two methods the plugin calls and
 * loads mark.js only when there is something to mark.
 */
type MarkOptions = Record<string, unknown>;
interface MarkInstance {
  mark: (keywords: string | string[], options?: MarkOptions) => void;
  unmark: (options?: MarkOptions) => void;
}
type MarkClass = new (context: Element) => MarkInstance;

let loaded: MarkClass | null = null;
let loading: Promise<MarkClass> | null = null;

function load(): Promise<MarkClass> {
  // An alias set by ./index.ts for mark.js's ES module build, resolved from the search plugin.
  loading ??= import('site-search-mark').then((m: {default?: MarkClass}) => {
    loaded = (m.default ?? m) as MarkClass;
    return loaded;
  });
  return loading;
}

export default class LazyMark {
  private readonly context: Element;

  constructor(context: Element) {
    this.context = context;
  }

  mark(keywords: string | string[], options?: MarkOptions): void {
    void load().then((Mark) => new Mark(this.context).mark(keywords, options));
  }

  /** Nothing can be marked before mark.js has loaded, so there is nothing to undo until then. */
  unmark(options?: MarkOptions): void {
    if (loaded) new loaded(this.context).unmark(options);
  }
}
