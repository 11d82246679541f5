// The page bench/kiosk.bench.ts opens to time the finder in Chromium: runs on demand.
import { runFinderWorkload, type FinderRun } from './finder-workload';

(window as unknown as { runFinderWorkload: () => FinderRun }).runFinderWorkload = runFinderWorkload;
document.body.dataset['ready'] = 'yes';
