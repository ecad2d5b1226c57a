export { articlesTable, type ArticleRow } from './articles-table.js';
export { countArticles, type ArticleGroupKey, type CountArticlesOptions } from './count-articles.js';
export { loadArticlesJsonl } from './load-articles.js';
