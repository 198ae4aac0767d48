// Bidirectional isolation for values set inside translated sentences. In a right-to-left locale
// an email address, account name or URL inside Arabic text would be reordered with its
// neighbours ("jane@example.com." reads ".jane@example.com"); FSI … PDI (U+2068, U+2069) isolate
// it the way <bdi> does in markup, for msg(str`…`) whose result is plain text.
export const isolate = (value: string | number | null | undefined): string =>
  `\u2068${value ?? ''}\u2069`;
