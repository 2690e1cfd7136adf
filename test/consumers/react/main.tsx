import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from 'kollen/react';
import 'kollen/kollen-map';
import 'kollen/kollen-trend';
import type { KollenAreaSelectEvent } from 'kollen';

function App() {
  const [area, setArea] = useState<string | null>(null);
  return (
    <main>
      <h1>Smoking in Stockholm County</h1>
      <kollen-map
        indicator="daily-smoking"
        level="municipality"
        color-mode="comparison"
        loading="eager"
        onkollen-area-select={(event: KollenAreaSelectEvent) => setArea(event.area)}
      />
      <p id="picked">{area ?? 'none'}</p>
      {/* @ts-expect-error: color-mode takes 'classes' or 'comparison' only (typed from the manifest) */}
      <kollen-map hidden color-mode="rainbow" />
      <kollen-trend indicator="daily-smoking" loading="eager" {...(area ? { area } : {})} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
