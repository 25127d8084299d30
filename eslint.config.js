// Lint rules. The block for libs/domain is the dependency rule of the house style: the legal core
// stays pure (no framework, no environment, no wall-clock time) so that it can be property-tested.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'artifacts/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'libs/domain is pure: no NestJS.' },
            { group: ['typeorm', 'typeorm/*'], message: 'libs/domain is pure: no TypeORM.' },
            {
              group: ['class-validator', 'class-transformer'],
              message: 'Validation belongs at the edge.',
            },
            { group: ['handlebars', 'nodemailer'], message: 'libs/domain is pure.' },
            {
              group: ['@wobdesk/*', '!@wobdesk/domain'],
              message: 'libs/domain depends on nothing else.',
            },
            { group: ['node:*', 'fs', 'path', 'process'], message: 'libs/domain does no I/O.' },
          ],
        },
      ],
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
