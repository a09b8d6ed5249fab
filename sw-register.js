// Registers the service worker, and tells the app when a new version is ready: the app shows
// a prompt and calls bdgApplyUpdate() when the user accepts. Every change is saved as it is
// made, so the reload that follows loses nothing.
if ('serviceWorker' in navigator) {
  const announce = (worker) => {
    window.bdgWaitingWorker = worker;
    window.dispatchEvent(new Event('bdg-update-ready'));
  };
  navigator.serviceWorker
    .register('./sw.js')
    .then((registration) => {
      if (registration.waiting && registration.active) announce(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          // With no active worker this is the first install, not a new version.
          if (worker.state === 'installed' && registration.active) announce(worker);
        });
      });
    })
    .catch(() => {
      // Without a worker the app still works online; nothing to tell the user.
    });
  window.bdgApplyUpdate = () => {
    const worker = window.bdgWaitingWorker;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') window.location.reload();
    });
    worker.postMessage('update');
  };
}
