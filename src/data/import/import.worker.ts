/// <reference lib="webworker" />
// Parses an inventory file off the main thread: the staff screen stays responsive on a large
// spreadsheet. Started by parseInWorker(); one file per worker, then it is terminated.
import { parseImportFile, type ImportFile } from './parse-import';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<ImportFile>) => {
  void parseImportFile(event.data).then((preview) => scope.postMessage(preview));
});
