// Renders the aligned comparison sent by the extension. Article text is untrusted: it only ever
// reaches the page through textContent.
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const rowsEl = document.getElementById('rows');
  const summaryEl = document.getElementById('summary');

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'show') render(message.comparison, message.notice);
  });

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(comparison, notice) {
    summaryEl.replaceChildren();
    if (notice) summaryEl.append(el('p', 'outdated', notice));
    const s = comparison.summary;
    summaryEl.append(
      el('span', 'side-label a', comparison.a.label),
      el('span', 'vs', ' ↔ '),
      el('span', 'side-label b', comparison.b.label),
      el('span', 'counts', ` — ${s.pairs} aligned, ${s.moved} moved, ${s.onlyA} only in the first, ${s.onlyB} only in the second`),
    );
    const diffButton = el('button', 'open-diff', 'Open text diff');
    diffButton.addEventListener('click', () => vscode.postMessage({ type: 'openDiff' }));
    summaryEl.append(diffButton);
    rowsEl.replaceChildren(...comparison.rows.map((row) => renderRow(row, comparison)));
    vscode.postMessage({ type: 'rendered', rows: rowsEl.children.length, notice: notice ?? '' });
  }

  function renderRow(row, comparison) {
    const rowEl = el('div', `row ${row.kind}${row.moved ? ' moved' : ''}`);
    rowEl.setAttribute('role', 'listitem');
    rowEl.append(side(row.a, comparison.a.path, row), side(row.b, comparison.b.path, row));
    if (row.kind === 'pair') rowEl.append(changes(row.words));
    return rowEl;
  }

  function side(refs, path, row) {
    const cell = el('div', 'cell');
    if (!refs.length) { cell.append(el('span', 'absent', row.kind === 'onlyA' ? 'Only in the first version' : 'Only in the second version')); return cell; }
    for (const ref of refs) {
      const sentence = el('span', 'sentence');
      sentence.tabIndex = 0;
      sentence.title = 'Reveal in its file (Enter)';
      appendFlagged(sentence, ref);
      const reveal = () => vscode.postMessage({ type: 'reveal', path, start: ref.start, end: ref.end });
      sentence.addEventListener('click', reveal);
      sentence.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); reveal(); } });
      cell.append(sentence, document.createTextNode(' '));
    }
    if (row.moved) cell.append(el('span', 'badge', 'moved'));
    return cell;
  }

  function appendFlagged(target, ref) {
    let at = 0;
    const flags = [...ref.flagged].sort((x, y) => x.from - y.from);
    for (const flag of flags) {
      if (flag.from < at) continue;
      target.append(document.createTextNode(ref.text.slice(at, flag.from)));
      const mark = el('mark', `flag ${flag.rule}`, ref.text.slice(flag.from, flag.to));
      mark.title = flag.message;
      target.append(mark);
      at = flag.to;
    }
    target.append(document.createTextNode(ref.text.slice(at)));
  }

  function changes(words) {
    const details = el('div', 'changes');
    details.setAttribute('aria-label', 'Word changes from the first to the second version');
    for (const part of words) details.append(el(part.change === 'same' ? 'span' : part.change === 'added' ? 'ins' : 'del', '', part.text));
    return details;
  }

  vscode.postMessage({ type: 'ready' });
})();
