import { describe, expect, it } from 'vitest';
import { checkModelFiles, createCapabilities } from './capabilities.js';
import { loadConfig } from './config/index.js';
import { ConfigError, silentLogger } from './core/index.js';

describe('configured model files', () => {
  it('stop start-up naming the setting when the speech model file does not exist', async () => {
    const config = loadConfig({
      REFERENT_STT_ENGINE: 'whisper',
      REFERENT_STT_MODEL_PATH: '/finnes/ikke/ggml-nb-whisper-base.bin',
    });
    await expect(createCapabilities(config, { logger: silentLogger })).rejects.toThrow(
      /REFERENT_STT_MODEL_PATH: the speech model file .* does not exist/,
    );
  });

  it('stop start-up when the local language model file does not exist', () => {
    const config = loadConfig({
      REFERENT_LLM_ENGINE: 'llama',
      REFERENT_LLM_MODEL_PATH: '/finnes/ikke/modell.gguf',
    });
    expect(() => {
      checkModelFiles(config);
    }).toThrow(ConfigError);
  });

  it('accept the default installation, which needs no model file', () => {
    expect(() => {
      checkModelFiles(loadConfig({}));
    }).not.toThrow();
  });
});
