/** Types of scripts/start.mjs, for its tests and the Electron end-to-end spec. */
export declare const NATIVE_BINDING: string;

export declare function electronBinaryPath(electronDir: string, env?: NodeJS.ProcessEnv): string | null;

export declare function probe(
  root: string,
  env?: NodeJS.ProcessEnv,
): { binary: string | null; electron: boolean; native: boolean };

export type Reason = 'electron-missing' | 'native-missing';

export type Step =
  | { step: 'install-electron'; reason?: undefined }
  | { step: 'rebuild-native'; reason?: undefined }
  | { step: 'launch-electron'; reason?: undefined }
  | { step: 'web-preview'; reason: Reason };

export declare function nextStep(state: {
  electron: boolean;
  native: boolean;
  installTried?: boolean;
  rebuildTried?: boolean;
}): Step;

export declare const reasons: Record<Reason, string>;
