import { useCallback, useEffect, useRef, useState } from 'react'
import type { DeviceFlow, DeviceFlowStatus } from '../../../api/channel-types'
import { usePollDeviceFlow, useStartDeviceFlow } from '../../../api/hooks/use-allegro-connect'

export type FlowState = 'starting' | DeviceFlowStatus | 'error'

/** Runs Allegro's device flow: start, then poll every `interval` seconds until it settles. */
export function useDeviceFlow(accountId: string) {
  const start = useStartDeviceFlow()
  const poll = usePollDeviceFlow()
  const [flow, setFlow] = useState<DeviceFlow | null>(null)
  const [state, setState] = useState<FlowState>('starting')
  const [error, setError] = useState<unknown>(null)
  const [polls, setPolls] = useState(0)
  const startRef = useRef(start.mutate)
  startRef.current = start.mutate
  const pollRef = useRef(poll.mutateAsync)
  pollRef.current = poll.mutateAsync

  const begin = useCallback(() => {
    setState('starting')
    setFlow(null)
    startRef.current(accountId, {
      onSuccess: (started) => {
        setFlow(started)
        setState('pending')
      },
      onError: (cause) => {
        setError(cause)
        setState('error')
      },
    })
  }, [accountId])

  useEffect(() => begin(), [begin])

  // `state` stays 'pending' between polls, so the next poll is keyed on the poll count.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `polls` schedules the next poll
  useEffect(() => {
    if (!flow || state !== 'pending') return
    let cancelled = false
    const timer = setTimeout(async () => {
      try {
        const { status } = await pollRef.current(accountId)
        if (cancelled) return
        setState(status)
        setPolls((n) => n + 1)
      } catch (cause) {
        if (cancelled) return
        setError(cause)
        setState('error')
      }
    }, Math.max(1, flow.interval) * 1000)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [flow, state, accountId, polls])

  return { flow, state, error, restart: begin }
}
