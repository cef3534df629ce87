// Registers the service worker and asks before a new version takes over; never reloads by itself.
// workbox-window loads after the first screen: registering can wait, painting cannot.

export interface UpdateHandle {
  /** Activates the waiting version and reloads once it controls the page. */
  apply(): void;
}

export async function registerServiceWorker(onUpdate: (update: UpdateHandle) => void, onOfflineReady: () => void): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
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
