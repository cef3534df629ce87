// Registers the service worker and asks before a new version takes over; never reloads by itself.
import { Workbox } from 'workbox-window';

export interface UpdateHandle {
  /** Activates the waiting version and reloads once it controls the page. */
  apply(): void;
}

export function registerServiceWorker(onUpdate: (update: UpdateHandle) => void, onOfflineReady: () => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
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
  void wb.register();
}
