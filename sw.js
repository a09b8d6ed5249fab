// The service worker: keeps every file of the school's app, so that after one visit the app
// opens with no network; the district's page, which a school never needs, is kept only once
// it has been opened. scripts/build.mjs writes the build's files and version in below after
// each build; a new build is therefore a new worker, which waits until the user accepts it.
const VERSION = 'development';
const FILES = [];
const CACHE = `bdg-tracker-${VERSION}`;

self.addEventListener('install', (event) => {
  // Past the HTTP cache: a host that caches pages must not hand over last build's index.html.
  const requests = ['./', ...FILES].map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

// Takes charge of the open pages at once, so that from the first visit a new version waits
// for the user's word while a page is open.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('bdg-tracker-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Sent by the page when the user accepts the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every view of the app is the same page (views are in the URL hash): a navigation gets it,
  // unless it names another page of the build (district.html).
  const page = request.mode === 'navigate' && !new URL(request.url).pathname.endsWith('.html');
  const key = page ? self.registration.scope : request.url;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(key, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      // What the precache leaves out (the district's page) is kept once fetched, for offline.
      if (response.ok && response.type === 'basic') cache.put(key, response.clone());
      return response;
    }),
  );
});
