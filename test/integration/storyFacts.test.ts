// Story facts in a real VS Code: "Show Story Facts" on the story of 000 and 001 opens a Markdown
// preview of who, when and how many per version, read from the engine worker; screenshot.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StoryNode } from '../../src/extension/corpusTree';
import type { WirecheckApi } from '../../src/extension/extension';
import { FACTS_SCHEME } from '../../src/extension/storyFactsDocument';
import { activeWirecheck, bareWorkbench, screenshotNamed, seedPrefix } from './wirecheckFixture';

describe('Story facts', () => {
  let api: WirecheckApi;

  before(async () => {
    api = await activeWirecheck();
  });

  after(async () => {
    await bareWorkbench();
  });

  it('shows who, when and how many for each version of the 9 December story (screenshot story-facts.png)', async () => {
    const stories = (await api.corpusTree.getChildren()) as StoryNode[];
    const story = stories.find((s) => s.versions.some((v) => seedPrefix(v.path) === '000'));
    assert.ok(story && story.versions.length === 2, 'no two-version story with 000');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('wirecheck.storyFacts', story);
    assert.equal(uri.scheme, FACTS_SCHEME);
    const facts = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(facts, /^# Story facts: Russia considers Vietnam a top priority partner in Asia-Pacific/);
    assert.match(facts, /\| \| VnExpress · 2025-12-09 \| VNA · undated \|/);
    assert.match(facts, /\| \*\*9 December\*\* \| 9\/12 \(3×\) \| December 9 \(3×\) \|/, 'the meeting date, read day/month at VnExpress, in both versions');
    assert.match(facts, /\| \*\*Sergey Shoigu\*\* \| Sergey Shoigu \(4×\) \| Sergey Shoigu \(3×\) \|/);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.label.includes('facts'), `the active tab is "${tab?.label}", not the facts preview`);
    await screenshotNamed('story-facts.png');
  });
});
