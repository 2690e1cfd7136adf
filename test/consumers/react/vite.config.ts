// A React 19 app: Vite compiles the JSX itself (no React plugin needed for a production build).
import kollen from 'kollen/vite';

export default {
  plugins: [kollen()],
  oxc: { jsx: { runtime: 'automatic' } },
};
