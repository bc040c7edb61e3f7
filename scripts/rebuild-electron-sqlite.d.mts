/** Types of scripts/rebuild-electron-sqlite.mjs, for its tests. */
export declare const TARGET: string;

export declare class RebuildError extends Error {
  constructor(vi: string, en: string);
}

export declare function electronTarget(root: string): { version: string; abi: string | null };

export declare function builderEnv(env: NodeJS.ProcessEnv, version: string): NodeJS.ProcessEnv;

export declare function nodeGypCandidates(root: string, execPath?: string, env?: NodeJS.ProcessEnv): string[];

export interface LoadResult {
  loaded: boolean;
  message?: string;
}

export declare function classifyLoad(
  result: LoadResult,
  expectedAbi: string | null,
): { ok: boolean; reason: string };

export declare function tryLoadInNode(file: string): LoadResult;

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeout?: number;
  shell?: boolean;
}

export type Run = (
  command: string,
  args: string[],
  options: RunOptions,
) => { status: number | null; error?: Error | undefined };

export declare function rebuild(options: {
  root: string;
  run?: Run;
  checkLoad?: (file: string) => LoadResult;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}): string;
