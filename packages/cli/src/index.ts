export { runCli } from './main.js';
export { parseCommand, type ParseCommandOptions } from './commands/parse.js';
export { reportCommand, type ReportCommandOptions } from './commands/report.js';
export { schemaCommand } from './commands/schema.js';
export { buildReportModel, type ReportModel, type ReportSection, type ReportTable, type ReportChart } from './report/report-model.js';
export { renderMarkdownReport } from './report/render-markdown.js';
export { renderHtmlReport, escapeHtml } from './report/render-html.js';
export { processIo, type CliIo } from './io.js';
export { ParseProgress, summaryLine, type ProgressStream, type RunTally } from './progress.js';
