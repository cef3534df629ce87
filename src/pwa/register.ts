// Registers the service worker and asks before a new version takes over; never reloads by itself.
// workbox-window loads after the first screen: registering can wait, painting cannot.

export interface UpdateHandle {
  /** Activates the waiting version and reloads once it controls the page. */
  apply(): void;
}

/**
 * Resolves once the page has loaded and the main thread is idle (the first screen drawn): a
 * registration checks sw.js with the server and loads workbox-window, work that at 1 000
 * candidates fell inside the matrix's first render.
 */
function whenIdle(): Promise<void> {
  const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(() => new Promise<void>((resolve) => (window.requestIdleCallback ? window.requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200))));
}

export async function registerServiceWorker(onUpdate: (update: UpdateHandle) => void, onOfflineReady: () => void): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  await whenIdle();
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    onUpdate({
      apply() {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) onOfflineReady();
  });
  await wb.register();
}
