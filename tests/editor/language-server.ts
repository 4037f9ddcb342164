// A minimal editor: starts the Astro language server as the Astro VS Code extension does (stdio, with
// content intellisense on) and asks it what VS Code would ask while a contributor types.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface Position {
  line: number;
  character: number;
}
export interface Diagnostic {
  range: { start: Position; end: Position };
  message: string;
  severity?: number;
}
export interface CompletionItem {
  label: string;
  documentation?: string | { kind: string; value: string };
}

export interface LanguageServer {
  /** Opens a file with the given text (unsaved, as in an editor) and returns its URI. */
  open(file: string, text: string): string;
  completion(uri: string, position: Position): Promise<CompletionItem[]>;
  diagnostics(uri: string): Promise<Diagnostic[]>;
  hover(uri: string, position: Position): Promise<string>;
  /** Tells the server files changed on disk, as the editor's file watcher does. */
  filesChanged(files: string[]): void;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Starts the language server on a workspace folder. */
export async function startLanguageServer(workspace: string): Promise<LanguageServer> {
  const serverBin = require.resolve('@astrojs/language-server/bin/nodeServer.js');
  const child: ChildProcess = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // The server asks for the editor's settings; an editor with none set answers with nulls.
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const workspaceUri = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{ uri: workspaceUri, name: path.basename(workspace) }],
    capabilities: {
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        diagnostic: {},
      },
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
    },
    // What the VS Code extension sends when `astro.content-intellisense` is on.
    initializationOptions: { typescript: { tsdk: path.dirname(require.resolve('typescript')) }, contentIntellisense: true },
  });
  void connection.sendNotification('initialized', {});
  let version = 0;
  return {
    open(file, text) {
      const uri = pathToFileURL(file).href;
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: ++version, text } });
      return uri;
    },
    async completion(uri, position) {
      const result = await connection.sendRequest<{ items: CompletionItem[] } | CompletionItem[] | null>('textDocument/completion', {
        textDocument: { uri },
        position,
      });
      return Array.isArray(result) ? result : (result?.items ?? []);
    },
    async diagnostics(uri) {
      const report = await connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      return report.items;
    },
    async hover(uri, position) {
      const result = await connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position });
      return result?.contents.value ?? '';
    },
    filesChanged(files) {
      void connection.sendNotification('workspace/didChangeWatchedFiles', { changes: files.map((file) => ({ uri: pathToFileURL(file).href, type: 2 })) });
    },
    async stop() {
      const exited = child.exitCode === null ? new Promise<void>((resolve) => child.once('exit', () => resolve())) : Promise.resolve();
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      // The server leaves on `exit` (a stuck one is stopped after 5 s); the connection closes only after
      // that, so that no message is still queued for a pipe already closed (an unhandled rejection in CI).
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}

/** Where a piece of text sits in a file, as an editor position (0-based line and column). */
export function positionOf(text: string, fragment: string, offsetInFragment = fragment.length): Position {
  const index = text.indexOf(fragment);
  if (index < 0) throw new Error(`not in the text: ${fragment}`);
  const before = text.slice(0, index + offsetInFragment).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** The text of an item's documentation, whichever form the server sent. */
export const documentationOf = (item: CompletionItem | undefined) =>
  typeof item?.documentation === 'string' ? item.documentation : (item?.documentation?.value ?? '');
