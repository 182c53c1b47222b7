import { runDrafterContractSuite } from '../../testing/drafter-contract.js';
import { createBuiltinDrafter } from './create-builtin-drafter.js';

runDrafterContractSuite('builtin', () => createBuiltinDrafter());
