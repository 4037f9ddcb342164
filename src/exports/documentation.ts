// What the /data/ page says of each export: its files and every field, generated from the record
// schemas (src/exports/records.ts), like the contributor guide's field reference.
import { z } from 'zod';
import { schemaFields, type JsonSchema, type SchemaField } from '../contributor/field-reference.ts';
import { urls } from '../site/urls.ts';
import { collections, type CollectionName } from './records.ts';

export interface CollectionDocs {
  name: CollectionName;
  title: string;
  /** The collection's files, by format. */
  files: { format: string; href: string }[];
  fields: SchemaField[];
}

/** Each collection with its files and fields. */
export function collectionDocs(): CollectionDocs[] {
  return (Object.keys(collections) as CollectionName[]).map((name) => ({
    name,
    title: collections[name].title,
    files: [
      { format: 'JSON', href: urls.dataFile(`${name}.json`) },
      { format: 'NDJSON', href: urls.dataFile(`${name}.ndjson`) },
      ...(name === 'claims' || name === 'statements' ? [{ format: 'CSV', href: urls.dataFile(`${name}.csv`) }] : []),
      { format: 'JSON Schema', href: urls.dataFile(`${name}.schema.json`) },
    ],
    fields: schemaFields(z.toJSONSchema(collections[name].record, { io: 'output' }) as JsonSchema),
  }));
}
