/** Milliseconds spent per pipeline stage, summed over the articles parsed with the same object. */
export interface StageTimes {
  decode: number;
  segmentClassify: number;
  language: number;
  metadata: number;
  entities: number;
  dates: number;
  /** Names the registry does not hold. */
  names: number;
  quotes: number;
  assemble: number;
}

/**
 * A zeroed {@link StageTimes} to pass as `stageTimes`.
 *
 * @example
 * const times = emptyStageTimes();
 * parseArticle(bytes, { stageTimes: times });
 * times.entities; // ms spent reading words and linking entities
 */
export function emptyStageTimes(): StageTimes {
  return { decode: 0, segmentClassify: 0, language: 0, metadata: 0, entities: 0, dates: 0, names: 0, quotes: 0, assemble: 0 };
}

/**
 * Runs a stage and adds its time to `times[stage]` when `times` is given (the benchmark's view);
 * without `times` it only runs the stage.
 *
 * @example
 * const timed = stageTimer(times);
 * const blocks = timed('segmentClassify', () => classifyBlocks(segmentText(text), resources));
 */
export function stageTimer(times: StageTimes | undefined): <T>(stage: keyof StageTimes, run: () => T) => T {
  if (!times) return (_stage, run) => run();
  return (stage, run) => {
    const started = performance.now();
    const result = run();
    times[stage] += performance.now() - started;
    return result;
  };
}
