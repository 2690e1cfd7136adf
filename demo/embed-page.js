// The embed page inside an iframe: tells the host page how tall its content is, whenever that
// changes, so the host's `embed-resize.js` can fit the frame (no scrollbars, no empty space).
const MESSAGE = 'kollen-embed-height';

function postHeight() {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  // The height is not secret, and the host's origin is unknown here: any parent may read it.
  window.parent.postMessage({ type: MESSAGE, height }, '*');
}

new ResizeObserver(postHeight).observe(document.documentElement);
document.addEventListener('kollen-ready', postHeight);
window.addEventListener('load', postHeight);
postHeight();
