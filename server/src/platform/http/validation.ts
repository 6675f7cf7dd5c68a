import { Ajv, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

const shared: Options = {
  allErrors: false,
  strict: false,
  useDefaults: true,
  removeAdditional: false,
}

// Bodies are validated as sent (no coercion: "5" is not 5, unknown fields are errors);
// query strings and path params are text by nature and are coerced to the declared types.
const bodyAjv = addFormats.default(new Ajv({ ...shared, coerceTypes: false }))
const textAjv = addFormats.default(new Ajv({ ...shared, coerceTypes: 'array' }))

/** Validator compiler choosing strict or coercing Ajv by the part of the request. */
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>
}
