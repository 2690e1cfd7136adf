// Globals a messy host page leaves behind, loaded before Kollen: enumerable additions to built-in
// prototypes, other libraries' names taken by junk, and an AMD loader that would grab UMD bundles.
Array.prototype.x = function x() {
  return 'junk';
};
// Non-enumerable, as a polyfill would add it. An enumerable property on Object.prototype (which
// used to break `for…in` in libraries Kollen bundles) is checked separately by the test.
Object.defineProperty(Object.prototype, 'foo', { value: 'bar', writable: true, configurable: true });
window.d3 = 'junk';
window.vega = { version: '0.0.0-junk', View: null, parse: null };
window.vegaLite = 'junk';
window.lit = 'junk';
window.process = { env: { NODE_ENV: 'junk' } };
window.global = 'junk';
window.define = function define() {
  throw new Error('the host page AMD loader was called');
};
window.define.amd = true;
window.require = function require() {
  throw new Error('the host page require was called');
};
