// Saves text as a file the browser downloads (a blob URL on a temporary link: no request leaves the page).

export function saveText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Opens a page of this playground in a new tab, without giving it a handle on this one. */
export function openInNewTab(url: string): void {
  window.open(url, '_blank', 'noopener');
}
