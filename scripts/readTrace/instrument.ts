// Rewrites a src/data module so that every function it defines reports entering and leaving (for readTrace.ts): the
// TypeScript compiler's transformer API wraps each function body in `enter(file) try { … } finally { leave() }`.
// Generator bodies and constructors are left as they are (a generator runs when it is resumed, so its calls count
// for whoever resumes it; a constructor may have to start with super()).
import ts from 'typescript';

const HOOK = '__readTrace';

function wrapped(f: ts.NodeFactory, file: string, statements: readonly ts.Statement[]): ts.Block {
  const call = (name: string, args: ts.Expression[]) =>
    f.createExpressionStatement(
      f.createCallExpression(
        f.createPropertyAccessExpression(
          f.createPropertyAccessExpression(f.createIdentifier('globalThis'), HOOK),
          name,
        ),
        undefined,
        args,
      ),
    );
  return f.createBlock(
    [
      call('enter', [f.createStringLiteral(file)]),
      f.createTryStatement(f.createBlock(statements, true), undefined, f.createBlock([call('leave', [])], true)),
    ],
    true,
  );
}

/** The module's text with every (non-generator) function body reporting to globalThis.__readTrace. */
export function instrument(text: string, fileName: string, file: string): string {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const f = context.factory;
    const visit = (node: ts.Node): ts.Node => {
      const next = ts.visitEachChild(node, visit, context);
      if (ts.isArrowFunction(next)) {
        const statements = ts.isBlock(next.body) ? next.body.statements : [f.createReturnStatement(next.body)];
        return f.updateArrowFunction(
          next,
          next.modifiers,
          next.typeParameters,
          next.parameters,
          next.type,
          next.equalsGreaterThanToken,
          wrapped(f, file, statements),
        );
      }
      if (ts.isFunctionDeclaration(next) && next.body && !next.asteriskToken)
        return f.updateFunctionDeclaration(
          next,
          next.modifiers,
          next.asteriskToken,
          next.name,
          next.typeParameters,
          next.parameters,
          next.type,
          wrapped(f, file, next.body.statements),
        );
      if (ts.isFunctionExpression(next) && !next.asteriskToken)
        return f.updateFunctionExpression(
          next,
          next.modifiers,
          next.asteriskToken,
          next.name,
          next.typeParameters,
          next.parameters,
          next.type,
          wrapped(f, file, next.body.statements),
        );
      if (ts.isMethodDeclaration(next) && next.body && !next.asteriskToken)
        return f.updateMethodDeclaration(
          next,
          next.modifiers,
          next.asteriskToken,
          next.name,
          next.questionToken,
          next.typeParameters,
          next.parameters,
          next.type,
          wrapped(f, file, next.body.statements),
        );
      if (ts.isGetAccessorDeclaration(next) && next.body)
        return f.updateGetAccessorDeclaration(
          next,
          next.modifiers,
          next.name,
          next.parameters,
          next.type,
          wrapped(f, file, next.body.statements),
        );
      return next;
    };
    return (sf) => ts.visitNode(sf, visit) as ts.SourceFile;
  };
  const out = ts.transform(source, [transformer]);
  const printed = ts.createPrinter().printFile(out.transformed[0] as ts.SourceFile);
  out.dispose();
  return printed;
}
