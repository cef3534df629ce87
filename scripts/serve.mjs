// `npm start`: serves the production build (with its service worker) on localhost.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
console.log(`\n  Shortlist is running at http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
server.printUrls();
