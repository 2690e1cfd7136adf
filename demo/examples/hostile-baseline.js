// Runs after the host's globals and markup, before Kollen (module scripts run after the page is
// parsed): records what the page looks like without Kollen so a test can prove Kollen leaks nothing.
(function recordBaseline() {
  var probe = document.getElementById('probe');
  var style = getComputedStyle(probe);
  var styles = {};
  for (var i = 0; i < style.length; i++) styles[style[i]] = style.getPropertyValue(style[i]);
  window.__kollenBaseline = { keys: Object.keys(window), probe: styles, sheets: document.styleSheets.length };
})();
