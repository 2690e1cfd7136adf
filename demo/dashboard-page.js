// Keeps the demo page in step with the dashboard's language: the document language (for screen
// readers and hyphenation), the page title and the few words of page chrome outside the element.
const PAGE_TEXT = {
  sv: {
    title: 'Kollen – folkhälsa och levnadsvillkor i Stockholms län',
    tagline: 'Levnadsvillkor, levnadsvanor och hälsa i Stockholms län',
    skip: 'Hoppa till statistiken',
    footer: 'Kollen är öppen källkod (MIT). Data: se källan för varje mått.',
    all: 'Alla mått',
  },
  en: {
    title: 'Kollen – public health and living conditions in Stockholm County',
    tagline: 'Living conditions, habits and health in Stockholm County',
    skip: 'Skip to the statistics',
    footer: 'Kollen is open source (MIT). Data: see the source of each indicator.',
    all: 'All indicators',
  },
};

function applyLanguage(lang) {
  const text = PAGE_TEXT[lang] ?? PAGE_TEXT.sv;
  document.documentElement.lang = lang;
  document.title = text.title;
  const tagline = document.querySelector('.site-tagline');
  if (tagline) tagline.textContent = text.tagline;
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = text.skip;
  const footer = document.querySelector('.site-footer-text');
  if (footer) footer.textContent = text.footer;
  const all = document.querySelector('.site-footer a');
  if (all) {
    all.textContent = text.all;
    all.setAttribute('href', lang === 'en' ? './all-indicators-en.html' : './all-indicators.html');
  }
  const heading = document.querySelector('h1');
  if (heading) heading.textContent = text.title;
}

const dashboard = document.querySelector('kollen-dashboard');
if (dashboard) {
  const follow = () => {
    const lang = dashboard.current?.lang;
    if (lang) applyLanguage(lang);
  };
  dashboard.addEventListener('kollen-ready', follow);
  dashboard.addEventListener('kollen-dashboard-change', follow);
  window.addEventListener('popstate', () => setTimeout(follow, 0));
}
