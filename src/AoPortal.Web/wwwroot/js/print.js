// "Print this page" buttons (marked data-app-print), such as the one on the hand-over summary. Printing from a button
// needs JavaScript, so the button stays hidden until this file shows it; the browser's own print still works without it.
for (const button of document.querySelectorAll("[data-app-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
