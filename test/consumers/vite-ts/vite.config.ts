// A plain Vite + TypeScript app: the one line Kollen asks for is the plugin.
import kollen from 'kollen/vite';

export default {
  plugins: [kollen()],
  build: {
    rollupOptions: { input: { index: 'index.html', map: 'map.html', 'wrong-root': 'wrong-root.html' } },
  },
};
