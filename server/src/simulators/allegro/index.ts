export { AllegroSimState, type SimFileInput, type SimWriteInput } from './allegro-sim-state.js'
export {
  type AllegroSimulatorOptions,
  registerAllegroSimulator,
} from './register-allegro-simulator.js'
export {
  type AllegroDemoSeed,
  type AllegroDemoSeedOptions,
  seedAllegroDemo,
} from './seed-allegro-demo.js'
export type { SimConfig } from './sim-records.js'
export {
  type RunningAllegroSimulator,
  type StartAllegroSimulatorOptions,
  startAllegroSimulator,
} from './start-allegro-simulator.js'
