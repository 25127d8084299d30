// Lint rules. What each library and app may import comes from one table (dependency-rules.js);
// libs/domain also stays free of the environment and of wall-clock time, so that the legal core
// can be property-tested.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { dependencyRuleBlocks } from './dependency-rules.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'artifacts/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...dependencyRuleBlocks(),
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time comes in through a Clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time comes in through a Clock.',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Configuration is read at the edge (libs/config).',
        },
      ],
    },
  },
);
