// The JSON Schema of `.github/common-ground.yml` for editors (completion, hover docs,
// validation), generated from the zod schema so the two can never disagree.
import { z } from "zod";
import { configSchema } from "./schema.ts";

/** Where the committed schema file lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = "schema/common-ground.schema.json";

/** The JSON Schema of what a user may write in the file (input side: every option optional). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: "input" }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  return {
    $schema: schema.$schema,
    title: "Common Ground configuration",
    ...schema,
    properties: {
      _extends: {
        type: "string",
        description:
          "Inherit settings from another repository's file: \"repo\", \"owner/repo\" or \"owner/repo:path/file.yml\". Settings here override it; lists replace the inherited list.",
      },
      ...schema.properties,
    },
  };
}

/** The file's exact text: 2-space JSON and a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
