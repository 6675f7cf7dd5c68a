import { Center, Loader } from '@mantine/core'

export function FullPageLoader() {
  return (
    <Center h="100vh" data-testid="page-loader">
      <Loader />
    </Center>
  )
}

export function SectionLoader() {
  return (
    <Center py="xl" data-testid="section-loader">
      <Loader size="sm" />
    </Center>
  )
}
