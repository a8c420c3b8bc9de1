import { DEFAULT_MAX_ARTICLE_BYTES, readArticleBytes } from './corpus.ts';
import type { CorpusFolder } from './corpus-folder.ts';
import type { TrashedFile } from './library.ts';

export interface TrashedArticle extends TrashedFile {
  /** The article's title, or `''` when the file has none (or is no longer readable). */
  readonly title: string;
}

/**
 * What the trash folder inside the corpus folder holds, with each file's title. A trashed file never
 * changes under its trash name, so its title is read once.
 */
export class TrashList {
  private readonly folder: CorpusFolder;
  private readonly maxArticleBytes: number;
  private readonly titles = new Map<string, string>();

  constructor(folder: CorpusFolder, maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES) {
    this.folder = folder;
    this.maxArticleBytes = maxArticleBytes;
  }

  /** The articles in the trash, most recently removed first. */
  async list(): Promise<TrashedArticle[]> {
    const trashed = await this.folder.listTrash();
    return Promise.all(trashed.map(async (item) => ({ ...item, title: await this.titleOf(item) })));
  }

  private async titleOf(item: TrashedFile): Promise<string> {
    const cached = this.titles.get(item.trashName);
    if (cached !== undefined) return cached;
    const limit = this.maxArticleBytes;
    const fromTrash = await this.folder.readTrash(item.trashName, limit);
    const read =
      'bytes' in fromTrash ? readArticleBytes(item.file, fromTrash.bytes, { maxArticleBytes: limit }) : null;
    const title = read && 'article' in read ? read.article.title : '';
    this.titles.set(item.trashName, title);
    return title;
  }
}
