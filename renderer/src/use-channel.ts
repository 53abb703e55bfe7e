// Reads a channel and re-reads it whenever main says one of the given topics changed, or the
// payload changes. While a new payload loads, the previous answer stays on screen, so nothing
// focused disappears.

import { useCallback, useEffect, useState } from 'react';
import type { Channel, RequestOf, ResultOf, Topic } from '../../shared/contract.ts';
import { call, errorWords, onEvent } from './api.ts';

export interface ChannelState<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

export function useChannel<C extends Channel>(
  channel: C,
  topics: readonly Topic[],
  payload?: RequestOf<C>,
): ChannelState<ResultOf<C>> {
  const [data, setData] = useState<ResultOf<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // The payload is plain data; its JSON is a stable key for "the same request".
  const key = payload === undefined ? '' : JSON.stringify(payload);
  const topicKey = topics.join(',');

  useEffect(() => {
    let live = true;
    const request = (key === '' ? undefined : JSON.parse(key)) as RequestOf<C> | undefined;
    call(channel, request)
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(errorWords(e));
      });
    return () => {
      live = false;
    };
  }, [channel, key, version]);

  useEffect(() => {
    const wanted = new Set(topicKey.split(','));
    return onEvent('changed', ({ topics: changed }) => {
      if (changed.some((t) => wanted.has(t))) reload();
    });
  }, [topicKey, reload]);

  return { data, error, reload };
}
