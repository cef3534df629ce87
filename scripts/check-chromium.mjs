// Fails loudly when the browser the end-to-end tests need is missing — never a silent skip.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`\nChromium is missing at ${path}; the end-to-end tests need it.\n` +
    `Install Debian's Chromium with:  sudo apt-get install -y chromium\n` +
    `(or set CHROMIUM_PATH to another Chromium binary). Never run 'npx playwright install' here.\n`);
  process.exit(1);
}
