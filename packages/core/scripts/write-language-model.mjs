// Writes the JSON copy of ELD's n-gram database that the language detector reads (see src/language/eld/language-model.ts).
import { writeLanguageModelFile } from '../dist/language/eld/language-model.js';

writeLanguageModelFile();
