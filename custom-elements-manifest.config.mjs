// @custom-elements-manifest/analyzer: our elements are registered with the `define(tag, Class)`
// helper (components/stages/kit/define.ts), not a bare `customElements.define`; this plugin reads
// those calls as the analyzer reads `customElements.define`, so every tag is in the manifest.
function defineHelperCalls() {
  return {
    name: 'ak-flow: define(tag, Class)',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

export default {
  plugins: [defineHelperCalls()],
};
