import type { AppModule, CustomerDataProvider } from '../../../platform/module.js'

/** A module's customer data provider under the module's name (merges record moves per module). */
export interface NamedCustomerData {
  module: string
  data: CustomerDataProvider
}

/** Every module's customer data provider, in registry order. */
export function customerDataProviders(modules: readonly AppModule[]): NamedCustomerData[] {
  return modules.flatMap((m) => (m.customerData ? [{ module: m.name, data: m.customerData }] : []))
}
