import { defineElement } from '../whosaid.js';

// ?aggressive loads a stylesheet that tries to break every element on the
// page; the annotator's shadow root keeps it out.
if (new URLSearchParams(location.search).has('aggressive')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = 'aggressive.css';
  document.head.append(link);
}

const events = [];
window.whosaidEvents = events;
const annotator = document.getElementById('annotator');
annotator.addEventListener('whosaid:annotated', (event) => {
  events.push({ type: event.type, detail: event.detail });
  document.body.dataset.annotated = String(events.filter((e) => e.type === 'whosaid:annotated').length);
});
annotator.addEventListener('whosaid:select', (event) => {
  events.push({ type: event.type, detail: event.detail });
  document.getElementById('last-event').textContent = `Selected ${event.detail.kind} ${event.detail.id}`;
});
defineElement();
