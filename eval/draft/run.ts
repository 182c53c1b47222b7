/**
 * `npm run eval:draft [-- --engine builtin|openai|llama] [-- --missed] [-- --drafts] [-- --cases DIR]`
 *
 * Drafts every shared consultation (../shared/data/consultations, d01–d06) and our own held-out
 * cases (eval/draft/cases) with the chosen engine, verifies the drafts, and prints per case and
 * overall: fact coverage by the keyword rule of the data README, drafted sentences, sentences the
 * verifier could not support, and flag counts by kind. The two sets are reported separately: the
 * held-out cases were written before the builtin rules were tuned, so they estimate coverage on
 * consultations nobody tuned for.
 *
 * Engines: `builtin` (default); `openai` reads REFERENT_LLM_BASE_URL, REFERENT_LLM_MODEL and
 * REFERENT_LLM_API_KEY; `llama` reads REFERENT_LLM_MODEL_PATH (and REFERENT_LLM_THREADS).
 * Exit code 0 when the report is printed, 1 for wrong arguments, 2 when the engine failed to start.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

import { createDrafter, type DrafterConfig } from '../../src/draft/index.js';
import {
  heldOutCasesDirectory,
  loadConsultationCases,
  ownCasesDirectory,
  sharedCasesDirectory,
} from '../../src/draft/testing/consultation-cases.js';

import { evaluateDrafter, formatResults } from './evaluate-drafter.js';
import { formatHeldOutSummary } from './format-held-out-summary.js';

/** The second held-out set (v2): written later by another author; totals only; gated in draft-quality.test.ts. */
const heldOutV2CasesDirectory = path.join(import.meta.dirname, 'heldout-v2');
/** The third held-out set (v3, session 5): by yet another author; totals only; gated in draft-quality.test.ts. */
const heldOutV3CasesDirectory = path.join(import.meta.dirname, 'heldout-v3');
/** The fourth held-out set (v4, session 6): by a fourth author; totals only; gated in draft-quality.test.ts. */
const heldOutV4CasesDirectory = path.join(import.meta.dirname, 'heldout-v4');
/** The fifth held-out set (v5, session 7): by a fifth author; totals only; gated in draft-quality.test.ts. */
const heldOutV5CasesDirectory = path.join(import.meta.dirname, 'heldout-v5');
/** The sixth held-out set (v6, session 8): by a sixth author; totals only; gated in draft-quality.test.ts. */
const heldOutV6CasesDirectory = path.join(import.meta.dirname, 'heldout-v6');
/** The seventh held-out set (v7, session 9): by a seventh author; totals only; gated in draft-quality.test.ts. */
const heldOutV7CasesDirectory = path.join(import.meta.dirname, 'heldout-v7');
/** The eighth held-out set (v8, session 11): by an eighth author; totals only; gated in draft-quality.test.ts. */
const heldOutV8CasesDirectory = path.join(import.meta.dirname, 'heldout-v8');
/** The ninth held-out set (v9, session 14): by a ninth author; totals only; gated in draft-quality.test.ts. */
const heldOutV9CasesDirectory = path.join(import.meta.dirname, 'heldout-v9');
/** The tenth held-out set (v10, session 17): by a tenth author; totals only; gated in draft-quality.test.ts. */
const heldOutV10CasesDirectory = path.join(import.meta.dirname, 'heldout-v10');
/** The eleventh held-out set (v11, session 18): by an eleventh author; totals only; gated in draft-quality.test.ts. */
const heldOutV11CasesDirectory = path.join(import.meta.dirname, 'heldout-v11');
/** The twelfth held-out set (v12, session 19): by a twelfth author; totals only; gated in draft-quality.test.ts. */
const heldOutV12CasesDirectory = path.join(import.meta.dirname, 'heldout-v12');
/** The thirteenth held-out set (v13, session 21): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV13CasesDirectory = path.join(import.meta.dirname, 'heldout-v13');
/** The fourteenth held-out set (v14, session 22): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV14CasesDirectory = path.join(import.meta.dirname, 'heldout-v14');
/** The fifteenth held-out set (v15, session 23): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV15CasesDirectory = path.join(import.meta.dirname, 'heldout-v15');
/** The sixteenth held-out set (v16, session 24): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV16CasesDirectory = path.join(import.meta.dirname, 'heldout-v16');
/** The seventeenth held-out set (v17, session 25): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV17CasesDirectory = path.join(import.meta.dirname, 'heldout-v17');
/** The eighteenth held-out set (v18, session 26): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV18CasesDirectory = path.join(import.meta.dirname, 'heldout-v18');
/** The nineteenth held-out set (v19, session 27): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV19CasesDirectory = path.join(import.meta.dirname, 'heldout-v19');
/** The twentieth held-out set (v20, session 28): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV20CasesDirectory = path.join(import.meta.dirname, 'heldout-v20');
/** The twenty-first held-out set (v21, session 29): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV21CasesDirectory = path.join(import.meta.dirname, 'heldout-v21');
/** The twenty-second held-out set (v22, session 30): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV22CasesDirectory = path.join(import.meta.dirname, 'heldout-v22');
/** The twenty-third held-out set (v23, session 31): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV23CasesDirectory = path.join(import.meta.dirname, 'heldout-v23');
/** The twenty-fourth held-out set (v24, session 32): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV24CasesDirectory = path.join(import.meta.dirname, 'heldout-v24');
/** The twenty-fifth held-out set (v25, session 33): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV25CasesDirectory = path.join(import.meta.dirname, 'heldout-v25');
/** The twenty-sixth held-out set (v26, session 34): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV26CasesDirectory = path.join(import.meta.dirname, 'heldout-v26');
/** The twenty-seventh held-out set (v27, session 35): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV27CasesDirectory = path.join(import.meta.dirname, 'heldout-v27');
/** The twenty-eighth held-out set (v28, session 36): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV28CasesDirectory = path.join(import.meta.dirname, 'heldout-v28');
/** The twenty-ninth held-out set (v29, session 37): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV29CasesDirectory = path.join(import.meta.dirname, 'heldout-v29');
/** The thirtieth held-out set (v30, session 38): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV30CasesDirectory = path.join(import.meta.dirname, 'heldout-v30');
/** The thirty-first held-out set (v31, session 39): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV31CasesDirectory = path.join(import.meta.dirname, 'heldout-v31');
/** The thirty-second held-out set (v32, session 40): by an outside author; totals only; gated in draft-quality.test.ts. */
const heldOutV32CasesDirectory = path.join(import.meta.dirname, 'heldout-v32');

/**
 * Development cases written in session 14 (h72–h77), before that session's rules. Kept apart from
 * `cases/` so the own-cases gate in draft-quality.test.ts keeps measuring the set it was set on.
 */
const session14CasesDirectory = path.join(import.meta.dirname, 'cases-s14');

/** Development cases written in session 15 (h78–h83), before that session's rules. */
const session15CasesDirectory = path.join(import.meta.dirname, 'cases-s15');

/** Development cases written in session 16 (h87–h92), before that session's rules. */
const session16CasesDirectory = path.join(import.meta.dirname, 'cases-s16');

/** Development cases written in session 17 in heavy dialects (h93–h96), before that session's rules. */
const session17DialectCasesDirectory = path.join(import.meta.dirname, 'cases-s17d');

/** Development cases written in session 18, rich in negatives (h103–h106), before its rules. */
const session18NegativesCasesDirectory = path.join(import.meta.dirname, 'cases-s18b');

/** Development cases written in session 26 (h189–h198), before that session's rules. */
const session26CasesDirectory = path.join(import.meta.dirname, 'cases-s26b');

/** Development cases written in session 27 (h199–h208), before that session's rules. */
const session27CasesDirectory = path.join(import.meta.dirname, 'cases-s27f');

/** Development cases written in session 28 (h209–h220), before that session's rules. */
const session28CasesDirectory = path.join(import.meta.dirname, 'cases-s28f');

/** Development cases written in session 29 (h221–h232), before that session's rules. */
const session29aCasesDirectory = path.join(import.meta.dirname, 'cases-s29a');
/** Development cases written in session 29 (h233–h243), before that session's compression rules. */
const session29fCasesDirectory = path.join(import.meta.dirname, 'cases-s29f');
/** Development cases written in session 30 (h244–), verbose kinds, before its compression rules. */
const session30dCasesDirectory = path.join(import.meta.dirname, 'cases-s30d');
/** Development cases written in session 30h (h256–h262), before that session's defect fixes. */
const session30hCasesDirectory = path.join(import.meta.dirname, 'cases-s30h');
/** Development cases written in session 31h (h268–h271), before that session's compression rules. */
const session31hCasesDirectory = path.join(import.meta.dirname, 'cases-s31h');
const session31kCasesDirectory = path.join(import.meta.dirname, 'cases-s31k');
/** Development cases written in session 32d (h276–h278): a «nei» that names or affirms a part. */
const session32dCasesDirectory = path.join(import.meta.dirname, 'cases-s32d');
/** Development cases written in session 32i (h285–h292): who said what, relatives' own illnesses. */
const session32iCasesDirectory = path.join(import.meta.dirname, 'cases-s32i');
/** Development cases written in session 33k (h300–h302): onset and duration said in words. */
const session33kCasesDirectory = path.join(import.meta.dirname, 'cases-s33k');
/** Development cases written in session 34f (h303–h319): lists and drugs answered «nei, bare X», hedged assessments. */
const session34fCasesDirectory = path.join(import.meta.dirname, 'cases-s34f');
/** Development cases written in session 34i (h320–h326, h327–h345 s35d): factors, fears, short reasons, plan filler. */
const session34iCasesDirectory = path.join(import.meta.dirname, 'cases-s34i');
/** Development cases written in session 35i (h346–h348): fatigue, «ikke som jeg har målt», alcohol without a count, medicine when needed, a long explaining turn. */
const session35iCasesDirectory = path.join(import.meta.dirname, 'cases-s35i');
/** Development cases written in session 36d (h330–h345): a no that says one more thing (a relative's habit, «ikke lenger», a supplement, pain only at one moment), ringing with the result, fatigue, common diagnoses. */
const session36dCasesDirectory = path.join(import.meta.dirname, 'cases-s36d');
/** Development cases written in session 37h (h393–h398): negatives in dialect and nynorsk, two-part questions, corrections, «jo» to a negated question. */
const session37hCasesDirectory = path.join(import.meta.dirname, 'cases-s37h');
/** Development cases written in session 37j (h399–h406): strong regional speech, long retold stories, a talking relative, small talk. */
const session37jCasesDirectory = path.join(import.meta.dirname, 'cases-s37j');
/** Development cases written in session 38g (h417–h424): pertinent negatives as people say them (two-part answers, «ikke det heller», negated questions, «nei, jo, litt», a relative's denial). */
const session38gCasesDirectory = path.join(import.meta.dirname, 'cases-s38g');
/** Development cases written in session 38d (h407–h416): identifiers said aloud in dialects and by speakers of many origins (issue 10). */
const session38dCasesDirectory = path.join(import.meta.dirname, 'cases-s38d');
/** Development cases written in session 38j (h439–h446): henvisning, epikrise and pasientbrev with relatives' own illnesses and medicines, corrected allergies and values, paused drugs, safety facts. */
const session38jCasesDirectory = path.join(import.meta.dirname, 'cases-s38j');
/** Development cases written in session 38h (h429–h436): long-winded patients and relatives, retold stories, logistics, four templates. */
const session38hCasesDirectory = path.join(import.meta.dirname, 'cases-s38h');
/** Development cases written in session 39g (h465–h476): safety content said in awkward ways — passive death wishes, allergies denied, uncertain or corrected, anticoagulants by brand, uncertain pregnancy, red-flag negatives in dialect, relatives' own illnesses. */
const session39gCasesDirectory = path.join(import.meta.dirname, 'cases-s39g');
/** Development cases written in session 39k (h477–h486): long talkative journalnotat consultations with retold stories, repetitions, explanations, logistics and numbers in small talk. */
const session39kCasesDirectory = path.join(import.meta.dirname, 'cases-s39k');
/** Development cases written in session 40e (h487–h500): the reason for contact after small talk or logistics, safety answers in nynorsk and dialect («ikkje no, men i går», a past death wish, a rope, an allergy taken back), spoken emergency numbers. */
const session40eCasesDirectory = path.join(import.meta.dirname, 'cases-s40e');
/** Development cases written in session 40f (h501–h520): the complaint after long small talk, apologies, travel, weather and work hours, said indirectly or through a third party, by a relative or nurse first, on follow-up visits and referrals. */
const session40fCasesDirectory = path.join(import.meta.dirname, 'cases-s40f');

/** The later held-out sets, printed as totals only after the other sets. */
const laterHeldOutSets = [
  [
    'Held-out consultations v2 (eval/draft/heldout-v2, totals only, gated in draft-quality.test.ts)',
    heldOutV2CasesDirectory,
  ],
  [
    'Held-out consultations v3 (eval/draft/heldout-v3, totals only, gated in draft-quality.test.ts)',
    heldOutV3CasesDirectory,
  ],
  [
    'Held-out consultations v4 (eval/draft/heldout-v4, totals only, gated in draft-quality.test.ts)',
    heldOutV4CasesDirectory,
  ],
  [
    'Held-out consultations v5 (eval/draft/heldout-v5, totals only, gated in draft-quality.test.ts)',
    heldOutV5CasesDirectory,
  ],
  [
    'Held-out consultations v6 (eval/draft/heldout-v6, totals only, gated in draft-quality.test.ts)',
    heldOutV6CasesDirectory,
  ],
  [
    'Held-out consultations v7 (eval/draft/heldout-v7, totals only, gated in draft-quality.test.ts)',
    heldOutV7CasesDirectory,
  ],
  [
    'Held-out consultations v8 (eval/draft/heldout-v8, totals only, gated in draft-quality.test.ts)',
    heldOutV8CasesDirectory,
  ],
  [
    'Held-out consultations v9 (eval/draft/heldout-v9, totals only, gated in draft-quality.test.ts)',
    heldOutV9CasesDirectory,
  ],
  [
    'Held-out consultations v10 (eval/draft/heldout-v10, totals only, gated in draft-quality.test.ts)',
    heldOutV10CasesDirectory,
  ],
  [
    'Held-out consultations v11 (eval/draft/heldout-v11, totals only, gated in draft-quality.test.ts)',
    heldOutV11CasesDirectory,
  ],
  [
    'Held-out consultations v12 (eval/draft/heldout-v12, totals only, gated in draft-quality.test.ts)',
    heldOutV12CasesDirectory,
  ],
  [
    'Held-out consultations v13 (eval/draft/heldout-v13, totals only, gated in draft-quality.test.ts)',
    heldOutV13CasesDirectory,
  ],
  [
    'Held-out consultations v14 (eval/draft/heldout-v14, totals only, gated in draft-quality.test.ts)',
    heldOutV14CasesDirectory,
  ],
  [
    'Held-out consultations v15 (eval/draft/heldout-v15, totals only, gated in draft-quality.test.ts)',
    heldOutV15CasesDirectory,
  ],
  [
    'Held-out consultations v16 (eval/draft/heldout-v16, totals only, gated in draft-quality.test.ts)',
    heldOutV16CasesDirectory,
  ],
  [
    'Held-out consultations v17 (eval/draft/heldout-v17, totals only, gated in draft-quality.test.ts)',
    heldOutV17CasesDirectory,
  ],
  [
    'Held-out consultations v18 (eval/draft/heldout-v18, totals only, gated in draft-quality.test.ts)',
    heldOutV18CasesDirectory,
  ],
  [
    'Held-out consultations v19 (eval/draft/heldout-v19, totals only, gated in draft-quality.test.ts)',
    heldOutV19CasesDirectory,
  ],
  [
    'Held-out consultations v20 (eval/draft/heldout-v20, totals only, gated in draft-quality.test.ts)',
    heldOutV20CasesDirectory,
  ],
  [
    'Held-out consultations v21 (eval/draft/heldout-v21, totals only, gated in draft-quality.test.ts)',
    heldOutV21CasesDirectory,
  ],
  [
    'Held-out consultations v22 (eval/draft/heldout-v22, totals only, gated in draft-quality.test.ts)',
    heldOutV22CasesDirectory,
  ],
  [
    'Held-out consultations v23 (eval/draft/heldout-v23, totals only, gated in draft-quality.test.ts)',
    heldOutV23CasesDirectory,
  ],
  [
    'Held-out consultations v24 (eval/draft/heldout-v24, totals only, gated in draft-quality.test.ts)',
    heldOutV24CasesDirectory,
  ],
  [
    'Held-out consultations v25 (eval/draft/heldout-v25, totals only, gated in draft-quality.test.ts)',
    heldOutV25CasesDirectory,
  ],
  [
    'Held-out consultations v26 (eval/draft/heldout-v26, totals only, gated in draft-quality.test.ts)',
    heldOutV26CasesDirectory,
  ],
  [
    'Held-out consultations v27 (eval/draft/heldout-v27, totals only, gated in draft-quality.test.ts)',
    heldOutV27CasesDirectory,
  ],
  [
    'Held-out consultations v28 (eval/draft/heldout-v28, totals only, gated in draft-quality.test.ts)',
    heldOutV28CasesDirectory,
  ],
  [
    'Held-out consultations v29 (eval/draft/heldout-v29, totals only, gated in draft-quality.test.ts)',
    heldOutV29CasesDirectory,
  ],
  [
    'Held-out consultations v30 (eval/draft/heldout-v30, totals only, gated in draft-quality.test.ts)',
    heldOutV30CasesDirectory,
  ],
  [
    'Held-out consultations v31 (eval/draft/heldout-v31, totals only, gated in draft-quality.test.ts)',
    heldOutV31CasesDirectory,
  ],
  [
    'Held-out consultations v32 (eval/draft/heldout-v32, totals only, gated in draft-quality.test.ts)',
    heldOutV32CasesDirectory,
  ],
] as const;

const environmentSchema = z.object({
  REFERENT_LLM_BASE_URL: z.url().optional(),
  REFERENT_LLM_MODEL: z.string().min(1).optional(),
  REFERENT_LLM_API_KEY: z.string().min(1).optional(),
  REFERENT_LLM_MODEL_PATH: z.string().min(1).optional(),
  REFERENT_LLM_THREADS: z.coerce.number().int().positive().optional(),
});

function toConfig(
  engine: string,
  environment: z.infer<typeof environmentSchema>,
): DrafterConfig | string {
  switch (engine) {
    case 'builtin':
      return { engine: 'builtin' };
    case 'openai':
      if (
        environment.REFERENT_LLM_BASE_URL === undefined ||
        environment.REFERENT_LLM_MODEL === undefined
      ) {
        return 'the openai engine needs REFERENT_LLM_BASE_URL and REFERENT_LLM_MODEL';
      }
      return {
        engine: 'openai',
        openai: {
          baseUrl: environment.REFERENT_LLM_BASE_URL,
          model: environment.REFERENT_LLM_MODEL,
          ...(environment.REFERENT_LLM_API_KEY === undefined
            ? {}
            : { apiKey: environment.REFERENT_LLM_API_KEY }),
        },
      };
    case 'llama':
      if (environment.REFERENT_LLM_MODEL_PATH === undefined)
        return 'the llama engine needs REFERENT_LLM_MODEL_PATH';
      return {
        engine: 'llama',
        llama: {
          modelPath: environment.REFERENT_LLM_MODEL_PATH,
          threads: environment.REFERENT_LLM_THREADS ?? 2,
        },
      };
    default:
      return `unknown engine "${engine}" (builtin, openai or llama)`;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'builtin' },
      missed: { type: 'boolean', default: false },
      drafts: { type: 'boolean', default: false },
      cases: { type: 'string' },
    },
    allowPositionals: false,
  });
  const environment = environmentSchema.safeParse(process.env);
  if (!environment.success) {
    process.stderr.write(
      `invalid environment: ${environment.error.issues.map((issue) => issue.path.join('.')).join(', ')}\n`,
    );
    return 1;
  }
  const config = toConfig(values.engine, environment.data);
  if (typeof config === 'string') {
    process.stderr.write(`${config}\n`);
    return 1;
  }
  let drafter;
  try {
    drafter = await createDrafter(config);
  } catch (error) {
    process.stderr.write(
      `could not start the ${values.engine} engine: ${error instanceof Error ? error.message : 'unknown error'}\n`,
    );
    return 2;
  }
  process.stdout.write(`engine: ${drafter.info.kind} (${drafter.info.model})\n`);
  const sets =
    values.cases === undefined
      ? [
          ['Shared consultations (d01–d06)', sharedCasesDirectory],
          ['Own consultations (eval/draft/cases, development)', ownCasesDirectory],
          [
            'Own consultations, session 14 (eval/draft/cases-s14, development)',
            session14CasesDirectory,
          ],
          [
            'Own consultations, session 15 (eval/draft/cases-s15, development)',
            session15CasesDirectory,
          ],
          [
            'Own consultations, session 16 (eval/draft/cases-s16, development)',
            session16CasesDirectory,
          ],
          [
            'Own consultations, session 17 dialects (eval/draft/cases-s17d, development)',
            session17DialectCasesDirectory,
          ],
          [
            'Own consultations, session 18 negatives (eval/draft/cases-s18b, development)',
            session18NegativesCasesDirectory,
          ],
          [
            'Own consultations, session 26 (eval/draft/cases-s26b, development)',
            session26CasesDirectory,
          ],
          [
            'Own consultations, session 27 (eval/draft/cases-s27f, development)',
            session27CasesDirectory,
          ],
          [
            'Own consultations, session 28 (eval/draft/cases-s28f, development)',
            session28CasesDirectory,
          ],
          [
            'Own consultations, session 29 (eval/draft/cases-s29a, development)',
            session29aCasesDirectory,
          ],
          [
            'Own consultations, session 29 (eval/draft/cases-s29f, development)',
            session29fCasesDirectory,
          ],
          [
            'Own consultations, session 30 (eval/draft/cases-s30d, development)',
            session30dCasesDirectory,
          ],
          [
            'Own consultations, session 30h (eval/draft/cases-s30h, development)',
            session30hCasesDirectory,
          ],
          [
            'Own consultations, session 31h (eval/draft/cases-s31h, development)',
            session31hCasesDirectory,
          ],
          [
            'Own consultations, session 31k (eval/draft/cases-s31k, development)',
            session31kCasesDirectory,
          ],
          [
            'Own consultations, session 32d (eval/draft/cases-s32d, development)',
            session32dCasesDirectory,
          ],
          [
            'Own consultations, session 32i (eval/draft/cases-s32i, development)',
            session32iCasesDirectory,
          ],
          [
            'Own consultations, session 33k (eval/draft/cases-s33k, development)',
            session33kCasesDirectory,
          ],
          [
            'Own consultations, session 34f (eval/draft/cases-s34f, development)',
            session34fCasesDirectory,
          ],
          [
            'Own consultations, session 34i (eval/draft/cases-s34i, development)',
            session34iCasesDirectory,
          ],
          [
            'Own consultations, session 35i (eval/draft/cases-s35i, development)',
            session35iCasesDirectory,
          ],
          [
            'Own consultations, session 36d (eval/draft/cases-s36d, development)',
            session36dCasesDirectory,
          ],
          [
            'Own consultations, session 37h (eval/draft/cases-s37h, development)',
            session37hCasesDirectory,
          ],
          [
            'Own consultations, session 37j (eval/draft/cases-s37j, development)',
            session37jCasesDirectory,
          ],
          [
            'Own consultations, session 38g (eval/draft/cases-s38g, development)',
            session38gCasesDirectory,
          ],
          [
            'Own consultations, session 38d (eval/draft/cases-s38d, development)',
            session38dCasesDirectory,
          ],
          [
            'Own consultations, session 38j (eval/draft/cases-s38j, development)',
            session38jCasesDirectory,
          ],
          [
            'Own consultations, session 38h (eval/draft/cases-s38h, development)',
            session38hCasesDirectory,
          ],
          [
            'Own consultations, session 39g (eval/draft/cases-s39g, development)',
            session39gCasesDirectory,
          ],
          [
            'Own consultations, session 39k (eval/draft/cases-s39k, development)',
            session39kCasesDirectory,
          ],
          [
            'Own consultations, session 40e (eval/draft/cases-s40e, development)',
            session40eCasesDirectory,
          ],
          [
            'Own consultations, session 40f (eval/draft/cases-s40f, development)',
            session40fCasesDirectory,
          ],
        ]
      : [[`Cases in ${values.cases}`, path.resolve(values.cases)]];
  for (const [title, directory] of sets) {
    if (title === undefined || directory === undefined) continue;
    const results = await evaluateDrafter(drafter, loadConsultationCases(directory));
    process.stdout.write(
      formatResults(title, results, { showMissed: values.missed, showDrafts: values.drafts }),
    );
  }
  if (values.cases === undefined) {
    // Every held-out set, the first one included, prints totals only: no case ids, drafts or
    // missed facts, even with --missed or --drafts.
    for (const [title, directory] of [
      [
        'Held-out consultations (eval/draft/heldout, written by someone else, never tuned on, totals only)',
        heldOutCasesDirectory,
      ] as const,
      ...laterHeldOutSets,
    ]) {
      process.stdout.write(
        formatHeldOutSummary(
          title,
          await evaluateDrafter(drafter, loadConsultationCases(directory)),
        ),
      );
    }
  }
  const disposable = drafter as { dispose?: () => Promise<void> | void };
  await disposable.dispose?.();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `eval:draft failed: ${error instanceof Error ? error.message : 'unknown error'}\n`,
    );
    process.exitCode = 2;
  },
);
