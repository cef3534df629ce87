// Installed in every benchmark page before its own scripts run (Playwright addInitScript). It only
// watches: long main-thread tasks, when the user's Enter / click / file choice happened (the
// event's own timeStamp), the import worker's messages, and when a cell or the first grid rows
// show up on screen. All times are performance.now() of the page (0 = navigation start).
(() => {
  const probe = {
    longTasks: [],
    enterAt: null,
    clickAt: null,
    changeAt: null,
    workerMessages: [],
    firstRows: null,
  };
  window.__probe = probe;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    probe.longTaskError = String(error);
  }

  addEventListener('keydown', (e) => { if (e.key === 'Enter') probe.enterAt = e.timeStamp; }, { capture: true });
  addEventListener('click', (e) => { probe.clickAt = e.timeStamp; }, { capture: true });
  addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file') probe.changeAt = e.timeStamp; }, { capture: true });

  // The import worker's progress messages, as the page receives them (phase boundaries).
  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (e) => {
          const d = e.data;
          if (d && typeof d === 'object' && typeof d.type === 'string') probe.workerMessages.push({ at: performance.now(), type: d.type, phase: d.phase ?? null });
        });
      }
    };
  }

  /** Resolves with the time `check()` first held (DOM updated), the next frame, and after paint. */
  probe.watch = (check, timeoutMs = 15000) =>
    new Promise((resolve) => {
      let done = false;
      const finish = (value) => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      };
      const test = () => {
        if (done || !check()) return;
        const dom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          const frame = performance.now();
          // A message posted from a frame callback is handled after that frame is painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => finish({ dom, frame, painted: performance.now() });
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(test);
      const timer = setTimeout(() => finish({ timeout: true }), timeoutMs);
      const start = () => {
        observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: false });
        test();
      };
      if (document.documentElement) start();
      else document.addEventListener('readystatechange', start, { once: true });
    });

  /**
   * Resolves once no long task has ended for `ms` (and at least `ms` has passed): the page is idle.
   * Resolves with the end of the last long task seen so far.
   */
  probe.quiet = (ms = 300, maxMs = 15000) =>
    new Promise((resolve) => {
      const start = performance.now();
      const tick = () => {
        const now = performance.now();
        const lastEnd = probe.longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
        if ((now - start >= ms && now - lastEnd >= ms) || now - start > maxMs) resolve(lastEnd);
        else setTimeout(tick, 50);
      };
      tick();
    });

  /** Rows are on screen when a grid row has a cell with text in it. */
  const rowsShown = () => {
    const cell = document.querySelector('.ag-row[row-id] .ag-cell[col-id]');
    return !!cell && cell.textContent.trim() !== '';
  };
  probe.armFirstRows = () => {
    probe.firstRows = null;
    probe.firstRowsDone = probe.watch(rowsShown, 120000).then((t) => (probe.firstRows = t));
  };
  // Pages that open on a grid are watched from their first byte.
  if (/matrix/.test(location.hash) || /grid\.html/.test(location.pathname)) probe.armFirstRows();
})();
