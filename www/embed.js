// The iframe mode, for CMSs that only allow iframes.
//
//   <iframe src="https://tools.example/whosaid/embed.html?origins=https://cms.example"></iframe>
//   frame.contentWindow.postMessage({ type: 'whosaid:annotate', id: 1, text }, 'https://tools.example');
//   window.addEventListener('message', (e) => e.data.type === 'whosaid:document' && e.data.document);
//
// Only origins listed in the `origins` URL parameter (comma-separated) are
// answered; messages from any other origin are ignored without reply.
import { annotate, ready } from './core.js';

const allowed = new Set(
  (new URLSearchParams(location.search).get('origins') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
);

window.addEventListener('message', async (event) => {
  if (!allowed.has(event.origin) || !event.source) return;
  const { type, id = null, text, options } = event.data ?? {};
  if (type !== 'whosaid:annotate') return;
  const reply = (message) => event.source.postMessage({ id, ...message }, event.origin);
  if (typeof text !== 'string') {
    reply({ type: 'whosaid:error', message: 'the message needs a string `text`' });
    return;
  }
  try {
    await ready();
    reply({ type: 'whosaid:document', document: annotate(text, options) });
  } catch (error) {
    reply({ type: 'whosaid:error', message: String(error?.message ?? error) });
  }
});

// Tell the host we are listening (to every allowed origin; nothing else is sent).
ready().then(() => {
  for (const origin of allowed) window.parent?.postMessage({ type: 'whosaid:ready' }, origin);
});
