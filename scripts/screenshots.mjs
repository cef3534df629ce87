// Takes screenshots of each tab in Chromium (for docs/ and for looking at the UI):
//   npm run build && node scripts/screenshots.mjs [outDir]
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const out = process.argv[2] ?? 'docs/screenshots';
const server = await preview({ preview: { host: '127.0.0.1', port: 4330, strictPort: true } });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--lang=nl-NL', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto('http://127.0.0.1:4330/');
  await page.getByRole('button', { name: /30601/ }).click();
  await page.locator('.ag-row').first().waitFor();
  await page.screenshot({ path: `${out}/matrix.png` });
  for (const tab of ['Criteria', 'Import', 'Export']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${tab.toLowerCase()}.png`, fullPage: tab !== 'Criteria' });
  }
  console.log('screenshots in', out);
} finally {
  await browser.close();
  server.httpServer.close();
}
