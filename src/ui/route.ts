// The address of a screen: `#/r/<request id>/<tab>`, the tab the matrix when none is named. Read by
// the app (which request and tab to show) and by the start (whose matrix to read ahead).
import type { TabId } from './requests/RequestView';

export interface Route {
  id: string | null;
  tab: TabId;
}

export function readRoute(hash: string): Route {
  const match = /^#\/r\/([^/]+)(?:\/(matrix|consensus|criteria|procedure|import|export))?/.exec(hash);
  return { id: match?.[1] ? decodeURIComponent(match[1]) : null, tab: (match?.[2] as TabId | undefined) ?? 'matrix' };
}
