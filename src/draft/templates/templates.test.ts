import { describe, expect, it } from 'vitest';
import { InvalidInputError, templateIds } from '../../core/index.js';
import { parseTemplateFile } from './parse-template-file.js';
import { getTemplate, templates } from './templates.js';

describe('templates', () => {
  it('use the section keys of the Draft JSON contract (design §6.4)', () => {
    expect(getTemplate('journalnotat').sections.map((section) => section.key)).toEqual([
      'kontaktarsak',
      'anamnese',
      'funn',
      'vurdering',
      'tiltak',
    ]);
    expect(getTemplate('epikrise').sections.map((section) => section.key)).toEqual([
      'innleggelsesarsak',
      'forlop',
      'funn',
      'diagnoser',
      'medikamentendringer',
      'oppfolging',
    ]);
    expect(getTemplate('epikrise').sections.map((section) => section.title)).toContain(
      'Funn og undersøkelser',
    );
  });

  it('exist for every document kind, with an instruction for every section and the right code system', () => {
    for (const id of templateIds) {
      const template = templates[id];
      expect(template.id).toBe(id);
      for (const section of template.sections)
        expect(section.instruction.length).toBeGreaterThan(10);
    }
    expect(getTemplate('journalnotat').codeSystem).toBe('ICPC-2');
    expect(getTemplate('epikrise').codeSystem).toBe('ICD-10');
    expect(getTemplate('henvisning').sections.map((section) => section.key)).toContain('hastegrad');
    expect(getTemplate('pasientbrev').sections.map((section) => section.key)).toEqual([
      'funn',
      'rad',
      'kontakt',
    ]);
  });

  it('round-trip through the template file format', () => {
    for (const id of templateIds)
      expect(parseTemplateFile(JSON.stringify(templates[id]))).toEqual(templates[id]);
  });
});

describe('parseTemplateFile', () => {
  it('accepts a clinic-edited template with its own titles, instructions and style example', () => {
    const edited = {
      ...templates.journalnotat,
      title: 'Notat (legesenteret)',
      styleExample: 'Kort og konsist.',
      sections: templates.journalnotat.sections.map((section) => ({
        ...section,
        instruction: `${section.instruction} Bruk korte setninger.`,
      })),
    };
    expect(parseTemplateFile(JSON.stringify(edited)).title).toBe('Notat (legesenteret)');
  });

  it('lists every problem by field, without echoing the content', () => {
    const broken = {
      id: 'journalnotat',
      title: '',
      codeSystem: 'ICD-9',
      sections: [
        { key: 'Anamnese!', title: 'Anamnese', instruction: 'x' },
        { key: 'funn', title: 'Funn', instruction: 'Funn.', extra: 'hemmelig pasientinfo' },
      ],
    };
    try {
      parseTemplateFile(JSON.stringify(broken));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const issues = (error as InvalidInputError).issues.join('\n');
      expect(issues).toMatch(/title/);
      expect(issues).toMatch(/codeSystem/);
      expect(issues).toMatch(/sections\.0\.key/);
      expect(issues).toMatch(/sections\.1/);
      expect(issues + (error as Error).message).not.toMatch(/hemmelig/);
    }
  });

  it('refuses duplicate section keys and invalid JSON', () => {
    const duplicate = {
      ...templates.journalnotat,
      sections: [templates.journalnotat.sections[0], templates.journalnotat.sections[0]],
    };
    expect(() => parseTemplateFile(JSON.stringify(duplicate))).toThrow(InvalidInputError);
    expect(() => parseTemplateFile('{ not json')).toThrow(InvalidInputError);
  });
});
