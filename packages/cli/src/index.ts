export { runCli } from './main.js';
export { benchCommand, type BenchCommandOptions } from './commands/bench.js';
export { parseCommand, type ParseCommandOptions } from './commands/parse.js';
export { reportCommand, type ReportCommandOptions } from './commands/report.js';
export { schemaCommand } from './commands/schema.js';
export { buildReportSections, renderMarkdownReport, type ReportSection } from './report/build-report.js';
export { processIo, type CliIo } from './io.js';
