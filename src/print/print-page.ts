/**
 * Prints the current screen's take-away through the browser's print dialog (a kiosk started
 * with --kiosk-printing prints straight to the default printer). The print stylesheet
 * (src/styles/print.css) keeps only the title and the parts marked for paper.
 */
export function printPage(win: Window = window): void {
  win.print();
}
