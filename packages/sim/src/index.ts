// @sc/sim: the national-scale simulator (issue 16).
export { compareResults, compareRuns, figuresOf, type Comparison, type FigureRow } from "./compare";
export { DEFAULT_BATCH } from "./drive";
export { DEFAULT_PROFILE, loadProfile } from "./load-profile";
export { Profile, TimelineEvent } from "./profile";
export { simulate, type RunResult, type SimulateOptions } from "./simulate";
export { SimulationError } from "./store";
export { planRun, shardStates, simBooking, type Plan, type RunParameters } from "./workload";
export { comparisonReport, runReport } from "./report";
