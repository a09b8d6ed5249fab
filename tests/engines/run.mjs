// The user's paths in the other engines of the tablets schools have: WebKit (Safari's engine,
// the only one on iPadOS; here WebKitGTK's MiniBrowser) and Firefox ESR, driven over WebDriver
// against the release build in dist/ (Playwright cannot drive Debian's builds of these).
//   xvfb-run -a node tests/engines/run.mjs [webkit|firefox ...]
// Every check runs in every engine; one failure in one engine fails the run. WebKit needs a
// display, hence xvfb-run (make engines).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, until } from 'selenium-webdriver';

const KEY = 'bdg-tracker.document';
const WAIT = 15_000;
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const children = [];
process.on('exit', () => children.forEach(stop));

/** Starts a program, in a process group of its own (so that what it starts, a driver's
 *  browsers, stops with it), and resolves once `ready()` holds. */
async function start(cmd, args, ready) {
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  children.push(child);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${cmd} stopped (${child.exitCode})`);
    if (await ready().catch(() => false)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${cmd} did not start`);
}
/** Stops a program started by `start` and everything it started. */
const stop = (child) => {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
};
/** A WebDriver session that stopped answering (the browser died under its driver): no check
 *  waits that long, since every wait of theirs ends after WAIT. */
class Hung extends Error {}
const HUNG_AFTER = 90_000;
/** `promise`, or a `Hung` error once `ms` have passed. */
const within = (promise, ms, what) => {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Hung(`${what} did not answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
};

const answers = (url) => async () => (await fetch(url)).ok;
const serve = (port) => start('node', ['scripts/serve.mjs', '--dir', 'dist', '--port', String(port)], answers(`http://127.0.0.1:${port}/`));

const downloads = mkdtempSync(join(tmpdir(), 'bdg-engine-downloads-'));
const ENGINES = {
  webkit: {
    name: 'WebKit (WebKitGTK MiniBrowser)',
    driver: (port) => ['WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1']],
    capabilities: ({ storage = true, privately = false } = {}) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        args: [
          '--automation',
          ...(storage ? [] : ['--enable-html5-local-storage=false']),
          ...(privately ? ['--enable-private-browsing=true'] : []),
        ],
      },
    }),
  },
  firefox: {
    name: 'Firefox ESR',
    driver: (port) => ['geckodriver', ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: ({ storage = true, privately = false } = {}) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-width=768', '-height=1024'],
        prefs: {
          // A download goes straight to the test's folder, as a user's would to theirs.
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json',
          ...(storage ? {} : { 'dom.storage.enabled': false }),
          ...(privately ? { 'browser.privatebrowsing.autostart': true } : {}),
        },
      },
    }),
  },
};

/** One browser session and the helpers the checks use. */
class Tab {
  constructor(driver, base) {
    this.driver = driver;
    this.base = base;
  }

  async open(hash = '#/', base = this.base) {
    await this.driver.get(`${base}${hash}`);
    await this.ready();
  }

  /** Waits for the view: main has content, and no piece is still on its way. */
  async ready() {
    await this.driver.wait(async () => {
      const state = await this.driver.executeScript(
        "const m = document.querySelector('main'); return !!m && m.children.length > 0 && !document.querySelector('.piece-loading');",
      );
      return state;
    }, WAIT);
  }

  find(css) {
    return this.driver.wait(until.elementLocated(By.css(css)), WAIT, `no ${css}`);
  }

  async text(css) {
    return (await this.find(css)).getText();
  }

  async waitText(css, part) {
    await this.driver.wait(async () => (await this.driver.findElements(By.css(css))).length > 0 && (await this.text(css)).includes(part), WAIT, `${css} never said “${part}”`);
  }

  /** Clicks `css` once it has stopped moving: a click is aimed at where the element was, and
   *  a box left with Tab may grow a hint that moves what is below it. */
  async clickSettled(css) {
    const where = () => this.driver.executeScript((c) => JSON.stringify(document.querySelector(c)?.getBoundingClientRect()), css);
    let before = await where();
    await this.driver.wait(async () => {
      await this.driver.sleep(100);
      const now = await where();
      const still = now === before;
      before = now;
      return still;
    }, WAIT, `${css} never stopped moving`);
    await (await this.find(css)).click();
  }

  async type(css, value) {
    const box = await this.find(css);
    await box.clear();
    await box.sendKeys(value, Key.TAB);
  }

  /** Clicks `css`, a download button, and returns the file's text as the user gets it:
   *  Firefox saves it to the test's folder; WebKitGTK's automation keeps downloads to itself,
   *  so there it is read where the app hands it to the browser, the Blob behind the link. */
  async download(engine, css) {
    return (await this.downloadBytes(engine, css, '.json')).toString('utf8');
  }

  /** The same for any file: its bytes, once whole (a JSON file ends with "}", a zip with its
   *  end-of-directory record). */
  async downloadBytes(engine, css, extension) {
    const whole = (bytes) =>
      extension === '.json' ? bytes.toString('utf8').trim().endsWith('}') : bytes.includes(Buffer.from('PK\x05\x06', 'latin1'));
    if (engine === 'firefox') {
      for (const f of readdirSync(downloads)) rmSync(join(downloads, f));
      await (await this.find(css)).click();
      // Found and read in one step: Firefox may remove the file it named at first while it
      // moves the finished one (from its ".part") into place.
      let bytes;
      await this.driver.wait(() => {
        const name = readdirSync(downloads).find((f) => f.endsWith(extension));
        try {
          bytes = name && readFileSync(join(downloads, name));
        } catch {
          bytes = undefined;
        }
        return Boolean(bytes && whole(bytes));
      }, WAIT, 'no whole file arrived');
      return bytes;
    }
    await this.driver.executeScript(() => {
      const make = URL.createObjectURL;
      // Waited on at once: a file the app makes in a piece arrives after the click returns.
      window.__download = new Promise((resolve) => {
        URL.createObjectURL = (blob) => {
          resolve(
            blob.arrayBuffer().then((b) => {
              let text = '';
              for (const byte of new Uint8Array(b)) text += String.fromCharCode(byte);
              return btoa(text);
            }),
          );
          return make(blob);
        };
      });
    });
    await (await this.find(css)).click();
    return Buffer.from(await this.driver.executeAsyncScript((done) => window.__download.then(done)), 'base64');
  }

  stored() {
    return this.driver.executeScript((key) => localStorage.getItem(key), KEY);
  }

  async storedWith(test, what) {
    let doc;
    await this.driver.wait(async () => {
      doc = JSON.parse((await this.stored()) ?? 'null');
      return doc !== null && test(doc);
    }, WAIT, `stored document never had ${what}`);
    return doc;
  }
}

const equal = (a, b, what) => {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: ${JSON.stringify(a).slice(0, 200)} is not ${JSON.stringify(b).slice(0, 200)}`);
};
const check = (ok, what) => {
  if (!ok) throw new Error(what);
};

/** The checks, in order, each in a session of its own unless it needs the one before. */
const CHECKS = [
  ['the first view shows the plan', async (t) => {
    await t.open('#/');
    await t.waitText('h1', 'Hành động vì sự tiến bộ phụ nữ');
    const rows = await t.driver.findElements(By.css('li.indicator-row'));
    check(rows.length >= 10, `only ${rows.length} indicator rows`);
  }],
  ['typed figures are there after a reload', async (t) => {
    await t.open('#/figures/2025-Y');
    await t.type('#fig-creche_population-total', '100');
    await t.type('#fig-creche_enrolled-total', '70');
    await t.storedWith((d) => d.figures?.['2025-Y']?.creche_enrolled?.total === 70, 'the typed figure');
    await t.driver.navigate().refresh();
    await t.ready();
    equal(await (await t.find('#fig-creche_enrolled-total')).getAttribute('value'), '70', 'the figure after a reload');
  }],
  ['the indicator chart is drawn', async (t) => {
    await t.open('#/figures/2025-Y');
    await t.type('#fig-creche_population-total', '100');
    await t.type('#fig-creche_enrolled-total', '70');
    await t.storedWith((d) => d.figures?.['2025-Y']?.creche_enrolled?.total === 70, 'the typed figure');
    await t.open('#/indicator/2a-nt');
    await t.find('img.chart');
    await t.driver.wait(() => t.driver.executeScript("const i = document.querySelector('img.chart'); return i.complete && i.naturalWidth > 0;"), WAIT, 'the chart never loaded');
    await t.waitText('main', '70%');
  }],
  ['an activity is logged from a template', async (t) => {
    await t.open('#/activities');
    await (await t.find('button.template')).click();
    await t.find('#activity-form');
    // The form moves the focus to its first box in the next frame: typing waits for it.
    await t.driver.wait(() => t.driver.executeScript("return document.activeElement?.id === 'act-start'"), WAIT, 'the form never took the focus');
    // (ASCII: WebKitGTK's driver types composed Vietnamese letters unreliably; the app's own
    // Vietnamese is checked everywhere else.)
    await t.type('#act-title', 'Hoi thao 8-3');
    await t.driver.wait(async () => (await (await t.find('#act-title')).getAttribute('value')) === 'Hoi thao 8-3', WAIT, 'the title was not typed');
    await t.clickSettled('#save-activity');
    await t.waitText('#activity-list li', 'Hoi thao 8-3').catch(async (e) => {
      const errors = await t.driver.executeScript(() => [...document.querySelectorAll('#activity-form .error')].map((x) => x.textContent).join(' | '));
      throw new Error(`${e.message}; the form says: ${errors || 'nothing'}`);
    });
    await t.storedWith((d) => d.activities?.length === 1 && d.activities[0].title === 'Hoi thao 8-3', 'the activity');
  }],
  ['the report view and its print stylesheet', async (t) => {
    await t.open('#/report/2025-Y');
    await t.waitText('#report-title', 'Báo cáo');
    const print = await t.driver.executeScript(() => {
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      const printRules = rules.filter((r) => r instanceof CSSMediaRule && r.conditionText.includes('print'));
      // The controls around the report are on screen and left off the paper.
      const controls = document.querySelector('section.no-print');
      return {
        rules: printRules.length,
        leavesControlsOff: printRules.some((r) => r.cssText.includes('.no-print')),
        controlsOnScreen: !!controls && getComputedStyle(controls).display !== 'none',
      };
    });
    check(print.rules > 0, 'no print rules are in force');
    check(print.leavesControlsOff, 'no print rule leaves the controls off the paper');
    check(print.controlsOnScreen, 'the report’s controls are not on screen');
    // The engine's own print to PDF, where its driver offers it.
    const pdf = await t.driver.printPage({ orientation: 'portrait' }).catch((e) => e);
    if (typeof pdf === 'string') check(Buffer.from(pdf, 'base64').subarray(0, 4).toString() === '%PDF', 'printing gave no PDF');
    else return `print to PDF not offered by this driver (${String(pdf.name ?? pdf).slice(0, 60)})`;
  }],
  ['the JSON download arrives whole, equal to what is stored', async (t, engine) => {
    await t.open('#/figures/2025-Y');
    await t.type('#fig-committee-total', '11');
    await t.storedWith((d) => d.figures?.['2025-Y']?.committee?.total === 11, 'the typed figure');
    await t.open('#/data');
    const stored = await t.stored();
    const arrived = await t.download(engine, '#export-json');
    equal(JSON.parse(arrived), JSON.parse(stored), 'the downloaded file');
    return engine === 'firefox' ? 'saved to disk by the browser' : 'read from the download link’s Blob';
  }],
  ['the report as a Word file, its chart drawn to a picture by the engine', async (t, engine) => {
    // A figure behind its 2025 milestone, so that the report carries its chart.
    await t.open('#/figures/2025-Y');
    await t.type('#fig-committee-total', '10');
    await t.type('#fig-committee_trained-total', '0');
    await t.storedWith((d) => d.figures?.['2025-Y']?.committee_trained?.total === 0, 'the typed figures');
    await t.open('#/report/2025-Y');
    await t.waitText('#report-title', 'Báo cáo');
    const bytes = await t.downloadBytes(engine, '#download-docx', '.docx');
    const file = join(downloads, `report-${engine}.docx`);
    writeFileSync(file, bytes);
    const word = JSON.parse(
      execFileSync('python3', ['-c', `
import json, sys, docx
d = docx.Document(sys.argv[1])
pictures = [p for p in d.part.package.parts if p.partname.startswith('/word/media/')]
print(json.dumps({"text": "\\n".join(p.text for p in d.paragraphs), "pictures": [[p.blob[:4].hex(), len(p.blob)] for p in pictures]}))
`, file], { encoding: 'utf8' }),
    );
    check(word.text.includes('II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU'), 'the Word file lacks part II');
    check(word.pictures.length >= 1, 'the Word file has no chart');
    check(word.pictures.every(([head, size]) => head === '89504e47' && size > 2000), `a chart is not a drawn PNG: ${JSON.stringify(word.pictures)}`);
    return `${word.pictures.length} chart(s) as PNG`;
  }],
  ['import through the file input: a bad file changes nothing, a good one is taken', async (t) => {
    await t.open('#/figures/2025-Y');
    await t.type('#fig-committee-total', '11');
    const before = JSON.stringify(await t.storedWith((d) => d.figures?.['2025-Y']?.committee?.total === 11, 'the typed figure'));
    const dir = mkdtempSync(join(tmpdir(), 'bdg-engine-files-'));
    const bad = join(dir, 'hong.json');
    writeFileSync(bad, '{"format":"bdg-tracker","version":3,"figures":');
    await t.open('#/data');
    await (await t.find('#import-file')).sendKeys(bad);
    await t.waitText('#import-message', 'Không nhập được tệp “hong.json”');
    await t.waitText('#import-message', 'Dữ liệu đang lưu không thay đổi.');
    equal(JSON.parse(await t.stored()), JSON.parse(before), 'what is stored after the bad file');
    const good = JSON.parse(before);
    good.figures['2025-Y'].committee = { total: 12 };
    writeFileSync(join(dir, 'tot.json'), JSON.stringify(good));
    await (await t.find('#import-file')).sendKeys(join(dir, 'tot.json'));
    await t.find('#import-preview');
    await (await t.find('#import-replace')).click();
    await t.waitText('#import-message', 'Đã thay toàn bộ dữ liệu');
    await t.storedWith((d) => d.figures['2025-Y'].committee.total === 12, 'the imported figure');
    rmSync(dir, { recursive: true });
  }],
  ['a share link opens in a fresh profile', async (t, engine, fresh) => {
    await t.open('#/figures/2025-Y');
    await t.type('#fig-committee-total', '10');
    await t.open('#/report/2025-Y');
    await (await t.find('#share-report')).click();
    await t.driver.wait(async () => (await (await t.find('#share-link')).getAttribute('value')).includes('#/shared/'), WAIT);
    const link = await (await t.find('#share-link')).getAttribute('value');
    // (WebKit's driver holds one session at a time.)
    await t.driver.quit();
    const other = await fresh();
    try {
      await other.driver.get(link);
      await other.ready();
      await other.waitText('#shared-title', 'Báo cáo được chia sẻ (chỉ đọc)');
      equal(await other.stored(), null, 'what the fresh profile stored');
    } finally {
      await other.driver.quit();
    }
  }],
  ['English', async (t) => {
    await t.open('#/');
    await (await t.find('.lang-switch')).click();
    await t.waitText('nav', 'Dashboard');
    equal(await t.driver.executeScript(() => document.documentElement.lang), 'en', 'the page language');
    await t.open('#/plan');
    await t.waitText('h1', 'plan');
  }],
  ['after one visit, views open with the server gone', async (t) => {
    const port = 4270 + Math.floor(Math.random() * 20);
    const server = await serve(port);
    const base = `http://127.0.0.1:${port}/`;
    await t.open('#/', base);
    const worker = await t.driver.executeAsyncScript((done) => {
      if (!('serviceWorker' in navigator)) return done('none');
      navigator.serviceWorker.ready.then((r) => {
        const w = r.active;
        if (w.state === 'activated') return done('activated');
        w.addEventListener('statechange', () => w.state === 'activated' && done('activated'));
      });
    });
    if (worker === 'none') {
      server.kill();
      return 'no service worker in this engine: no offline use';
    }
    server.kill();
    await new Promise((r) => setTimeout(r, 300));
    // Reloaded by the page, as a user's reload is: Firefox's driver loads its own navigations
    // past the service worker.
    await t.driver.executeScript(() => {
      location.hash = '#/plan';
      location.reload();
    });
    await t.driver.wait(async () => (await t.driver.executeScript(() => document.readyState)) === 'complete', WAIT);
    await t.ready();
    await t.waitText('h1', 'Chỉnh sửa kế hoạch');
    // A view not opened before: its piece comes from the worker too.
    await t.driver.executeScript(() => (location.hash = '#/activities'));
    await t.ready();
    await t.waitText('h1', 'Nhật ký hoạt động');
  }],
  ['a stopped app shows the crash screen with the saved data', async (t) => {
    await t.open('#/figures/2025-Y');
    await t.type('#fig-committee-total', '10');
    await t.storedWith((d) => d.figures?.['2025-Y']?.committee?.total === 10, 'the typed figure');
    // Stopped the way an aborted wasm stops: an uncaught RuntimeError of the page's own realm.
    await t.driver.executeScript(() => queueMicrotask(() => {
      throw new window.WebAssembly.RuntimeError('unreachable');
    }));
    let note;
    const shown = () => t.driver.findElements(By.css('#crash-screen')).then((e) => e.length > 0);
    await t.driver.wait(shown, 2000).catch(() => {});
    if (!(await shown())) {
      // Firefox's driver runs scripts in a sandbox whose uncaught errors the page never sees:
      // the page is handed the error event the browser would dispatch.
      await t.driver.executeScript(() => window.dispatchEvent(new ErrorEvent('error', { error: new window.WebAssembly.RuntimeError('unreachable') })));
      note = 'the error event was dispatched by the test (the driver’s own errors stay in its sandbox)';
    }
    await t.waitText('#crash-screen', 'Ứng dụng đã dừng do lỗi');
    await t.find('#crash-reload');
    await (await t.find('#crash-download')).click();
    await t.waitText('#crash-status', 'Đã tải');
    return note;
  }],
  ['with site data blocked the app works and says nothing will be kept', async (t, engine, fresh) => {
    await t.driver.quit();
    const blocked = await fresh({ storage: false });
    try {
      await blocked.open('#/');
      await blocked.waitText('.notice', 'không cho phép lưu');
      await blocked.open('#/figures/2025-Y');
      await blocked.type('#fig-committee-total', '7');
      equal(await (await blocked.find('#fig-committee-total')).getAttribute('value'), '7', 'the typed figure');
      check((await blocked.driver.findElements(By.css('#crash-screen'))).length === 0, 'the app stopped');
      // What was typed can still be taken away: the data file, from the data page.
      await blocked.open('#/data');
      const file = JSON.parse(await blocked.download(engine, '#export-json'));
      equal(file.figures['2025-Y'].committee, { total: 7 }, 'the figure in the downloaded file');
    } finally {
      await blocked.driver.quit();
    }
  }],
  ['in private browsing the app works, says what closing the page loses, and hands over the backup', async (t, engine, fresh) => {
    await t.driver.quit();
    const incognito = await fresh({ privately: true });
    try {
      await incognito.open('#/figures/2025-Y');
      await incognito.type('#fig-committee-total', '5');
      await incognito.storedWith((d) => d.figures?.['2025-Y']?.committee?.total === 5, 'the typed figure');
      await incognito.open('#/data');
      const kept = await incognito.text('#persisted');
      check(kept.includes('Ở chế độ duyệt riêng tư (ẩn danh), mọi dữ liệu mất khi đóng trang'), `the data page does not say private data is lost: ${kept}`);
      // And the backup can be taken away before the page is closed.
      const file = JSON.parse(await incognito.download(engine, '#export-json'));
      equal(file.figures['2025-Y'].committee, { total: 5 }, 'the figure in the downloaded file');
      return `the data page says: “${kept.split('. ')[0]}.”`;
    } finally {
      await incognito.driver.quit();
    }
  }],
];

const only = process.argv.slice(2);
const engines = only.length ? only : Object.keys(ENGINES);
const appPort = 4250;
await serve(appPort);
const base = `http://127.0.0.1:${appPort}/`;
const results = [];
let driverPort = 4260;
for (const id of engines) {
  const engine = ENGINES[id];
  let port;
  let driver;
  const startDriver = async () => {
    port = driverPort++;
    const [cmd, args] = engine.driver(port);
    driver = await start(cmd, args, answers(`http://127.0.0.1:${port}/status`));
  };
  await startDriver();
  const session = async (options) => {
    const webdriver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(engine.capabilities(options)).build();
    await webdriver.manage().setTimeouts({ script: WAIT });
    return new Tab(webdriver, base);
  };
  const attempt = async (run) => {
    let tab;
    try {
      const note = await within(
        (async () => {
          tab = await session();
          return run(tab, id, session);
        })(),
        HUNG_AFTER,
        'the browser',
      );
      return { ok: true, note };
    } catch (e) {
      return { ok: false, hung: e instanceof Hung, note: e.message.split('\n')[0] };
    } finally {
      if (tab) await within(tab.driver.quit(), 10_000, 'quitting').catch(() => {});
    }
  };
  for (const [name, run] of CHECKS) {
    const started = Date.now();
    let outcome = await attempt(run);
    if (outcome.hung) {
      // Now and then WebKitGTK's MiniBrowser dies under its driver and the session never
      // answers again: a new driver runs the check once more, and the output says so.
      stop(driver);
      await startDriver();
      const again = await attempt(run);
      outcome = { ...again, note: [`retried: ${outcome.note}`, again.note].filter(Boolean).join('; ') };
    }
    results.push({ engine: engine.name, name, ...outcome });
    console.log(`${outcome.ok ? '✓' : '✘'} ${engine.name}: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)${outcome.note ? ` — ${outcome.note}` : ''}`);
  }
  stop(driver);
}
rmSync(downloads, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed, in ${engines.map((e) => ENGINES[e].name).join(' and ')}`);
process.exit(failed.length ? 1 : 0);
