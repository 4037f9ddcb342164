// Editor checks for content files: VS Code's remark extension (unifiedjs.vscode-remark) reads this
// and underlines frontmatter that breaks the JSON Schemas generated from our zod schemas
// (`npm run schemas`). `npm run validate` stays the full check (references, quotes, dates).
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          './public/schemas/article.schema.json': ['content/articles/**/*.md'],
          './public/schemas/claim.schema.json': ['content/claims/*.md'],
          './public/schemas/official.schema.json': ['content/officials/*.md'],
          './public/schemas/source.schema.json': ['content/sources/*.md'],
        },
      },
    ],
  ],
};
