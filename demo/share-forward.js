// A share page (share/<indicator>.html?<state>) forwards into the dashboard with the link's state:
// the dashboard reads it from its own address. Without scripts, the page's meta refresh opens the
// indicator instead. An external file, so a strict Content-Security-Policy needs no inline script.
const params = new URLSearchParams(location.search);
const indicator = document.documentElement.dataset.indicator;
if (indicator && !params.has('indicator')) params.set('indicator', indicator);
const target = new URL('../', location.href);
target.search = params.toString();
location.replace(target.href);
