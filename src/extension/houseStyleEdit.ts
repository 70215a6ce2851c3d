// Builds the WorkspaceEdit that adds a preferred form or an ignored word to .wirecheck.json,
// creating the file when there is none. jsonc-parser keeps the user's comments and layout.
import { applyEdits, modify, parse } from 'jsonc-parser';
import * as vscode from 'vscode';

export async function houseStyleEdit(uri: vscode.Uri, change: { preferred?: string; ignore?: string }): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const existing = await currentText(uri);
  const key = change.preferred !== undefined ? 'preferred' : 'ignore';
  const value = change.preferred ?? change.ignore!;
  const text = existing ?? '{\n}\n';
  const current = parse(text) as Record<string, unknown> | undefined;
  const list = Array.isArray(current?.[key]) ? (current![key] as unknown[]) : [];
  if (list.includes(value)) return edit;
  const updated = applyEdits(text, modify(text, [key, list.length], value, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  if (existing === undefined) {
    edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(updated) });
  } else {
    edit.replace(uri, new vscode.Range(0, 0, Number.MAX_SAFE_INTEGER, 0), updated);
  }
  return edit;
}

async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
