// Keeps the demo page in step with the dashboard's language: the document language (for screen
// readers and hyphenation), its direction (Arabic right-to-left), the page title and the few words of page chrome outside the element.
const PAGE_TEXT = {
  sv: {
    title: 'Kollen – folkhälsa och levnadsvillkor i Stockholms län',
    tagline: 'Levnadsvillkor, levnadsvanor och hälsa i Stockholms län',
    skip: 'Hoppa till statistiken',
    footer: 'Kollen är öppen källkod (MIT). Data: se källan för varje mått.',
    all: 'Alla mått',
    releases: 'Versioner av data',
  },
  en: {
    title: 'Kollen – public health and living conditions in Stockholm County',
    tagline: 'Living conditions, habits and health in Stockholm County',
    skip: 'Skip to the statistics',
    footer: 'Kollen is open source (MIT). Data: see the source of each indicator.',
    all: 'All indicators',
    releases: 'Data releases',
  },
  fi: {
    title: 'Kollen – kansanterveys ja elinolot Tukholman läänissä',
    tagline: 'Elinolot, elintavat ja terveys Tukholman läänissä',
    skip: 'Siirry tilastoihin',
    footer: 'Kollen on avointa lähdekoodia (MIT). Tiedot: katso kunkin mittarin lähde.',
    all: 'Kaikki mittarit',
    releases: 'Aineistoversiot',
  },
  ar: {
    title: 'Kollen – الصحة العامة والظروف المعيشية في مقاطعة ستوكهولم',
    tagline: 'الظروف المعيشية والعادات الحياتية والصحة في مقاطعة ستوكهولم',
    skip: 'انتقل إلى الإحصاءات',
    footer: 'Kollen برنامج مفتوح المصدر (MIT). البيانات: انظر مصدر كل مؤشر.',
    all: 'جميع المؤشرات',
    releases: 'إصدارات البيانات',
  },
};

function applyLanguage(lang, dir) {
  const text = PAGE_TEXT[lang] ?? PAGE_TEXT.sv;
  document.documentElement.lang = lang;
  // The direction comes from the library's locale registry, through the dashboard's own `dir`.
  document.documentElement.dir = dir;
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
    all.setAttribute('href', lang === 'sv' ? './all-indicators.html' : `./all-indicators-${lang}.html`);
  }
  // The release history is one page, in Swedish with English beside it.
  const releases = document.querySelector('.site-footer a.releases-link');
  if (releases) releases.textContent = text.releases;
  const heading = document.querySelector('h1');
  if (heading) heading.textContent = text.title;
}

const dashboard = document.querySelector('kollen-dashboard');
if (dashboard) {
  const follow = () => {
    const lang = dashboard.current?.lang;
    if (lang) applyLanguage(lang, dashboard.getAttribute('dir') ?? 'ltr');
  };
  dashboard.addEventListener('kollen-ready', follow);
  dashboard.addEventListener('kollen-dashboard-change', follow);
  window.addEventListener('popstate', () => setTimeout(follow, 0));
}
