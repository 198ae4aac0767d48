// zxcvbn-ts, loaded on first use: its dictionaries are large, so bundlers must put them in a lazy chunk.
import type { ZxcvbnResult } from '@zxcvbn-ts/core';

/** authentik scores only the first 72 characters (code points: Python slicing). */
export const ZXCVBN_MAX_LENGTH = 72;

type Zxcvbn = (password: string, userInputs?: (string | number)[]) => ZxcvbnResult;

let loading: Promise<Zxcvbn> | undefined;
let loaded = false;

/** True once zxcvbn-ts and its dictionaries have been imported (for tests and diagnostics). */
export function isZxcvbnLoaded(): boolean {
  return loaded;
}

/** Imports zxcvbn-ts and configures the common + English dictionaries, once. */
export function loadZxcvbn(): Promise<Zxcvbn> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, en]) => {
      core.zxcvbnOptions.setOptions({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      });
      loaded = true;
      return core.zxcvbn;
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load may succeed on the next try
      throw error;
    },
  );
  return loading;
}

export interface ZxcvbnScore {
  score: number;
  warning?: string;
  suggestions: string[];
}

/** Score of the first 72 code points, with the user's own words as guessable inputs. */
export async function zxcvbnScore(
  password: string,
  userInputs: string[] = [],
): Promise<ZxcvbnScore> {
  const zxcvbn = await loadZxcvbn();
  const cut = Array.from(password).slice(0, ZXCVBN_MAX_LENGTH).join('');
  // Always pass an array: zxcvbn-ts keeps the previous call's user inputs when given none.
  const result = zxcvbn(
    cut,
    userInputs.filter((s) => s.trim() !== ''),
  );
  return {
    score: result.score,
    warning: result.feedback.warning || undefined,
    suggestions: result.feedback.suggestions,
  };
}
