export type {
  InpostSimConfig,
  InpostSimParcel,
  InpostSimParcelInput,
  InpostSimStatusInput,
} from './inpost-sim-records.js'
export { type InpostSimRequestLog, InpostSimState } from './inpost-sim-state.js'
export {
  type InpostSimulatorOptions,
  registerInpostSimulator,
} from './register-inpost-simulator.js'
export {
  INPOST_DEMO_STAGES,
  type InpostDemoParcel,
  type InpostDemoSeedResult,
  type InpostDemoStage,
  seedInpostDemo,
} from './seed-inpost-demo.js'
export {
  type RunningInpostSimulator,
  type StartInpostSimulatorOptions,
  startInpostSimulator,
} from './start-inpost-simulator.js'
