import { annotateElement } from '../whosaid.js';

const story = document.getElementById('story');
let current = await annotateElement(story);
document.body.dataset.annotated = 'true';

document.getElementById('clear').addEventListener('click', () => current?.clear());
document.getElementById('again').addEventListener('click', async () => {
  current?.clear();
  current = await annotateElement(story);
});
window.whosaidExample = { annotateElement, get current() { return current; } };
