// Module hooks for ts-loader.mjs (see there).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const compilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2023,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  useDefineForClassFields: false,
  isolatedModules: true,
  inlineSourceMap: true,
};

export async function resolve(specifier, context, next) {
  const alias = /^@wobdesk\/([^/]+)$/.exec(specifier);
  if (alias) {
    return { url: new URL(`libs/${alias[1]}/src/index.ts`, root).href, shortCircuit: true };
  }
  if (
    context.parentURL?.endsWith('.ts') &&
    /^\.{1,2}\//.test(specifier) &&
    specifier.endsWith('.js')
  ) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), {
    compilerOptions,
    fileName,
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
