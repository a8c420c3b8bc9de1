/**
 * An independent check of Discord's message limits (numbers written out from Discord's documentation,
 * not imported from the bot), for reply bodies as the bot sends them (snake_case API JSON).
 */

// biome-ignore lint/suspicious/noExplicitAny: API JSON
type Json = any;

export function limitViolations(message: Json): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const content: string = message.content ?? '';
  check(content.length <= 2000, `content has ${content.length} characters`);
  const embeds: Json[] = message.embeds ?? [];
  check(embeds.length <= 10, `${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((e, i) => {
    const title = e.title ?? '';
    const description = e.description ?? '';
    const footer = e.footer?.text ?? '';
    const author = e.author?.name ?? '';
    check(title.length <= 256, `embed ${i} title ${title.length}`);
    check(description.length <= 4096, `embed ${i} description ${description.length}`);
    check(footer.length <= 2048, `embed ${i} footer ${footer.length}`);
    check(author.length <= 256, `embed ${i} author ${author.length}`);
    check((e.url ?? '').length <= 2048, `embed ${i} url ${(e.url ?? '').length}`);
    const fields: Json[] = e.fields ?? [];
    check(fields.length <= 25, `embed ${i} has ${fields.length} fields`);
    total += title.length + description.length + footer.length + author.length;
    fields.forEach((f, j) => {
      check(f.name.length >= 1 && f.name.length <= 256, `embed ${i} field ${j} name ${f.name.length}`);
      check(f.value.length >= 1 && f.value.length <= 1024, `embed ${i} field ${j} value ${f.value.length}`);
      total += f.name.length + f.value.length;
    });
  });
  check(total <= 6000, `embeds total ${total}`);
  const rows: Json[] = message.components ?? [];
  check(rows.length <= 5, `${rows.length} action rows`);
  const ids = new Set<string>();
  for (const row of rows) {
    check(row.type === 1, 'a top-level component is not an action row');
    check(
      row.components.length >= 1 && row.components.length <= 5,
      `row of ${row.components.length} buttons`,
    );
    for (const b of row.components) {
      check((b.label ?? '').length <= 80, `button label ${(b.label ?? '').length}`);
      if (b.custom_id !== undefined) {
        check(b.custom_id.length >= 1 && b.custom_id.length <= 100, `custom_id ${b.custom_id.length}`);
        check(!ids.has(b.custom_id), `duplicate custom_id ${b.custom_id}`);
        ids.add(b.custom_id);
      }
    }
  }
  return problems;
}

/** Every text a message would show, to look for pings. */
export function visibleText(message: Json): string {
  const parts: string[] = [message.content ?? ''];
  for (const e of message.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}

/** A raw `@everyone`/`@here` or user/role mention that Discord would turn into a ping. */
export const PING = /@(everyone|here)|<@[!&]?\d+>/;
