import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { LIMITS } from './limits.ts';
import { truncate } from './text.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A reply before it meets discord.js: plain API JSON, so renderers are pure and testable. */
export interface ReplyPayload {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly ButtonRow[];
  /** Only the user who asked sees it (flag 64); ignored when updating an existing message. */
  readonly ephemeral: boolean;
}

/** Characters Discord counts toward the 6000 per message over all embeds. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

const BLANK = '\u200b';
const MIN_DESCRIPTION = 100;

function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (embed.title !== undefined) out.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) {
    out.description = truncate(embed.description, LIMITS.embedDescription);
  }
  if (embed.url !== undefined && embed.url.length > LIMITS.embedUrl) delete out.url;
  if (embed.footer) out.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.embedFooter) };
  if (embed.author)
    out.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.embedAuthorName) };
  if (embed.fields) {
    out.fields = embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.embedFieldName) || BLANK,
      value: truncate(field.value, LIMITS.embedFieldValue) || BLANK,
    }));
  }
  return out;
}

/** Shrinks descriptions, then drops trailing fields, then trailing embeds until all fit in 6000. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const excess = () => embeds.reduce((sum, e) => sum + embedLength(e), 0) - LIMITS.embedsTotal;
  for (let i = embeds.length - 1; i >= 0 && excess() > 0; i--) {
    const embed = embeds[i] as APIEmbed;
    const description = embed.description;
    if (description === undefined || description.length <= MIN_DESCRIPTION) continue;
    const target = Math.max(MIN_DESCRIPTION, description.length - excess());
    embeds[i] = { ...embed, description: truncate(description, target) };
  }
  for (let i = embeds.length - 1; i >= 0 && excess() > 0; i--) {
    const fields = [...((embeds[i] as APIEmbed).fields ?? [])];
    while (fields.length > 0 && excess() > 0) {
      fields.pop();
      embeds[i] = { ...(embeds[i] as APIEmbed), fields };
    }
  }
  while (embeds.length > 1 && excess() > 0) embeds.pop();
  return embeds;
}

/**
 * The one place a reply is brought within Discord's limits; every renderer returns through it.
 * Custom ids are built by {@link import('./custom-id.ts')} within 100 characters; a longer one is a bug.
 */
export function fitPayload(payload: ReplyPayload): ReplyPayload {
  const embeds = fitTotal(payload.embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbed));
  const components = payload.components.slice(0, LIMITS.actionRows).map((row) => ({
    ...row,
    components: row.components.slice(0, LIMITS.buttonsPerRow).map((button) => {
      if (
        'custom_id' in button &&
        (button.custom_id.length < 1 || button.custom_id.length > LIMITS.customId)
      ) {
        throw new Error(
          `Custom id out of bounds (${button.custom_id.length} characters): ${button.custom_id}`,
        );
      }
      return 'label' in button && button.label !== undefined
        ? { ...button, label: truncate(button.label, LIMITS.buttonLabel) }
        : button;
    }),
  }));
  const content = payload.content === undefined ? undefined : truncate(payload.content, LIMITS.content);
  return {
    ...(content ? { content } : {}),
    embeds,
    components,
    ephemeral: payload.ephemeral,
  };
}
