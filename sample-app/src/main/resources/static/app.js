// The inbox page: plain DOM and fetch, no build step. Statuses refresh every second until all are PROCESSED.
const tbody = document.querySelector('#documents tbody');
const empty = document.getElementById('empty');
const more = document.getElementById('more');
let nextToken = null;

function text(tag, value, cls) {
  const el = document.createElement(tag);
  el.textContent = value;
  if (cls) el.className = cls;
  return el;
}

function row(doc) {
  const tr = document.createElement('tr');
  tr.dataset.id = doc.id;
  tr.appendChild(text('td', doc.name, 'name'));
  tr.appendChild(text('td', doc.size + ' B'));
  const status = document.createElement('td');
  status.appendChild(text('span', doc.status, 'status ' + doc.status));
  tr.appendChild(status);
  tr.appendChild(text('td', doc.sha256 || '', 'sha'));
  const actions = document.createElement('td');
  const download = text('a', 'download', 'download');
  download.href = '#';
  download.addEventListener('click', async (e) => {
    e.preventDefault();
    const details = await (await fetch('/api/documents/' + doc.id)).json();
    window.location.href = details.downloadUrl;
  });
  const del = text('button', 'delete', 'delete');
  del.addEventListener('click', async () => {
    const r = await fetch('/api/documents/' + doc.id, { method: 'DELETE' });
    if (r.status === 204) tr.remove();
    refreshEmpty();
  });
  actions.appendChild(download);
  actions.appendChild(del);
  tr.appendChild(actions);
  return tr;
}

function refreshEmpty() {
  empty.hidden = tbody.children.length > 0;
}

async function load(reset) {
  const url = '/api/documents?limit=20' + (!reset && nextToken ? '&nextToken=' + encodeURIComponent(nextToken) : '');
  const page = await (await fetch(url)).json();
  if (reset) tbody.replaceChildren();
  for (const summary of page.documents) {
    const details = await (await fetch('/api/documents/' + summary.id)).json();
    const existing = tbody.querySelector('tr[data-id="' + summary.id + '"]');
    const fresh = row(details);
    if (existing) existing.replaceWith(fresh); else tbody.appendChild(fresh);
  }
  nextToken = page.nextToken;
  more.hidden = !nextToken;
  refreshEmpty();
}

async function activity() {
  const calls = await (await fetch('/api/activity')).json();
  const list = document.getElementById('activity');
  list.replaceChildren(...calls.map(c => text('li', c.at.substring(11, 19) + '  ' + c.service + ' ' + c.operation)));
}

document.getElementById('upload-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) return;
  const progress = document.getElementById('upload-progress');
  const message = document.getElementById('upload-message');
  const form = new FormData();
  form.append('file', file);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/documents');
  progress.hidden = false;
  progress.value = 0;
  xhr.upload.onprogress = (p) => { if (p.lengthComputable) progress.value = Math.round(100 * p.loaded / p.total); };
  xhr.onload = () => {
    const body = JSON.parse(xhr.responseText || '{}');
    if (xhr.status === 201) {
      progress.value = 100;
      message.textContent = 'Received ' + body.name + ' (' + body.size + ' bytes)';
      load(true);
    } else {
      message.textContent = (body.title || 'Upload failed') + ': ' + (body.detail || xhr.status);
    }
  };
  xhr.onerror = () => { message.textContent = 'Upload failed: the server did not answer'; };
  xhr.send(form);
});

more.addEventListener('click', () => load(false));

load(true);
setInterval(() => {
  if (tbody.querySelector('.status.RECEIVED')) load(true);
  activity();
}, 1000);
