// When the app stops, the page must not just stop answering. The app is built with
// panic = "abort": a Rust panic ends the wasm, which the browser reports as a
// WebAssembly.RuntimeError that nothing can catch. This plain script needs nothing of the wasm:
// it says, in Vietnamese and English, that the app stopped and that what was saved is safe,
// and offers a reload and a download of the stored data as it is in local storage.
(() => {
  const script = document.currentScript;
  const key = script.dataset.key;
  const fileName = script.dataset.file;
  let shown = false;

  const element = (tag, attributes, text) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  };

  const download = (status) => {
    let text = null;
    try {
      text = localStorage.getItem(key);
    } catch {
      // Storage refused: said below like an empty one.
    }
    if (text === null) {
      status.textContent =
        'Trình duyệt chưa lưu dữ liệu nào của ứng dụng. / Nothing of the app is stored in this browser.';
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    const link = element('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })) });
    link.download = `${fileName}-${day}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    status.textContent = `Đã tải ${link.download}. / Downloaded ${link.download}.`;
  };

  const show = () => {
    if (shown) return;
    shown = true;
    const screen = element('div', {
      class: 'crash-screen',
      id: 'crash-screen',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'crash-title',
      'aria-describedby': 'crash-text',
    });
    const box = element('div', { class: 'crash-box' });
    const status = element('p', { role: 'status', id: 'crash-status' });
    const reload = element('button', { type: 'button', id: 'crash-reload' }, 'Tải lại trang / Reload');
    reload.addEventListener('click', () => window.location.reload());
    const save = element('button', { type: 'button', id: 'crash-download' }, 'Tải dữ liệu đã lưu (JSON) / Download the saved data');
    save.addEventListener('click', () => download(status));
    box.append(
      element('h1', { id: 'crash-title' }, 'Ứng dụng đã dừng do lỗi / The app has stopped'),
      element(
        'p',
        { id: 'crash-text' },
        'Dữ liệu đã lưu trên máy này vẫn an toàn. Hãy tải lại trang; nếu lỗi lặp lại, hãy tải tệp dữ liệu về và gửi cho người hỗ trợ. / ' +
          'What was saved on this device is safe. Reload the page; if it happens again, download the data file and send it to whoever helps you.',
      ),
      element('p', { class: 'crash-actions' }),
      status,
    );
    box.querySelector('.crash-actions').append(reload, ' ', save);
    screen.append(box);
    document.body.append(screen);
    reload.focus();
  };

  const stopped = (error) => typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
  window.addEventListener('error', (event) => {
    if (stopped(event.error)) show();
  });
  window.addEventListener('unhandledrejection', (event) => {
    if (stopped(event.reason)) show();
  });
})();
