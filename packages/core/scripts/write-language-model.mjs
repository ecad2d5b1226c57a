// Writes the JSON copy of ELD's n-gram database that the language detector reads (see src/detector/eld/language-model.ts).
import { writeLanguageModelFile } from '../dist/detector/eld/language-model.js';

writeLanguageModelFile();
