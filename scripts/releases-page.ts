/**
 * The demo site's release history (`releases.html`), written at build time from the published
 * `releases.json`: every data release, newest first, with its date, what changed (in the
 * catalogue's languages, each marked with its `lang`) and where its files stay readable. Plain
 * HTML without a script; every text from the manifest is HTML-escaped.
 */
import type { ReleaseManifest } from '../src/load/release-manifest.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page (Swedish chrome with English beside it: the manifest's texts carry both). */
export function releasesPage(manifest: ReleaseManifest): string {
  const items = [...manifest.releases]
    .reverse()
    .map((release) => {
      const id = escapeHtml(release.id);
      const latest = release.id === manifest.latest ? ' <span class="latest">(senaste / latest)</span>' : '';
      const changes = Object.entries(release.changes ?? {})
        .map(([lang, text]) => `          <p lang="${escapeHtml(lang)}">${escapeHtml(text)}</p>`)
        .join('\n');
      return `      <section aria-labelledby="release-${id}">
        <h2 id="release-${id}">${id}${latest}</h2>
        <p><time datetime="${escapeHtml(release.date)}">${escapeHtml(release.date)}</time></p>
${changes}
        <p>Filer / files: <a href="./data/releases/${id}/catalog.json">data/releases/${id}/</a>,
          <a href="./data/sweden/releases/${id}/catalog.json">data/sweden/releases/${id}/</a></p>
      </section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Versioner av data – Kollen</title>
    <link rel="stylesheet" href="./demo.css" />
  </head>
  <body>
    <header class="site-header">
      <p class="site-name"><a href="./">Kollen</a></p>
    </header>
    <main>
      <h1>Versioner av data <span lang="en">(data releases)</span></h1>
      <p>Varje version finns kvar oförändrad, så att en inbäddning visar samma siffror som när den gjordes och säger till när nyare finns.</p>
      <p lang="en">Every release stays readable, unchanged: an embed keeps showing the figures it was made with, and says when newer ones exist.</p>
${items}
      <p><a href="./">Till instrumentpanelen</a></p>
    </main>
  </body>
</html>
`;
}
