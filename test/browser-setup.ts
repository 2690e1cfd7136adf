/**
 * The browser tests' page is a Swedish page, like the public-sector sites Kollen is made for.
 * (Vitest's own page says `lang="en"`, and elements follow the page's language when they have
 * no `lang` of their own; tests of English set `lang="en"` on the element or the page.)
 */
document.documentElement.lang = 'sv';
