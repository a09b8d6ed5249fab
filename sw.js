// The service worker: keeps every file of this build, so that after one visit the app opens
// with no network. scripts/sw-precache.mjs writes the build's files and version in below after
// each build; a new build is therefore a new worker, which waits until the user accepts it.
const VERSION = 'development';
const FILES = [];
const CACHE = `bdg-tracker-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('bdg-tracker-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

// Sent by the page when the user accepts the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every view is the same page (views are in the URL hash): any navigation gets it.
  const key = request.mode === 'navigate' ? self.registration.scope : request.url;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
