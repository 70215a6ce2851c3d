// The Aligned comparison webview showing article text that is markup: a <script>, an <img> with an
// onerror handler and a javascript: link, in two versions of one story (fixtures/). Looked at from
// the browser side (the runner's webview probe): the markup shows as text, no script ran, no element
// was made from it, the CSP is default-src 'none' with a nonce, and resources come only from media/.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OpenedComparison } from '../../../src/extension/compareCommands';
import type { WirecheckApi } from '../../../src/extension/extension';
import type { StoryNode } from '../../../src/extension/corpusTree';
import { probeFrames, waitForEvent, waitUntil, type FrameReport } from '../rig';
import { activeWirecheck, bareWorkbench, EXTENSION_ID, screenshotNamed } from '../wirecheckFixture';
import { corpusPath, hostileManifest } from './hostileWorkspace';

/** The global the article text tries to set (window.__wirecheckPwned = …). */
const MARKER = '__wirecheckPwned';
/** What the hostile sentences say, as the reader sees them (fixtures/council-site-*). */
const MARKUP = ['<script>window.__wirecheckPwned', '</script>', '<img src=x onerror="window.__wirecheckPwned', '<a href="javascript:window.__wirecheckPwned'];
/** The end of one version's headline: it reaches the tab title, the page's header and the story facts. */
const HEADLINE_MARKUP = '<img src=x onerror="window.__wirecheckPwned = \'headline\'">';
/** Elements the page and media/compare.js make; VS Code adds its default <style>. Nothing else may exist. */
const PAGE_ELEMENTS = new Set(['html', 'head', 'meta', 'link', 'title', 'style', 'script', 'body', 'header', 'main', 'div', 'span', 'button', 'mark', 'ins', 'del']);

describe('Aligned comparison of article text that is markup', () => {
  let api: WirecheckApi;
  let opened: OpenedComparison;
  let frames: FrameReport[];
  let page: FrameReport;

  before(async () => {
    api = await activeWirecheck();
    const [a, b] = hostileManifest().pair.map(corpusPath);
    const snapshot = await api.corpus.result();
    assert.ok(snapshot.stories.some((s) => s.documents.includes(a) && s.documents.includes(b)), `${a} and ${b} are not grouped as one story`);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const result = await vscode.commands.executeCommand<OpenedComparison | undefined>('wirecheck.compareVersions', undefined, [a, b]);
    assert.ok(result, 'wirecheck.compareVersions returned nothing');
    opened = result;
    await waitForEvent(opened.panel.onDidRender, () => true, { what: 'the comparison page to render' });
    frames = await probeFrames(MARKER);
    const showing = frames.filter((f) => !f.main && f.text.includes('read the full notice'));
    assert.equal(showing.length, 1, `expected one frame showing the comparison, found ${showing.length}: ${frames.map((f) => f.url).join(', ')}`);
    page = showing[0];
  });

  after(async () => {
    opened?.panel.dispose();
    await bareWorkbench();
  });

  it('sends the markup to the page as sentences of both versions', () => {
    for (const side of ['a', 'b'] as const) {
      const text = opened.comparison.rows.flatMap((row) => row[side].map((ref) => ref.text)).join(' ');
      for (const markup of MARKUP) assert.ok(text.includes(markup), `version ${side} has no sentence with ${markup}`);
    }
  });

  it('shows the markup as text: <script>, onerror= and javascript: are visible on the page, in the headline too', () => {
    for (const markup of [...MARKUP, HEADLINE_MARKUP]) assert.ok(page.text.includes(markup), `"${markup}" is not visible as text`);
    assert.ok(opened.comparison.a.label.endsWith(HEADLINE_MARKUP), `the first version's label is "${opened.comparison.a.label}"`);
  });

  it('runs none of it: the marker it sets is nowhere, in the webview or the workbench', () => {
    assert.equal(page.error, undefined);
    assert.equal(page.marker?.inWindow, false, `${MARKER} was set to "${page.marker?.value}"`);
    assert.equal(page.marker?.dataset.wirecheckPwned, undefined, 'the body\'s data-wirecheck-pwned was set');
    assert.equal(page.title, 'Aligned comparison');
    const workbench = frames.find((f) => f.main);
    assert.equal(workbench?.marker?.inWindow, false);
    assert.doesNotMatch(workbench?.title ?? '', /pwned/);
  });

  it('makes no element from it: no img, a, script or handler attribute the page did not make itself', () => {
    const foreign = Object.keys(page.tags).filter((tag) => !PAGE_ELEMENTS.has(tag));
    assert.deepEqual(foreign, []);
    assert.deepEqual(page.handlerAttributes, []);
    assert.deepEqual(page.javascriptUrls, []);
    assert.ok((page.tags.mark ?? 0) + (page.tags.span ?? 0) > 10, 'the rows were not rendered');
  });

  it('has the CSP default-src \'none\', and its one script is media/compare.js with the CSP\'s nonce', () => {
    const csp = /^default-src 'none'; style-src ([^;]+); script-src 'nonce-([A-Za-z0-9+/=]{16,})';$/.exec(page.csp ?? '');
    assert.ok(csp, `unexpected CSP: ${page.csp}`);
    assert.equal(csp[1], opened.panel.webviewPanel.webview.cspSource, 'styles from elsewhere than the webview\'s own resources');
    // VS Code's own script (acquireVsCodeApi) is put before the CSP; every other one is the extension's
    const scripts = page.scripts.filter((s) => s.id !== '_vscodeApiScript');
    assert.equal(scripts.length, 1, JSON.stringify(page.scripts));
    assert.match(scripts[0].src ?? '', /\/media\/compare\.js$/);
    assert.equal(scripts[0].nonce, csp[2]);
  });

  it('loads resources only from media/, the one local resource root', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const options = opened.panel.webviewPanel.webview.options;
    assert.deepEqual(options.localResourceRoots?.map((u) => u.path), [vscode.Uri.joinPath(extension.extensionUri, 'media').path]);
    assert.ok(!options.enableCommandUris, 'command: links are enabled');
    const loaded = page.resources.map((url) => new URL(url).pathname);
    assert.ok(loaded.length >= 2, `only ${loaded.length} resources loaded: ${loaded.join(', ')}`);
    for (const file of loaded) assert.match(file, /\/media\/compare\.(js|css)$/);
  });

  it('looks like an ordinary comparison (screenshot hostile-comparison.png)', async () => {
    await screenshotNamed('hostile-comparison.png');
  });

  it('shows the headline as text in the story facts preview too, and runs nothing of it', async () => {
    const stories = (await api.corpusTree.getChildren()) as StoryNode[];
    const story = stories.find((s) => s.versions.some((v) => v.path === opened.comparison.a.path));
    assert.ok(story, 'the pair has no story in the Stories view');
    await vscode.commands.executeCommand('wirecheck.storyFacts', story);
    const facts = await waitUntil(async () => (await probeFrames(MARKER)).find((f) => !f.main && f.text.includes('Story facts:')), { what: 'the story facts preview to render' });
    assert.ok(facts.text.includes(`Story facts: Hackers deface Port Elbrun council website with hidden code ${HEADLINE_MARKUP}`), facts.text.slice(0, 300));
    assert.equal(facts.marker?.inWindow, false, `${MARKER} was set to "${facts.marker?.value}"`);
    assert.deepEqual(facts.handlerAttributes, []);
    assert.equal(facts.tags.img, undefined, 'an <img> was made from the headline');
  });
});
