/** Offers a text as a file download (Blob + a temporary a[download]); nothing leaves the device. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
