const frame = document.getElementById('whosaid');
const result = document.getElementById('result');
// The embed page answers only origins named in its URL: here, this page's own.
frame.src = `../embed.html?origins=${encodeURIComponent(location.origin)}`;
const TEXT = '“The vote was fair,” said election chief Ana Ruiz. Critics said the count was rushed.';

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  if (event.data?.type === 'whosaid:ready') document.body.dataset.ready = 'true';
  if (event.data?.type === 'whosaid:document') {
    result.textContent = JSON.stringify(event.data.document, null, 2);
    document.body.dataset.answered = String(event.data.id);
  }
});

document.getElementById('send').addEventListener('click', () => {
  frame.contentWindow.postMessage({ type: 'whosaid:annotate', id: 1, text: TEXT }, location.origin);
});
