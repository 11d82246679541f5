/**
 * Prints the current screen's take-away through the browser's print dialog (a kiosk started
 * with --kiosk-printing prints straight to the default printer). The print stylesheet
 * (src/styles/print.css) keeps only the sheet: its header line "Kiosque e-Santé — topic — date"
 * (./print-header.tsx), its title and the parts marked for paper; never a button.
 */
export function printPage(win: Window = window): void {
  win.print();
}
