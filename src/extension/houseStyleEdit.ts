// Builds the WorkspaceEdit that adds a word to a list of .wirecheck.json ("preferred", "ignore",
// or one document's list under "ignoreIn"), creating the file when there is none. jsonc-parser
// keeps the user's comments and layout.
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree } from 'jsonc-parser';
import * as vscode from 'vscode';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2 } };

/** Adds `value` to the list at `path` (e.g. ["ignore"] or ["ignoreIn", "seeds/004.txt"]). */
export async function houseStyleEdit(uri: vscode.Uri, path: string[], value: string): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const existing = await currentText(uri);
  const text = existing ?? '{\n}\n';
  const node = findNodeAtLocation(parseTree(text) ?? { type: 'object', offset: 0, length: 0 }, path);
  const list: unknown[] = node && Array.isArray(getNodeValue(node)) ? getNodeValue(node) : [];
  if (list.includes(value)) return edit;
  const edits = list.length ? modify(text, [...path, list.length], value, { ...FORMAT, isArrayInsertion: true }) : modify(text, path, [value], FORMAT);
  const updated = applyEdits(text, edits);
  if (existing === undefined) edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(updated) });
  else edit.replace(uri, new vscode.Range(0, 0, Number.MAX_SAFE_INTEGER, 0), updated);
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
