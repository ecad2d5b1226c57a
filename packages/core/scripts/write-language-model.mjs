// Writes the JSON copy of ELD's n-gram database that the language detector reads (see src/pipeline/language-model.ts).
import { writeLanguageModelFile } from '../dist/pipeline/language-model.js';

writeLanguageModelFile();
