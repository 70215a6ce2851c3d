// "Show Story Facts": a read-only Markdown document of who, when and how many per version, opened
// in the Markdown preview and refreshed after every check.
import * as vscode from 'vscode';
import type { Story } from '../core/stories/story';
import { StoryNode } from './corpusTree';
import type { WorkspaceCorpus } from './workspaceCorpus';

export const FACTS_SCHEME = 'wirecheck-facts';

export class StoryFactsDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly shown = new Set<string>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChange = this.changed.event;

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidCheck(() => { for (const uri of this.shown) this.changed.fire(vscode.Uri.parse(uri)); });
  }

  static uriFor(story: Story): vscode.Uri {
    return vscode.Uri.from({ scheme: FACTS_SCHEME, path: `/${story.documents[0]}.facts.md` });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.shown.add(uri.toString());
    const first = uri.path.replace(/^\//, '').replace(/\.facts\.md$/, '');
    return (await this.corpus.facts(first)) ?? '# Story facts\n\nThis story is no longer in the corpus.\n';
  }

  /** Opens the facts of the story of a tree node, or of a story the user picks. */
  async show(node?: StoryNode): Promise<vscode.Uri | undefined> {
    const story = node instanceof StoryNode ? node.story : await this.pickStory();
    if (!story) return undefined;
    const uri = StoryFactsDocuments.uriFor(story);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return uri;
  }

  private async pickStory(): Promise<Story | undefined> {
    const result = await this.corpus.result();
    const picked = await vscode.window.showQuickPick(
      result.stories.map((s) => ({ label: s.headline, description: `${s.documents.length} version${s.documents.length === 1 ? '' : 's'}`, story: s })),
      { title: 'Show the facts of which story?' },
    );
    return picked?.story;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
