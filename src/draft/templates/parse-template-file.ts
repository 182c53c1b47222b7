import { z } from 'zod';
import {
  codeSystems,
  InvalidInputError,
  templateIds,
  type TemplateDefinition,
} from '../../core/index.js';

const sectionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and hyphens'),
  title: z.string().trim().min(1).max(80),
  instruction: z.string().trim().min(1).max(2000),
});

const templateFileSchema = z
  .strictObject({
    id: z.enum(templateIds),
    title: z.string().trim().min(1).max(80),
    codeSystem: z.enum(codeSystems),
    sections: z.array(sectionSchema).min(1).max(20),
    styleExample: z.string().max(5000).optional(),
  })
  .refine(
    (template) =>
      new Set(template.sections.map((section) => section.key)).size === template.sections.length,
    {
      message: 'section keys must be unique',
      path: ['sections'],
    },
  );

/**
 * Parses a clinic-edited template file (JSON with the `TemplateDefinition` shape). Throws
 * `InvalidInputError` listing every problem by field path, without echoing the file's content.
 */
export function parseTemplateFile(json: string): TemplateDefinition {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new InvalidInputError('template file is not valid JSON', {
      userMessage: 'Malfilen er ikke gyldig JSON.',
    });
  }
  const result = templateFileSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new InvalidInputError('template file does not match the template schema', {
      userMessage: 'Malfilen har feil og kan ikke brukes.',
      issues,
    });
  }
  const { styleExample, ...rest } = result.data;
  return styleExample === undefined ? rest : { ...rest, styleExample };
}
