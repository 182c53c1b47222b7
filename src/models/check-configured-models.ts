import { existsSync } from 'node:fs';
import type { ReferentConfig } from '../config/index.js';
import { ConfigError } from '../core/index.js';
import { checkModelFile } from './check-model-file.js';
import { findNativeEngineProblem } from './native-engines.js';

/**
 * A configured model file that is missing, or present but not a model its engine can load,
 * stops start-up with a message naming the setting, the file and what to do (issue 13) —
 * instead of failing at the first recording or draft.
 */
export async function checkConfiguredModelFiles(config: ReferentConfig): Promise<void> {
  const problems: string[] = [];
  const whisperProblem =
    config.stt.engine === 'whisper' ? findNativeEngineProblem('whisper') : undefined;
  if (whisperProblem !== undefined) {
    problems.push(
      `REFERENT_STT_ENGINE=whisper: ${whisperProblem} (REFERENT_STT_ENGINE=openai or none)`,
    );
  }
  const llamaProblem = config.llm.engine === 'llama' ? findNativeEngineProblem('llama') : undefined;
  if (llamaProblem !== undefined) {
    problems.push(
      `REFERENT_LLM_ENGINE=llama: ${llamaProblem} (REFERENT_LLM_ENGINE=builtin or openai)`,
    );
  }
  if (config.stt.engine === 'whisper') {
    const path = config.stt.modelPath;
    if (!existsSync(path)) {
      problems.push(
        `REFERENT_STT_MODEL_PATH: the speech model file ${path} does not exist (install one with \`referent models install NAME\` or from the admin screen, or set REFERENT_STT_ENGINE=none)`,
      );
    } else {
      const problem = await checkModelFile(path, 'whisper-ggml');
      if (problem !== undefined) {
        problems.push(
          `REFERENT_STT_MODEL_PATH: the speech model file ${path} cannot be loaded: ${problem}. Download it again (\`referent models install NAME\`), or set REFERENT_STT_ENGINE=none`,
        );
      }
    }
  }
  if (config.llm.engine === 'llama') {
    const path = config.llm.modelPath;
    if (!existsSync(path)) {
      problems.push(
        `REFERENT_LLM_MODEL_PATH: the language model file ${path} does not exist (or set REFERENT_LLM_ENGINE=builtin)`,
      );
    } else {
      const problem = await checkModelFile(path, 'gguf');
      if (problem !== undefined) {
        problems.push(
          `REFERENT_LLM_MODEL_PATH: the language model file ${path} cannot be loaded: ${problem}. Download it again, or set REFERENT_LLM_ENGINE=builtin`,
        );
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
