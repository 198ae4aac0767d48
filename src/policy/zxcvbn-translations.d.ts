// The translations module of a zxcvbn-ts language pack, imported alone so that a bundle never
// takes the pack's dictionaries (the server scores with English lists only).
declare module '@zxcvbn-ts/*/dist/translations.esm.js' {
  const translations: {
    warnings: Record<string, string>;
    suggestions: Record<string, string>;
    timeEstimation: Record<string, string>;
  };
  export default translations;
}
