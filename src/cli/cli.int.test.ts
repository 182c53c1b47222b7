import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './testing/index.js';
import { encodeWav } from '../audio/index.js';
import { sineTone } from '../audio/testing/index.js';
import { writeTinyGgml } from '../transcribe/engines/whisper/testing/index.js';
import { getSharedConsultationsDirectory } from '../testing/shared-data.js';

const shared = `${getSharedConsultationsDirectory()}/`;
const scratch = mkdtempSync(join(tmpdir(), 'referent-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function run(args: string[], stdin = '', env: Record<string, string> = {}) {
  return runCliInProcess(args, {
    stdin,
    env: { REFERENT_DATA_DIR: join(scratch, 'data'), ...env },
  });
}

describe('referent CLI', () => {
  it('pseudonymizes JSON Lines with offsets into the input and lists every identifier', async () => {
    const text = 'Pasienten Kari Nordmann, fnr 14030352751, ringer fra 924 18 356.';
    const result = await run(
      ['deid', '--patient-name', 'Kari Nordmann'],
      `${JSON.stringify({ id: 'a', text })}\n`,
    );
    expect(result.code).toBe(0);
    const line = JSON.parse(result.stdout.trim()) as {
      id: string;
      text: string;
      entities: { start: number; end: number; type: string; surrogate: string | null }[];
    };
    expect(line.id).toBe('a');
    for (const secret of ['Kari', 'Nordmann', '14030352751', '924 18 356'])
      expect(line.text).not.toContain(secret);
    const covered = line.entities.map((entity) => text.slice(entity.start, entity.end));
    expect(covered).toEqual(expect.arrayContaining(['Kari Nordmann', '14030352751']));
  });

  it('reports malformed lines, keeps going, and exits 1', async () => {
    const result = await run(['deid'], `not json\n${JSON.stringify({ id: 'b', text: 'Hei' })}\n`);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/1 of 2 lines/);
  });

  it('drafts a shared consultation with the built-in engine into the template sections', async () => {
    const result = await run(['draft', '--input', join(shared, 'd01-halsbetennelse.json')]);
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout) as {
      template: string;
      engine: { kind: string };
      sections: { key: string; text: string }[];
    };
    expect(draft.template).toBe('journalnotat');
    expect(draft.engine.kind).toBe('builtin');
    expect(draft.sections.map((section) => section.key)).toEqual([
      'kontaktarsak',
      'anamnese',
      'funn',
      'vurdering',
      'tiltak',
    ]);
    expect(draft.sections.map((section) => section.text).join(' ')).toMatch(/hals/i);
  });

  it('drafts from a "Lege:"/"Pasient:" text file', async () => {
    const file = join(scratch, 'samtale.txt');
    writeFileSync(
      file,
      'Lege: Hva gjelder det i dag?\nPasient: Jeg har hatt vondt i ryggen i to uker.\nLege: Har du feber?\nPasient: Nei.\n',
    );
    const result = await run(['draft', '--input', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rygg/i);
  });

  it('answers wrong input with exit 1 and a plain message', async () => {
    expect((await run(['draft', '--input', join(scratch, 'missing.json')])).code).toBe(1);
    expect((await run(['draft'])).stderr).toMatch(/--input FILE is required/);
    expect(
      (
        await run([
          'draft',
          '--input',
          join(shared, 'd01-halsbetennelse.json'),
          '--template',
          'resept',
        ])
      ).code,
    ).toBe(1);
    expect((await run(['transcribe', join(scratch, 'x.wav')])).code).toBe(1);
    expect((await run(['frobnicate'])).code).toBe(1);
    expect((await run(['serve', '--bogus'])).code).toBe(1);
    expect((await run(['users', 'add', 'x', '--role', 'king'], 'passord-som-er-langt')).code).toBe(
      1,
    );
  });

  it('refuses to start with an endpoint outside Norway/EU (exit 1, every problem listed)', async () => {
    const result = await run(['serve'], '', {
      REFERENT_LLM_ENGINE: 'openai',
      REFERENT_LLM_BASE_URL: 'https://llm.example.com/v1',
      REFERENT_LLM_MODEL: 'x',
      REFERENT_LLM_REGION: 'US',
      REFERENT_RETENTION_HOURS: '100',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not an allowed region/);
    expect(result.stderr).toMatch(/at most 24/);
  });

  it('transcribes a WAV file with the local whisper engine and prints the transcript JSON', async () => {
    const model = join(scratch, 'tiny-whisper.bin');
    await writeTinyGgml(model);
    const wav = join(scratch, 'tone.wav');
    writeFileSync(
      wav,
      encodeWav(sineTone({ frequency: 220, seconds: 3, sampleRate: 16000, amplitude: 0.4 }), 16000),
    );
    const result = await run(['transcribe', wav, '--engine', 'whisper', '--model', model]);
    expect(result.code, result.stderr).toBe(0);
    const transcript = JSON.parse(result.stdout) as {
      segments: { speaker: string; text: string; start: number; end: number }[];
    };
    expect(Array.isArray(transcript.segments)).toBe(true);
    for (const segment of transcript.segments) {
      expect(segment.start).toBeGreaterThanOrEqual(0);
      expect(segment.end).toBeLessThanOrEqual(3.5);
    }
  }, 60_000);

  it('refuses a file that is not WAV with exit 1 and says what is accepted', async () => {
    const fake = join(scratch, 'speech.mp3');
    writeFileSync(fake, Buffer.from('ID3\u0003\u0000\u0000\u0000junk'));
    const result = await run([
      'transcribe',
      fake,
      '--engine',
      'whisper',
      '--model',
      join(scratch, 'none.bin'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/WAV/);
  });

  it('lists the speech models and refuses an unknown one', async () => {
    const list = await run(['models', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/nb-whisper/i);
    expect((await run(['models', 'pull', 'no-such-model'])).code).toBe(1);
  });
});
